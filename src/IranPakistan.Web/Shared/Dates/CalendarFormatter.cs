using System.Globalization;

namespace IranPakistan.Web.Shared.Dates;

/// <summary>
/// A <see cref="PartialDate"/> in another calendar, beside its Gregorian words (docs/scripts-and-calendars.md).
/// The conversion is .NET's (<see cref="PersianCalendar"/>, <see cref="UmAlQuraCalendar"/>), never our
/// arithmetic; the precision rules stay <see cref="DateFormatter"/>'s: a day is a day ("26 Dey 1402"), a
/// range of days a range, a Gregorian month the month or months it overlaps ("Dey–Bahman 1402"), a
/// Gregorian year the years it overlaps ("1402–1403"), an inferred year in brackets. A date in words only
/// (relative, approximate, undated, or any date with a label) has nothing to convert: <see cref="Alongside"/>
/// is null.
/// </summary>
public sealed class CalendarFormatter : DateFormatter
{
    private static readonly string[] _persianMonths =
    [
        "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
        "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
    ];

    private static readonly string[] _hijriMonths =
    [
        "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
        "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah",
    ];

    private readonly Calendar _calendar;
    private readonly string[] _months;

    private CalendarFormatter(string key, string name, string era, Calendar calendar, string[] months)
    {
        Key = key;
        Name = name;
        Era = era;
        _calendar = calendar;
        _months = months;
    }

    /// <summary>The Solar Hijri calendar, Iran's official one: its year begins at Nowruz (20 or 21 March).</summary>
    public static CalendarFormatter Persian { get; } = new("persian", "Solar Hijri calendar", "SH", new PersianCalendar(), _persianMonths);

    /// <summary>
    /// The Islamic (Hijri) lunar calendar as Saudi Arabia's Umm al-Qura tables compute it; where months
    /// begin with a sighting of the moon (Pakistan and Iran among them) a date can differ by a day.
    /// </summary>
    public static CalendarFormatter Hijri { get; } = new("hijri", "Hijri (Islamic) calendar, Umm al-Qura", "AH", new UmAlQuraCalendar(), _hijriMonths);

    /// <summary>The calendars shown beside the Gregorian date, in order.</summary>
    public static IReadOnlyList<CalendarFormatter> Others { get; } = [Persian, Hijri];

    /// <summary>What a reader's choice and the JSON call it: "persian", "hijri".</summary>
    public string Key { get; }

    /// <summary>The calendar's name for a reader.</summary>
    public string Name { get; }

    /// <summary>The abbreviation after a date: "SH" (Solar Hijri), "AH" (Anno Hegirae).</summary>
    public string Era { get; }

    /// <summary>
    /// The date in this calendar, as precise as the date and no more; null when it is words only (a
    /// label, relative, approximate, undated) or outside the calendar's range.
    /// </summary>
    public string? Alongside(PartialDate date)
    {
        if (date.Label is not null || !date.IsExact || date.Earliest is not { } first
            || first.ToDateTime(TimeOnly.MinValue) < _calendar.MinSupportedDateTime
            || (date.Latest ?? first).ToDateTime(TimeOnly.MinValue) > _calendar.MaxSupportedDateTime)
        {
            return null;
        }

        return Format(date);
    }

    private (int Year, int Month, int Day) Parts(DateOnly date)
    {
        var time = date.ToDateTime(TimeOnly.MinValue);
        return (_calendar.GetYear(time), _calendar.GetMonth(time), _calendar.GetDayOfMonth(time));
    }

    private string MonthName(int month) => _months[month - 1];

    protected override string Day(DateOnly day, bool yearInferred)
    {
        var (y, m, d) = Parts(day);
        return $"{d.ToString(CultureInfo.InvariantCulture)} {MonthName(m)} {YearText(y, yearInferred)}";
    }

    /// <summary>"3–5 Ordibehesht 1403", "30 Dey – 2 Bahman 1402", "29 Esfand 1402 – 1 Farvardin 1403".</summary>
    protected override string DayRange(DateOnly first, DateOnly last, bool yearInferred)
    {
        var a = Parts(first);
        var b = Parts(last);
        return a.Year == b.Year && a.Month == b.Month
            ? $"{a.Day.ToString(CultureInfo.InvariantCulture)}–{Day(last, yearInferred)}"
            : a.Year == b.Year
                ? $"{a.Day.ToString(CultureInfo.InvariantCulture)} {MonthName(a.Month)} – {Day(last, yearInferred)}"
                : $"{Day(first, yearInferred)} – {Day(last, yearInferred)}";
    }

    /// <summary>The month or months a Gregorian month overlaps: "Dey–Bahman 1402", "Esfand 1402 – Farvardin 1403".</summary>
    protected override string Month(DateOnly month, bool yearInferred)
    {
        var a = Parts(month);
        var b = Parts(month.AddMonths(1).AddDays(-1));
        if (a.Year == b.Year && a.Month == b.Month)
        {
            return $"{MonthName(a.Month)} {YearText(a.Year, yearInferred)}";
        }

        if (a.Year == b.Year)
        {
            var dash = MonthName(a.Month).Contains(' ', StringComparison.Ordinal) || MonthName(b.Month).Contains(' ', StringComparison.Ordinal) ? " – " : "–";
            return $"{MonthName(a.Month)}{dash}{MonthName(b.Month)} {YearText(a.Year, yearInferred)}";
        }

        return $"{MonthName(a.Month)} {YearText(a.Year, yearInferred)} – {MonthName(b.Month)} {YearText(b.Year, yearInferred)}";
    }

    /// <summary>The years a Gregorian year overlaps: "1402–1403" (a lunar year is shorter: sometimes three, "1428–1430").</summary>
    protected override string Year(DateOnly year, bool yearInferred)
    {
        var first = Parts(new DateOnly(year.Year, 1, 1)).Year;
        var last = Parts(new DateOnly(year.Year, 12, 31)).Year;
        var span = first == last
            ? first.ToString(CultureInfo.InvariantCulture)
            : $"{first.ToString(CultureInfo.InvariantCulture)}–{last.ToString(CultureInfo.InvariantCulture)}";
        return yearInferred ? $"[{span}]" : span;
    }
}
