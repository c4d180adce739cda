using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Charts;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Tests.TestSupport;

namespace IranPakistan.Web.Tests.Shared.Charts;

/// <summary>Figures shaped like the seeds' trade and pilgrim figures, each with one citation.</summary>
internal static class ChartFixtures
{
    public static FigureView View(
        string slug, decimal value, FigureUnit unit, FigureQualifier qualifier, decimal? max = null, string? display = null, int paragraph = 16) =>
        new(
            new Figure { Slug = slug, Label = $"Label of {slug}", Value = value, ValueMax = max, Unit = unit, Qualifier = qualifier, Display = display },
            [new CitationView("iran-pakistan-relations", paragraph, $"quote for {slug}")]);

    public static List<FigureView> All { get; } =
    [
        View("iran-exports-to-pakistan", 1_700_000_000, FigureUnit.Usd, FigureQualifier.Approximate),
        View("iran-imports-from-pakistan", 300_000_000, FigureUnit.Usd, FigureQualifier.Exact),
        View("official-trade", 2_000_000_000, FigureUnit.Usd, FigureQualifier.Approximate),
        View("informal-trade", 2_500_000_000, FigureUnit.Usd, FigureQualifier.Estimate),
        View("bilateral-trade-target", 10_000_000_000, FigureUnit.Usd, FigureQualifier.Target, paragraph: 3),
        View("trucks-through-mirjaveh", 600, FigureUnit.TrucksPerDay, FigureQualifier.Range, max: 700, paragraph: 14),
        View("imam-reza-shrine-pakistani-pilgrims", 500_000, FigureUnit.PeoplePerYear, FigureQualifier.AtLeast, paragraph: 22),
        View("arbaeen-pakistani-pilgrims", 100_000, FigureUnit.PeoplePerYear, FigureQualifier.AtLeast, display: "hundreds of thousands", paragraph: 22),
    ];

    /// <summary>The charts of the repository's seeds/charts.yaml, as the import builds them.</summary>
    public static IReadOnlyList<ChartDefinition> Charts => _charts.Value;

    public static ChartDefinition Chart(string slug) => Charts.Single(c => c.Slug == slug);

    private static readonly Lazy<IReadOnlyList<ChartDefinition>> _charts = new(() =>
    {
        var result = SeedCheck.Run(RepositoryRoot.Seeds);
        return result.Content?.Charts
            .Select(c => new ChartDefinition(c.Slug, c.Title, c.Topic.Slug, c.Bars.OrderBy(b => b.Order).Select(b => new ChartEntry(b.Figure.Slug, b.Label)).ToList()))
            .ToList() ?? throw new InvalidOperationException(result.Report);
    });
}
