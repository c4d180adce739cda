using System.Globalization;
using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Shared.Dates;

/// <summary>
/// A date shown with no more precision than the source gives: "16 January 2024", "January 2024",
/// "2014", or the source's own words ("early 2000s") when it is vaguer than a year.
/// </summary>
public sealed record FuzzyDate(DateTime Start, DateTime? End, DatePrecision Precision, string? Label)
{
    private static readonly CultureInfo _en = CultureInfo.GetCultureInfo("en-GB");

    public static FuzzyDate Of(Event e) => new(e.DateStart, e.DateEnd, e.DatePrecision, e.DateLabel);

    public static FuzzyDate? Of(Agreement a) =>
        a.DateStart is { } start && a.DatePrecision is { } precision ? new(start, null, precision, a.DateLabel) : null;

    /// <summary>ISO 8601 cut to the precision (for <c>&lt;time datetime&gt;</c>); null when vaguer than a year.</summary>
    public string? Iso => Precision switch
    {
        DatePrecision.Day => Start.ToString("yyyy-MM-dd", _en),
        DatePrecision.Month => Start.ToString("yyyy-MM", _en),
        DatePrecision.Year => Start.ToString("yyyy", _en),
        _ => null,
    };

    public string? EndIso => End is { } end && Precision == DatePrecision.Day ? end.ToString("yyyy-MM-dd", _en) : null;

    public string Text => Label ?? Precision switch
    {
        DatePrecision.Day when End is { } end && end.Month == Start.Month && end.Year == Start.Year =>
            $"{Start.Day}–{end.ToString("d MMMM yyyy", _en)}",
        DatePrecision.Day when End is { } end => $"{Start.ToString("d MMMM", _en)} – {end.ToString("d MMMM yyyy", _en)}",
        DatePrecision.Day => Start.ToString("d MMMM yyyy", _en),
        DatePrecision.Month => Start.ToString("MMMM yyyy", _en),
        _ => Start.ToString("yyyy", _en),
    };
}
