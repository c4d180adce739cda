using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Dates;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Home;

public sealed record HomeModel(IReadOnlyList<Topic> Topics, IReadOnlyList<Figure> KeyFigures, IReadOnlyList<Source> Sources, int ActorCount, int PlaceCount);

public sealed class HomeQueries(IDbContextFactory<AppDbContext> dbFactory)
{
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
        return new HomeModel(topics, figures, sources,
            await db.Actors.CountAsync(cancellationToken), await db.Places.CountAsync(cancellationToken));
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
