namespace IranPakistan.Web.Shared.Dates;

/// <summary>
/// A <see cref="PartialDate"/> in the API: the stored shape plus <c>text</c>, the words a page shows
/// (docs/data-model.md, "Dates"). <c>earliest</c>/<c>latest</c> are the first and last day it may fall
/// on (null: the source sets no bound); <c>extent</c> says they are the event's own length rather than
/// our uncertainty; <c>iso</c> is the date cut to its precision, only for day, month and year;
/// <c>calendars</c> the same date in the Solar Hijri (<c>persian</c>) and Hijri (<c>hijri</c>) calendars,
/// as precise as the date (null for a date in words only).
/// </summary>
public sealed record DateDto(
    DatePrecision Precision,
    DateOnly? Earliest,
    DateOnly? Latest,
    bool Extent,
    bool YearInferred,
    string? YearNote,
    string? Label,
    IReadOnlyList<DateRelation> Relations,
    string? Iso,
    string Text)
{
    public IReadOnlyDictionary<string, string>? Calendars { get; init; }

    public static DateDto From(PartialDate d)
    {
        var calendars = CalendarFormatter.Others
            .Select(c => (c.Key, Text: c.Alongside(d)))
            .Where(c => c.Text is not null)
            .ToDictionary(c => c.Key, c => c.Text!);
        return new(d.Precision, d.Earliest, d.Latest, d.IsExtent, d.YearInferred, d.YearNote, d.Label, d.Relations, d.Iso, d.Text)
        {
            Calendars = calendars.Count == 0 ? null : calendars,
        };
    }

    public static DateDto? FromOptional(PartialDate? d) => d is null ? null : From(d);
}
