using System.Globalization;
using IranPakistan.Web.Shared.Dates;

namespace IranPakistan.Web.Tests.Shared.Dates;

/// <summary>
/// Dates beside their Gregorian words in the Solar Hijri and Hijri calendars, against dates published
/// in both calendars, with the precision of the source kept.
/// </summary>
public sealed class CalendarFormatterTests
{
    private static readonly CalendarFormatter _persian = CalendarFormatter.Persian;
    private static readonly CalendarFormatter _hijri = CalendarFormatter.Hijri;

    private static PartialDate Parse(string text) => PartialDate.TryParse(text, out var d) ? d : throw new ArgumentException(text);

    [Theory]
    [InlineData("2024-01-16", "26 Dey 1402")] // Iran's strike
    [InlineData("2024-04-22", "3 Ordibehesht 1403")] // the state visit
    [InlineData("2024-01-18", "28 Dey 1402")]
    [InlineData("1979-02-11", "22 Bahman 1357")] // the revolution's anniversary
    [InlineData("2024-12-21", "1 Dey 1403")] // Yalda night's morrow
    public void DayInSolarHijri(string gregorian, string persian) =>
        Assert.Equal(persian, _persian.Alongside(Parse(gregorian)));

    [Theory]
    [InlineData("2023-03-20", "29 Esfand 1401")] // the eve of Nowruz 1402
    [InlineData("2023-03-21", "1 Farvardin 1402")] // Nowruz 1402
    [InlineData("2024-03-19", "29 Esfand 1402")]
    [InlineData("2024-03-20", "1 Farvardin 1403")] // Nowruz 1403 fell on 20 March
    [InlineData("2025-03-20", "30 Esfand 1403")] // 1403 is a leap year: Esfand has 30 days
    [InlineData("2025-03-21", "1 Farvardin 1404")]
    public void NowruzStartsTheYear(string gregorian, string persian) =>
        Assert.Equal(persian, _persian.Alongside(Parse(gregorian)));

    [Theory]
    [InlineData("2024-01", "Dey–Bahman 1402")] // 1 January = 11 Dey, 31 January = 11 Bahman
    [InlineData("2019-01", "Dey–Bahman 1397")]
    [InlineData("2024-03", "Esfand 1402 – Farvardin 1403")] // across Nowruz: across the year
    [InlineData("2024-04", "Farvardin–Ordibehesht 1403")]
    public void MonthShowsTheMonthsItSpans(string gregorian, string persian) =>
        Assert.Equal(persian, _persian.Alongside(Parse(gregorian)));

    [Theory]
    [InlineData("2024", "1402–1403")]
    [InlineData("1989", "1367–1368")]
    [InlineData("2014", "1392–1393")]
    public void YearShowsTheYearsItSpans(string gregorian, string persian) =>
        Assert.Equal(persian, _persian.Alongside(Parse(gregorian)));

    [Fact]
    public void RangeOfDaysStaysARange()
    {
        var visit = PartialDate.Day(new DateOnly(2024, 4, 22), new DateOnly(2024, 4, 24));

        Assert.Equal("3–5 Ordibehesht 1403", _persian.Alongside(visit));
        Assert.Equal("13–15 Shawwal 1445", _hijri.Alongside(visit));
        var overNowruz = PartialDate.Day(new DateOnly(2024, 3, 19), new DateOnly(2024, 3, 21));
        Assert.Equal("29 Esfand 1402 – 2 Farvardin 1403", _persian.Alongside(overNowruz));
        var overMonth = PartialDate.Day(new DateOnly(2024, 1, 30), new DateOnly(2024, 2, 2));
        Assert.Equal("10–13 Bahman 1402", _persian.Alongside(overMonth));
        var overDeyBahman = PartialDate.Day(new DateOnly(2024, 1, 19), new DateOnly(2024, 1, 22));
        Assert.Equal("29 Dey – 2 Bahman 1402", _persian.Alongside(overDeyBahman));
    }

    [Fact]
    public void InferredYearKeepsItsBrackets()
    {
        var day = Parse("2024-01-16") with { YearInferred = true, YearNote = "the source’s context" };
        var month = Parse("2024-01") with { YearInferred = true, YearNote = "x" };
        var year = Parse("2024") with { YearInferred = true, YearNote = "x" };

        Assert.Equal("26 Dey [1402]", _persian.Alongside(day));
        Assert.Equal("Dey–Bahman [1402]", _persian.Alongside(month));
        Assert.Equal("[1402–1403]", _persian.Alongside(year));
        Assert.Equal("4 Rajab [1445]", _hijri.Alongside(day));
    }

