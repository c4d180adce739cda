using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.Charts;
using IranPakistan.Web.Shared.Citations;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Figures;

/// <summary>The figures of one topic, for the figures page.</summary>
public sealed record TopicFigures(string TopicSlug, string TopicTitle, IReadOnlyList<FigureView> Figures);

public sealed class FigureQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Every figure with its citations, grouped by topic in topic order.</summary>
    public async Task<List<TopicFigures>> ListByTopicAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var figures = await db.Figures.AsNoTracking()
            .Include(f => f.Topic)
            .Include(f => f.Citations).ThenInclude(c => c.Paragraph).ThenInclude(p => p.Source)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        // No tracking means one Topic instance per figure: group by the slug, not the instance.
        return figures
            .GroupBy(f => f.Topic.Slug)
            .Select(g => (Topic: g.First().Topic, Figures: g))
            .OrderBy(g => g.Topic.Order)
            .Select(g => new TopicFigures(
                g.Topic.Slug,
                g.Topic.Title,
                g.Figures.OrderBy(f => f.Order).Select(f => new FigureView(f, CitationView.From(f.Citations))).ToList()))
            .ToList();
    }

    /// <summary>Every chart, in the order of the seeds.</summary>
    public async Task<List<ChartDefinition>> ListChartsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await FigureCharts.ListAsync(db, cancellationToken);
    }
}
