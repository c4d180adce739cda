using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Import;
using IranPakistan.Web.Import.Validation;
using IranPakistan.Web.Shared.Dates;

namespace IranPakistan.Web.Tests.Import.Validation;

/// <summary>
/// A seed's date becomes one <see cref="PartialDate"/>: never written more precisely than its precision
/// says, vague and relative dates in words, an inferred year marked, relative dates bounded by their
/// relations and ordered by them.
/// </summary>
public sealed class DateChecksTests
{
    private readonly List<SeedError> _errors = [];
    private readonly ValidationRun _run;

    public DateChecksTests() => _run = new ValidationRun(_errors);

    [Theory]
    [InlineData("2024-01-16", "day", "2024-01-16", "2024-01-16")]
    [InlineData("2024-01", "month", "2024-01-01", "2024-01-31")]
    [InlineData("2024", "year", "2024-01-01", "2024-12-31")]
    public void ADateWrittenToItsPrecisionSpansTheDaysItCovers(string date, string precision, string earliest, string latest)
    {
        var parsed = Check(new EventSeed { Slug = "e", Date = date, Precision = precision });

        Assert.Empty(_errors);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), parsed!.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), parsed.Latest);
    }

    [Fact]
    public void AMonthCannotClaimDayPrecision()
    {
        Check(new EventSeed { Slug = "e", Date = "2024-01", Precision = "day", Line = 7 });

        Assert.Equal("events.yaml:7: 'e': precision 'day' needs a date written as yyyy-mm-dd, not '2024-01'", Assert.Single(_errors).ToString());
    }

    [Fact]
    public void ADayCannotHideBehindYearPrecision()
    {
        Check(new EventSeed { Slug = "e", Date = "2024-01-16", Precision = "year", Line = 3 });

        Assert.Equal("events.yaml:3: 'e': precision 'year' needs a date written as yyyy, not '2024-01-16'", Assert.Single(_errors).ToString());
    }

    [Theory]
    [InlineData("relative")]
    [InlineData("approximate")]
    [InlineData("undated")]
    public void AVagueDateHasNoDayToFileItOn(string precision)
    {
        // The old "filing date" put undated events on days they do not have (the withdrawal under 2024).
        Check(new EventSeed { Slug = "e", Date = "2024-01", Precision = precision, DateLabel = "words", After = ["x"], Earliest = precision == "approximate" ? "2000" : null });

        Assert.Contains(_errors, e => e.Message.Contains($"a {precision} date has no 'date' or 'end'", StringComparison.Ordinal));
    }

    [Fact]
    public void ARelativeDateNeedsARelationAndWords()
    {
        Check(new EventSeed { Slug = "e", Precision = "relative", Line = 2 });

        Assert.Contains("'e': a relative date needs 'before', 'after' or 'during': the event the source dates it against", _errors.Select(e => e.Message));
        Assert.Contains("'e': a relative date needs a 'date_label' close to the source's words", _errors.Select(e => e.Message));
    }

    [Fact]
    public void AnInferredYearIsMarkedAndItsLabelBracketsIt()
    {
        var day = Check(new EventSeed { Slug = "e", Date = "2024-01-16", Precision = "day", YearInferred = "because" });
        Assert.True(day!.YearInferred);
        Assert.Equal("because", day.YearNote);
        Assert.Equal("16 January [2024]", day.Text);

        Check(new EventSeed { Slug = "r", Precision = "relative", After = ["x"], DateLabel = "By 26 January 2024", YearInferred = "because" });
        Assert.Contains("'r': the year is inferred, so the label writes it in brackets ('[2024]'), not '2024'", _errors.Select(e => e.Message));
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
    public void ARangeOfDaysIsTheEventsOwnLength()
    {
        var parsed = Check(new EventSeed { Slug = "e", Date = "2024-04-22", End = "2024-04-24", Precision = "day" });

        Assert.Empty(_errors);
        Assert.True(parsed!.IsExtent);
        Assert.Equal("22–24 April 2024", parsed.Text);
        Check(new EventSeed { Slug = "e", Date = "2024-04-22", End = "2024-04-21", Precision = "day" });
        Assert.Contains("end '2024-04-21' is before date '2024-04-22'", Assert.Single(_errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingDateIsAnErrorOnlyWhereOneIsRequired()
    {
        Assert.Null(Check(new AgreementSeed { Slug = "a" }, required: false));
        Assert.Empty(_errors);

        Assert.Null(Check(new EventSeed { Slug = "e", Line = 4 }));
        Assert.Equal("events.yaml:4: 'e' needs a date: 'date' (yyyy, yyyy-mm or yyyy-mm-dd) or 'precision: undated'", Assert.Single(_errors).ToString());
    }

    [Fact]
    public void AnUnknownPrecisionListsTheKnownOnes()
    {
        Check(new EventSeed { Slug = "e", Date = "2024", Precision = "roughly" });

        Assert.Contains("'precision' is 'roughly', expected one of: day, month, year, approximate, relative, undated", _errors.Select(e => e.Message));
    }

    [Fact]
    public void RelationsBoundARelativeDateAndOrderIt()
    {
        // The source's January: Iran's strike on the 16th, a recall "between" it and the ambassadors'
        // return "by January 26", Pakistan's strike two days later, a statement after it; and a
        // designation "shortly before" a visit of 22–24 April.
        var strike = Add(new EventSeed { Slug = "strike", Title = "a", Date = "2024-01-16", Precision = "day" });
        var recall = Add(new EventSeed { Slug = "recall", Title = "b", Precision = "relative", After = ["strike"], Before = ["back"], DateLabel = "Between 16 and 26 January" });
        var back = Add(new EventSeed { Slug = "back", Title = "c", Precision = "relative", After = ["recall"], Latest = "2024-01-26", DateLabel = "By 26 January" });
        var second = Add(new EventSeed { Slug = "second", Title = "d", Date = "2024-01-18", Precision = "day" });
        var after = Add(new EventSeed { Slug = "after", Title = "e", Precision = "relative", After = ["second"], DateLabel = "After the 18th" });
        var designation = Add(new EventSeed { Slug = "designation", Title = "f", Precision = "relative", Before = ["visit"], DateLabel = "Shortly before 22 April 2024" });
        var visit = Add(new EventSeed { Slug = "visit", Title = "g", Date = "2024-04-22", End = "2024-04-24", Precision = "day" });
        var withdrawal = Add(new EventSeed { Slug = "withdrawal", Title = "h", Precision = "undated" });

        DateChecks.Resolve(_run);

        Assert.Empty(_errors);
        Assert.Equal((new DateOnly(2024, 1, 16), new DateOnly(2024, 1, 26)), Span(recall));
        Assert.Equal((new DateOnly(2024, 1, 16), new DateOnly(2024, 1, 26)), Span(back));
        Assert.Equal((new DateOnly(2024, 1, 18), (DateOnly?)null), Span(after));
        Assert.Equal(((DateOnly?)null, new DateOnly(2024, 4, 22)), Span(designation));
        Assert.Equal((null, null), Span(withdrawal));
        Assert.Equal(
            ["strike", "second", "after", "recall", "back", "designation", "visit", "withdrawal"],
            new[] { strike, recall, back, second, after, designation, visit, withdrawal }.OrderBy(e => e.TimelineOrder).Select(e => e.Slug));
    }

    [Fact]
    public void RelationsThatLeaveNoDayOrNameNothingAreReported()
    {
        Add(new EventSeed { Slug = "late", Title = "a", Date = "2024-05-01", Precision = "day" });
        Add(new EventSeed { Slug = "x", Title = "b", Precision = "relative", After = ["late"], Latest = "2024-04-30", DateLabel = "w", Line = 5 });
        Add(new EventSeed { Slug = "y", Title = "c", Precision = "relative", After = ["nothing"], DateLabel = "w", Line = 9 });

        DateChecks.Resolve(_run);

        Assert.Contains("events.yaml:5: 'x': its relations and bounds leave no day for it (2024-05-01 to 2024-04-30)", _errors.Select(e => e.ToString()));
        Assert.Contains("events.yaml:9: unknown event 'nothing' in 'after'", _errors.Select(e => e.ToString()));
    }

    private static (DateOnly? Earliest, DateOnly? Latest) Span(Event e) =>
        (PartialDate.Of(e).Earliest, PartialDate.Of(e).Latest);

    private Event Add(EventSeed seed)
    {
        var file = new FileContext(_run, "events.yaml", null);
        var ev = new Event { Slug = seed.Slug!, Title = seed.Title!, Summary = "", Kind = "" };
        _run.PendingEventDates[ev] = new PendingDate(file, seed, file.Date(seed, required: true)!, _run.PendingEventDates.Count);
        return ev;
    }

    private PartialDate? Check(DatedSeed seed, bool required = true) =>
        new FileContext(_run, "events.yaml", null).Date(seed, required);
}
