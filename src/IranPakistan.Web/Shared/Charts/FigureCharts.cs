using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Shared.Charts;

/// <summary>One bar of a chart: a figure by slug, with the short name the chart shows for it.</summary>
public sealed record ChartEntry(string FigureSlug, string ShortLabel);

/// <summary>A chart of figures that share a unit, drawn on one scale from zero.</summary>
public sealed record ChartDefinition(string Slug, string Title, string TopicSlug, IReadOnlyList<ChartEntry> Entries);

/// <summary>
/// Which of the source's figures are charted together: the charts of seeds/charts.yaml, as the import
/// checked and stored them (one unit and one topic per chart), in the order of the seeds. The figures
/// and their hedging come from seeds/figures.yaml; a chart adds only the grouping, its title and the
/// short bar names.
/// </summary>
public static class FigureCharts
{
    /// <summary>Every chart, for the figures page.</summary>
    public static Task<List<ChartDefinition>> ListAsync(AppDbContext db, CancellationToken cancellationToken = default) =>
        Definitions(db.Charts).ToListAsync(cancellationToken);

    /// <summary>The charts drawn on one topic's page.</summary>
    public static Task<List<ChartDefinition>> ForTopicAsync(AppDbContext db, string topicSlug, CancellationToken cancellationToken = default) =>
        Definitions(db.Charts.Where(c => c.Topic.Slug == topicSlug)).ToListAsync(cancellationToken);

    private static IQueryable<ChartDefinition> Definitions(IQueryable<Chart> charts) =>
        charts.AsNoTracking()
            .OrderBy(c => c.Order)
            .Select(c => new ChartDefinition(
                c.Slug,
                c.Title,
                c.Topic.Slug,
                c.Bars.OrderBy(b => b.Order).Select(b => new ChartEntry(b.Figure.Slug, b.Label)).ToList()));
}
