using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Charts;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Mentions;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Topics;

public sealed record TopicModel(
    Topic Topic,
    string SourceSlug,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<FigureView> Figures,
    IReadOnlyList<ChartDefinition> Charts,
    IReadOnlyList<MentionView> Actors,
    IReadOnlyList<MentionView> Places,
    IReadOnlyList<Event> Events,
    IReadOnlyList<Agreement> Agreements);

public sealed record ClaimView(string Text, IReadOnlyList<CitationView> Citations);

public sealed class TopicQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Every topic in topic order.</summary>
    public async Task<List<Topic>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Topics.AsNoTracking().OrderBy(t => t.Order).ToListAsync(cancellationToken);
    }

    public async Task<TopicModel?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topic = await db.Topics.AsNoTracking()
            .Include(t => t.Claims).ThenInclude(c => c.Citations).ThenInclude(c => c.Paragraph).ThenInclude(p => p.Source)
            .Include(t => t.Sections).ThenInclude(s => s.Paragraphs)
            .Include(t => t.Sections).ThenInclude(s => s.Source)
            .Include(t => t.Figures).ThenInclude(f => f.Citations).ThenInclude(c => c.Paragraph).ThenInclude(p => p.Source)
            .AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (topic is null)
        {
            return null;
        }

        var sectionIds = topic.Sections.Select(s => s.Id).ToList();
        var actors = await db.Actors.AsNoTracking()
            .Where(a => a.MentionedIn.Any(p => sectionIds.Contains(p.SectionId)))
            .OrderBy(a => a.Kind).ThenBy(a => a.Name)
            .Select(a => new { a.Slug, a.Name, a.Kind })
            .ToListAsync(cancellationToken);
        var places = await db.Places.AsNoTracking()
            .Where(p => p.MentionedIn.Any(par => sectionIds.Contains(par.SectionId)))
            .OrderBy(p => p.Kind).ThenBy(p => p.Name)
            .Select(p => new { p.Slug, p.Name, p.Kind })
            .ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.Topics.Any(t => t.Id == topic.Id))
            .OrderBy(e => e.TimelineOrder)
            .ToListAsync(cancellationToken);
        var charts = await FigureCharts.ForTopicAsync(db, topic.Slug, cancellationToken);
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.Topics.Any(t => t.Id == topic.Id))
            .OrderBy(a => a.Title)
            .ToListAsync(cancellationToken);

        return new TopicModel(
            topic,
            topic.Sections.FirstOrDefault()?.Source.Slug ?? "",
            topic.Claims.OrderBy(c => c.Order).Select(c => new ClaimView(c.Text, CitationView.From(c.Citations))).ToList(),
            topic.Sections.OrderBy(s => s.Order).ToList(),
            topic.Figures.OrderBy(f => f.Order).Select(f => new FigureView(f, CitationView.From(f.Citations))).ToList(),
            charts,
            actors.Select(a => new MentionView(a.Slug, a.Name, Vocabulary.Label(a.Kind), Urls.Actor(a.Slug))).ToList(),
            places.Select(p => new MentionView(p.Slug, p.Name, Vocabulary.Label(p.Kind), Urls.Place(p.Slug))).ToList(),
            events,
            agreements);
    }
}