    [Fact]
    public void DatesInWordsGetNothingBeside()
    {
        Assert.Null(_persian.Alongside(PartialDate.Undated()));
        Assert.Null(_hijri.Alongside(PartialDate.Undated("Not dated in the source")));
        var relative = new PartialDate
        {
            Precision = DatePrecision.Relative,
            Latest = new DateOnly(2024, 4, 22),
            Label = "Shortly before the visit",
            Relations = [new DateRelation(DateRelationKind.Before, "raisi-visit-to-pakistan")],
        };
        Assert.Null(_persian.Alongside(relative));
        var approximate = new PartialDate { Precision = DatePrecision.Approximate, Earliest = new DateOnly(2000, 1, 1), Latest = new DateOnly(2005, 12, 31), Label = "Since the early 2000s" };
        Assert.Null(_persian.Alongside(approximate));
        // A day whose words are ours ("By 26 January [2024]") is words too.
        Assert.Null(_persian.Alongside(Parse("2024-01-26") with { Label = "By 26 January [2024]" }));
    }

    [Theory]
    [InlineData("2024-01-16", "4 Rajab 1445")]
    [InlineData("2024-04-22", "13 Shawwal 1445")]
    [InlineData("2024-03-11", "1 Ramadan 1445")] // Ramadan 1445 began on 11 March 2024
    [InlineData("2024-07-07", "1 Muharram 1446")] // the Hijri new year 1446
    public void DayInHijri(string gregorian, string hijri) =>
        Assert.Equal(hijri, _hijri.Alongside(Parse(gregorian)));

    [Theory]
    [InlineData("2024-01", "Jumada al-Akhirah – Rajab 1445")]
    [InlineData("2024-07", "Dhu al-Hijjah 1445 – Muharram 1446")]
    [InlineData("2024", "1445–1446")]
    [InlineData("2008", "1428–1430")] // a lunar year is shorter: 2008 touches three (1 Muharram 1429 in January, 1430 on 29 December)
    public void HijriSpans(string gregorian, string hijri) =>
        Assert.Equal(hijri, _hijri.Alongside(Parse(gregorian)));

    [Fact]
    public void HijriMonthsHave29Or30DaysAndYears354Or355()
    {
        // Walk two Hijri years day by day: each day is the next of the one before, a month ends on its
        // 29th or 30th, and a year's length is that of a common (354) or leap (355) year, as the calendar says.
        var calendar = new UmAlQuraCalendar();
        var day = new DateOnly(2023, 7, 19); // 1 Muharram 1445
        Assert.Equal("1 Muharram 1445", _hijri.Alongside(PartialDate.Day(day)));
        var daysInYear = 0;
        var year = 1445;
        var previous = (Day: 1, Month: 1);
        for (var i = 1; i < 800; i++)
        {
            day = day.AddDays(1);
            var text = _hijri.Alongside(PartialDate.Day(day))!;
            var parts = text.Split(' ');
            var d = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var y = int.Parse(parts[^1], CultureInfo.InvariantCulture);
            daysInYear++;
            if (d == 1)
            {
                Assert.Contains(previous.Day, (int[])[29, 30]);
            }
            else
            {
                Assert.Equal(previous.Day + 1, d);
            }

            if (y != year)
            {
                Assert.Equal(calendar.IsLeapYear(year) ? 355 : 354, daysInYear);
                Assert.Equal(calendar.GetDaysInYear(year), daysInYear);
                (year, daysInYear) = (y, 0);
            }

            previous = (d, 0);
        }

        Assert.True(year >= 1447);
    }

    [Fact]
    public void JsonCarriesEveryCalendar()
    {
        var dto = DateDto.From(Parse("2024-01-16"));

        Assert.Equal("26 Dey 1402", dto.Calendars!["persian"]);
        Assert.Equal("4 Rajab 1445", dto.Calendars["hijri"]);
        Assert.Null(DateDto.From(PartialDate.Undated()).Calendars);
    }
}
