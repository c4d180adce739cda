namespace IranPakistan.Web.Shared.Dates;

/// <summary>
/// A <see cref="PartialDate"/> in the API: the stored shape plus <c>text</c>, the words a page shows
/// (docs/data-model.md, "Dates"). <c>earliest</c>/<c>latest</c> are the first and last day it may fall
/// on (null: the source sets no bound); <c>extent</c> says they are the event's own length rather than
/// our uncertainty; <c>iso</c> is the date cut to its precision, only for day, month and year.
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
    public static DateDto From(PartialDate d) =>
        new(d.Precision, d.Earliest, d.Latest, d.IsExtent, d.YearInferred, d.YearNote, d.Label, d.Relations, d.Iso, d.Text);

    public static DateDto? FromOptional(PartialDate? d) => d is null ? null : From(d);
}
