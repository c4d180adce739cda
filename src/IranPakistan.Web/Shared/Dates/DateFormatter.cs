using System.Globalization;

namespace IranPakistan.Web.Shared.Dates;

/// <summary>
/// A <see cref="PartialDate"/> in words for a reader, never more precise than the date: "16 January 2024",
/// "22–24 April 2024", "January 2019", "2014"; an inferred year in brackets ("16 January [2024]");
/// relative, approximate and undated dates in their label's words. This class writes the Gregorian
/// calendar in British English; another calendar (Solar Hijri, say) derives from it and overrides
/// <see cref="Day"/>, <see cref="Month"/>, <see cref="Year"/> and <see cref="DayRange"/> — the rules
/// about precision and inferred years stay here, in <see cref="Format"/>.
/// </summary>
public class DateFormatter
{
    private static readonly CultureInfo _en = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Gregorian, British English: what every page shows today.</summary>
    public static DateFormatter English { get; } = new();

    public string Format(PartialDate date)
    {
        if (date.Label is { Length: > 0 } label)
        {
            return label;
        }

        return date.Precision switch
        {
            DatePrecision.Day when date is { Earliest: { } first, Latest: { } last } && last != first =>
                DayRange(first, last, date.YearInferred),
            DatePrecision.Day when date.Earliest is { } day => Day(day, date.YearInferred),
            DatePrecision.Month when date.Earliest is { } month => Month(month, date.YearInferred),
            DatePrecision.Year when date.Earliest is { } year => Year(year, date.YearInferred),
            _ => "Date not given in the source",
        };
    }

    /// <summary>"16 January 2024"; with an inferred year "16 January [2024]".</summary>
    protected virtual string Day(DateOnly day, bool yearInferred) => $"{day.ToString("d MMMM", _en)} {YearText(day.Year, yearInferred)}";

    protected virtual string Month(DateOnly month, bool yearInferred) => $"{month.ToString("MMMM", _en)} {YearText(month.Year, yearInferred)}";

    protected virtual string Year(DateOnly year, bool yearInferred) => YearText(year.Year, yearInferred);

    /// <summary>"22–24 April 2024", "30 January – 2 February 2024".</summary>
    protected virtual string DayRange(DateOnly first, DateOnly last, bool yearInferred) =>
        first.Year == last.Year && first.Month == last.Month
            ? $"{first.Day}–{Day(last, yearInferred)}"
            : first.Year == last.Year
                ? $"{first.ToString("d MMMM", _en)} – {Day(last, yearInferred)}"
                : $"{Day(first, yearInferred)} – {Day(last, yearInferred)}";

    protected static string YearText(int year, bool inferred) =>
        inferred ? $"[{year.ToString(CultureInfo.InvariantCulture)}]" : year.ToString(CultureInfo.InvariantCulture);
}
