using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Import;
using IranPakistan.Web.Import.Validation;

namespace IranPakistan.Web.Tests.Import.Validation;

/// <summary>A date is never written more precisely than its precision says, and vague dates keep the source's words.</summary>
public sealed class DateChecksTests
{
    private readonly List<SeedError> _errors = [];

    [Theory]
    [InlineData("2024-01-16", "day", 2024, 1, 16)]
    [InlineData("2024-01", "month", 2024, 1, 1)]
    [InlineData("2024", "year", 2024, 1, 1)]
    public void ADateWrittenToItsPrecisionStartsOnTheFirstDayItCovers(string date, string precision, int year, int month, int day)
    {
        var parsed = Check(new EventSeed { Slug = "e", Date = date, Precision = precision });

        Assert.Empty(_errors);
        Assert.Equal(new DateTime(year, month, day), parsed!.Start);
    }

    [Fact]
    public void AMonthCannotClaimDayPrecision()
    {
        var parsed = Check(new EventSeed { Slug = "e", Date = "2024-01", Precision = "day", Line = 7 });

        Assert.NotNull(parsed);
        Assert.Equal("events.yaml:7: 'e': precision 'day' needs a date written as yyyy-mm-dd, not '2024-01'", Assert.Single(_errors).ToString());
    }

    [Fact]
    public void ADayCannotHideBehindYearPrecision()
    {
        Check(new EventSeed { Slug = "e", Date = "2024-01-16", Precision = "year", Line = 3 });

        Assert.Equal("events.yaml:3: 'e': precision 'year' needs a date written as yyyy, not '2024-01-16'", Assert.Single(_errors).ToString());
    }

    [Theory]
    [InlineData("approximate")]
    [InlineData("relative")]
    public void AVagueDateNeedsTheSourcesWords(string precision)
    {
        Check(new EventSeed { Slug = "e", Date = "2000", Precision = precision, Line = 2 });

        Assert.Equal($"events.yaml:2: 'e': an {precision} date needs a 'date_label' in the source's words", Assert.Single(_errors).ToString());
    }

    [Fact]
    public void AVagueDateMayBeWrittenInAnyForm()
    {
        var parsed = Check(new EventSeed { Slug = "e", Date = "2024-01", Precision = "approximate", DateLabel = "early 2024" });

        Assert.Empty(_errors);
        Assert.Equal(DatePrecision.Approximate, parsed!.Precision);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("24-01-16")]
    [InlineData("16 January 2024")]
    public void AnImpossibleOrMisshapenDateIsReported(string date)
    {
        Assert.Null(Check(new EventSeed { Slug = "e", Date = date, Precision = "day" }));

        Assert.Contains($"date '{date}' is not yyyy, yyyy-mm or yyyy-mm-dd", Assert.Single(_errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARangeEndsNoEarlierThanItStarts()
    {
        var parsed = Check(new EventSeed { Slug = "e", Date = "2024-04-22", End = "2024-04-21", Precision = "day" });

        Assert.Null(parsed!.End);
        Assert.Contains("end '2024-04-21' is before date '2024-04-22'", Assert.Single(_errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARangeKeepsItsEnd()
    {
        var parsed = Check(new EventSeed { Slug = "e", Date = "2024-04-22", End = "2024-04-24", Precision = "day" });

        Assert.Empty(_errors);
        Assert.Equal(new DateTime(2024, 4, 24), parsed!.End);
    }

    [Fact]
    public void AMissingDateIsAnErrorOnlyWhereOneIsRequired()
    {
        Assert.Null(Check(new AgreementSeed { Slug = "a" }, required: false));
        Assert.Empty(_errors);

        Assert.Null(Check(new EventSeed { Slug = "e", Line = 4 }));
        Assert.Equal("events.yaml:4: 'e' needs a 'date' (yyyy, yyyy-mm or yyyy-mm-dd)", Assert.Single(_errors).ToString());
    }

    [Fact]
    public void AnUnknownPrecisionListsTheKnownOnes()
    {
        Check(new EventSeed { Slug = "e", Date = "2024", Precision = "roughly" });

        Assert.Contains("'precision' is 'roughly', expected one of: day, month, year, approximate, relative", _errors.Select(e => e.Message));
    }

    private ParsedDate? Check(DatedSeed seed, bool required = true) =>
        new FileContext(new ValidationRun(_errors), "events.yaml", null).Date(seed, required);
}
