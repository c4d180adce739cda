namespace IranPakistan.Web.Shared.Charts;

/// <summary>One bar of a chart: a figure by slug, with the short name the chart shows for it.</summary>
public sealed record ChartEntry(string FigureSlug, string ShortLabel);

/// <summary>A chart of figures that share a unit, drawn on one scale from zero.</summary>
public sealed record ChartDefinition(string Slug, string Title, string TopicSlug, IReadOnlyList<ChartEntry> Entries);

/// <summary>
/// Which of the source's figures are charted together, in one place. A chart compares like with
/// like (one unit); the figures and their hedging come from seeds/figures.yaml, only the
/// grouping and the short bar names are defined here.
/// </summary>
public static class FigureCharts
{
    public static IReadOnlyList<ChartDefinition> All { get; } =
    [
        new("trade-by-direction", "Official trade by direction", "trade",
        [
            new("iran-exports-to-pakistan", "Iran’s exports to Pakistan"),
            new("iran-imports-from-pakistan", "Iran’s imports from Pakistan"),
        ]),
        new("official-and-informal-trade", "Official and informal trade", "trade",
        [
            new("official-trade", "Official trade"),
            new("informal-trade", "Informal trade"),
        ]),
        new("trade-target", "The $10 billion target against today’s official trade", "trade",
        [
            new("official-trade", "Official trade today"),
            new("bilateral-trade-target", "Target"),
        ]),
        new("trucks-through-mirjaveh", "Trucks through the Mirjaveh crossing each day", "trade",
        [
            new("trucks-through-mirjaveh", "Mirjaveh"),
        ]),
        new("pakistani-pilgrims", "Pakistani pilgrims each year", "soft-power",
        [
            new("imam-reza-shrine-pakistani-pilgrims", "Imam Reza shrine"),
            new("arbaeen-pakistani-pilgrims", "Arbaeen pilgrimage"),
        ]),
    ];

    public static IEnumerable<ChartDefinition> ForTopic(string topicSlug) => All.Where(c => c.TopicSlug == topicSlug);
}
