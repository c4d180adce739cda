using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Shared.Dates;

/// <summary>Timeline order and the span of time an event's date stands for.</summary>
public static class EventDates
{
    /// <summary>
    /// Start date, then the seed's sort order (which places a month or year before the days in
    /// it, and a "shortly before" event just ahead of the event it preceded), then title.
    /// </summary>
    public static IOrderedEnumerable<Event> InTimelineOrder(this IEnumerable<Event> events) =>
        events.OrderBy(e => e.DateStart).ThenBy(e => e.SortOrder).ThenBy(e => e.Title, StringComparer.Ordinal);

    /// <summary>
    /// The half-open range [start, end) the date covers at its own precision: a day (or a range of
    /// days), a whole month, a whole year. An approximate or relative date has no precision of
    /// its own; it covers what its placement date covers (a year, a month, a day or a range).
    /// </summary>
    public static (DateTime Start, DateTime End) RangeOf(Event e)
    {
        var last = e.DateEnd ?? e.DateStart;
        var end = GrainOf(e) switch
        {
            DatePrecision.Day => DatePeriod.AddSafely(last.Date, d => d.AddDays(1)),
            DatePrecision.Month => DatePeriod.AddSafely(new DateTime(last.Year, last.Month, 1, 0, 0, 0, DateTimeKind.Unspecified), d => d.AddMonths(1)),
            _ => DatePeriod.AddSafely(new DateTime(last.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), d => d.AddYears(1)),
        };
        return (e.DateStart, end);
    }

    /// <summary>Day, month or year: how much of the calendar the event's date stands for.</summary>
    public static DatePrecision GrainOf(Event e) => e.DatePrecision switch
    {
        DatePrecision.Day or DatePrecision.Month or DatePrecision.Year => e.DatePrecision,
        _ when e.DateEnd is not null => DatePrecision.Day,
        _ when e.DateStart is { Month: 1, Day: 1 } => DatePrecision.Year,
        _ when e.DateStart.Day == 1 => DatePrecision.Month,
        _ => DatePrecision.Day,
    };

    /// <summary>Whether the source gives the date itself, rather than only where it belongs.</summary>
    public static bool IsSourceDated(Event e) => e.DatePrecision is DatePrecision.Day or DatePrecision.Month or DatePrecision.Year;
}
