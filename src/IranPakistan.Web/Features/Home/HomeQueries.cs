using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Dates;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Home;

public sealed record HomeModel(
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Figure> KeyFigures,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Episode> Episodes,
    IReadOnlyList<Agreement> OpenCommitments,
    int EventCount,
    int AgreementCount,
    int ActorCount,
    int PlaceCount);

public sealed class HomeQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>
    /// Statuses of a commitment the source does not describe as fulfilled, ended or merely restated:
    /// what the front page lists as still open.
    /// </summary>
    public static readonly IReadOnlyList<string> OpenStatuses = ["agreed", "proposed", "in-progress", "not-fully-realised"];

    /// <summary>Kinds of agreement that promise something to be done (not a joint position or a signature).</summary>
    public static readonly IReadOnlyList<string> CommitmentKinds = ["joint-commitment", "target", "project"];

    public async Task<HomeModel> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var figures = await db.Figures.AsNoTracking()
            .Where(f => f.IsKey)
            .Include(f => f.Citations).ThenInclude(c => c.Paragraph).ThenInclude(p => p.Source)
            .OrderBy(f => f.Order)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Title).ToListAsync(cancellationToken);
        var episodes = await db.Episodes.AsNoTracking()
            .Include(e => e.Citations).ThenInclude(c => c.Paragraph).ThenInclude(p => p.Source)
            .OrderBy(e => e.Order)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var open = await db.Agreements.AsNoTracking()
            .Where(a => OpenStatuses.Contains(a.Status) && CommitmentKinds.Contains(a.Kind))
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return new HomeModel(topics, figures, sources, episodes, open,
            await db.Events.CountAsync(cancellationToken),
            await db.Agreements.CountAsync(cancellationToken),
            await db.Actors.CountAsync(cancellationToken),
            await db.Places.CountAsync(cancellationToken));
    }

    /// <summary>
    /// The source's arguments as the home page carries them: the topic overview claims marked
    /// <c>home: true</c> (docs/coverage.md), in topic order, each with its citations and its topic.
    /// </summary>
    public async Task<IReadOnlyList<TopicClaim>> ArgumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.TopicClaims.AsNoTracking()
            .Where(c => c.OnHome)
            .Include(c => c.Topic)
            .Include(c => c.Citations).ThenInclude(c => c.Paragraph).ThenInclude(p => p.Source)
            .OrderBy(c => c.Topic.Order).ThenBy(c => c.Order)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The most recent events the source actually dates (to the day, month or year), newest
    /// first; events whose date is only a placement ("not dated in the source") are left out.
    /// </summary>
    public async Task<IReadOnlyList<Event>> LatestEventsAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().OrderByDescending(e => e.TimelineOrder).ToListAsync(cancellationToken);
        return events.Where(e => PartialDate.Of(e).IsExact).Take(count).ToList();
    }
}
