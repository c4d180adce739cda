using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Dates;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Timeline;

/// <summary>Events of an episode that share one date as the source gives it (a day, or a relation such as "during the visit").</summary>
public sealed record EpisodeDay(PartialDate Date, IReadOnlyList<Event> Events);

/// <summary>Another episode as the story links to it: its cited one-sentence description.</summary>
public sealed record EpisodeLink(Episode Episode, IReadOnlyList<CitationView> Citations);

/// <summary>
/// An episode told as one story (<c>/episodes/{slug}</c>): its cited description, what came before it
/// (the episode before and the last events certainly earlier than its first day), its events grouped by
/// date in timeline order, what was agreed at its events, and what followed (the next episode and the
/// first events certainly later than its last day). Nothing here is new: every part is an event, an
/// agreement or an episode from the store, with its citations.
/// </summary>
public sealed record EpisodeModel(
    Episode Episode,
    IReadOnlyList<CitationView> Citations,
    IReadOnlyList<Event> Events,
    IReadOnlyList<EpisodeDay> Days,
    IReadOnlyList<Agreement> Agreements,
    EpisodeLink? PreviousEpisode,
    IReadOnlyList<Event> Before,
    EpisodeLink? NextEpisode,
    IReadOnlyList<Event> After,
    IReadOnlyList<Episode> AllEpisodes);

/// <summary>The reads of the episode pages, over the timeline's events in timeline order.</summary>
public sealed class EpisodeQueries(IDbContextFactory<AppDbContext> dbFactory, TimelineQueries timeline)
{
    /// <summary>How many earlier (later) events outside any episode "what came before" ("what followed") lists.</summary>
    public const int Neighbours = 3;

    /// <summary>Every episode in the order its events come on the timeline (episodes without events last, in seed order).</summary>
    public async Task<IReadOnlyList<Episode>> ListAsync(CancellationToken cancellationToken = default)
    {
        var events = await timeline.AllEventsAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var episodes = await db.Episodes.AsNoTracking()
            .Include(e => e.Citations).ThenInclude(c => c.Paragraph).ThenInclude(p => p.Source)
            .ToListAsync(cancellationToken);
        return InStoryOrder(episodes, events);
    }

    /// <summary>One episode's story, or null when there is no episode <paramref name="slug"/>.</summary>
    public async Task<EpisodeModel?> GetAsync(string slug, CancellationToken cancellationToken = default) =>
        (await StoriesAsync(slug, cancellationToken)).SingleOrDefault();

    /// <summary>Every episode's story, in the order of <see cref="ListAsync"/> (the API's list and the dataset's episodes).</summary>
    public Task<IReadOnlyList<EpisodeModel>> AllAsync(CancellationToken cancellationToken = default) =>
        StoriesAsync(null, cancellationToken);

    private async Task<IReadOnlyList<EpisodeModel>> StoriesAsync(string? only, CancellationToken cancellationToken)
    {
        var all = await ListAsync(cancellationToken);
        var wanted = Enumerable.Range(0, all.Count).Where(i => only is null || all[i].Slug == only).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var events = await timeline.AllEventsAsync(cancellationToken);
        var slugs = wanted.Select(i => all[i].Slug).ToHashSet();
        var ids = events.Where(e => e.Episode is not null && slugs.Contains(e.Episode)).Select(e => e.Id).ToList();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agreements = await db.Agreements.AsNoTracking()
            .Include(a => a.Citations).ThenInclude(c => c.Paragraph).ThenInclude(p => p.Source)
            .Where(a => a.EventId != null && ids.Contains(a.EventId.Value))
            .OrderBy(a => a.Title)
            .ToListAsync(cancellationToken);

        return wanted.Select(i => Story(all, i, events, agreements)).ToList();
    }

    private static EpisodeModel Story(IReadOnlyList<Episode> all, int index, IReadOnlyList<Event> events, List<Agreement> agreements)
    {
        var episode = all[index];
        var mine = events.Where(e => e.Episode == episode.Slug).ToList();
        var ids = mine.Select(e => e.Id).ToHashSet();

        // The episode's span: its first possible day to its last, over the events the source bounds.
        var dates = mine.Select(PartialDate.Of).ToList();
        var start = dates.Where(d => d.Earliest is not null).Select(d => d.Earliest!.Value).DefaultIfEmpty().Min();
        var end = dates.Where(d => d.Latest is not null).Select(d => d.Latest!.Value).DefaultIfEmpty().Max();
        var outside = events.Where(e => e.Episode is null).ToList();
        // Only what is certainly earlier (its last possible day before the episode's first) or certainly
        // later: an undated event, or one the source dates too loosely, is never put before or after.
        var before = start == default ? [] : outside.Where(e => PartialDate.Of(e).Latest is { } l && l < start).TakeLast(Neighbours).ToList();
        var after = end == default ? [] : outside.Where(e => PartialDate.Of(e).Earliest is { } f && f > end).Take(Neighbours).ToList();

        return new EpisodeModel(
            episode,
            CitationView.From(episode.Citations),
            mine,
            Days(mine),
            agreements.Where(a => ids.Contains(a.EventId!.Value)).ToList(),
            index > 0 ? Link(all[index - 1]) : null,
            before,
            index < all.Count - 1 ? Link(all[index + 1]) : null,
            after,
            all);
    }

    /// <summary>Consecutive events whose dates read the same ("18 January [2024]", "During the 22–24 April 2024 visit") share a day.</summary>
    public static IReadOnlyList<EpisodeDay> Days(IEnumerable<Event> ordered)
    {
        var days = new List<EpisodeDay>();
        foreach (var e in ordered)
        {
            var date = PartialDate.Of(e);
            if (days.Count > 0 && days[^1].Date.Text == date.Text)
            {
                ((List<Event>)days[^1].Events).Add(e);
            }
            else
            {
                days.Add(new EpisodeDay(date, new List<Event> { e }));
            }
        }

        return days;
    }

    private static EpisodeLink Link(Episode e) => new(e, CitationView.From(e.Citations));

    private static List<Episode> InStoryOrder(List<Episode> episodes, IReadOnlyList<Event> events)
    {
        var first = events.Where(e => e.Episode is not null)
            .GroupBy(e => e.Episode!)
            .ToDictionary(g => g.Key, g => g.Min(e => e.TimelineOrder));
        return episodes.OrderBy(e => first.GetValueOrDefault(e.Slug, int.MaxValue)).ThenBy(e => e.Order).ToList();
    }
}
