using IranPakistan.Web.Shared.Dates;

namespace IranPakistan.Web.Shared.Api;

/// <summary>
/// A date as every /api answer, CSV and feed gives it — the one place a date is serialized:
/// <c>iso</c> is cut to the precision (null when vaguer than a year), <c>text</c> is what the page shows.
/// </summary>
public sealed record DateDto(string Start, string? End, string Precision, string? Iso, string Text)
{
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(date))]
    public static DateDto? From(FuzzyDate? date) => date is null ? null : new(
        date.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        date.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Data.Vocabulary.ToKebab(date.Precision), date.Iso, date.Text);
}
