using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Facets;
using IranPakistan.Web.Shared.Formatting;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Timeline;

/// <summary>What the timeline shows for one filter: the events, grouped, and every facet's counts.</summary>
public sealed record TimelineResult(
    TimelineFilter Requested,
    TimelineFilter Applied,
    IReadOnlyList<FilterProblem> Problems,
    IReadOnlyList<Event> Events,
    IReadOnlyList<TimelineYear> Years,
    IReadOnlyList<Facet> Facets,
    IReadOnlyList<Event> AllEvents,
    IReadOnlyList<Event> MayFall)
{
    public int TotalEvents => AllEvents.Count;
}

/// <summary>The events listed under one year; <see cref="Year"/> is null for those the source does not date.</summary>
public sealed record TimelineYear(int? Year, IReadOnlyList<TimelineRun> Runs)
{
    /// <summary>
    /// The group's heading: its year, or the years its dates may reach when one runs past it ("2000–2005"
    /// for "since the early 2000s", which the source bounds no closer); null for "not dated in the source".
    /// </summary>
    public string? Label => Year is not { } year ? null
        : Runs.SelectMany(r => r.Events).Max(e => PartialDate.Of(e).Latest?.Year) is { } last && last > year
            ? $"{Formats.Text(year)}–{Formats.Text(last)}"
            : Formats.Text(year);
}

/// <summary>
/// Consecutive events of one episode (or of none, when <see cref="Episode"/> is null): its slug,
/// its title (the run's heading) and the events.
/// </summary>
public sealed record TimelineRun(string? Episode, string? Title, IReadOnlyList<Event> Events);

public sealed record RelatedEvent(Event Event, string Reason);

public sealed record EventModel(
    Event Event,
    Episode? Episode,
    IReadOnlyList<CitationView> Citations,
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyList<RelatedEvent> Related,
    Event? Previous,
    Event? Next)
{
    /// <summary>The events the source dates this one against ("shortly before" the visit), with the relation.</summary>
    public IReadOnlyList<(DateRelationKind Relation, Event Event)> DatedAgainst { get; init; } = [];
}

/// <summary>
/// The timeline's reads. The whole timeline is a few dozen events, so each read uses them all and
/// filters in memory: facet counts against "all the other filters" and overlap at each event's own
/// precision stay plain C#, with one definition shared by page, island and API. The events and the
/// names the filters know are loaded once per content version (<see cref="ContentMemo"/>), so a page
/// not yet in the output cache costs its filtering and rendering, not a dozen queries.
/// </summary>
public sealed class TimelineQueries(IDbContextFactory<AppDbContext> dbFactory, ContentMemo? memo = null)
{
    private static readonly FacetField<Event> _topic = new("topic", e => e.Topics.Select(t => t.Slug));
    private static readonly FacetField<Event> _actor = new("actor", e => e.Actors.Select(a => a.Actor.Slug));
    private static readonly FacetField<Event> _place = new("place", e => e.Places.Select(p => p.Slug));
    private static readonly FacetField<Event> _kind = new("kind", e => [e.Kind]);
    private static readonly FacetField<Event> _episode = new("episode", e => e.Episode is null ? [] : [e.Episode]);

    /// <summary>Every event in timeline order and the names each filter knows, as one content version has them.</summary>
    private sealed record Snapshot(
        List<Event> Events, IReadOnlyList<string> TopicOrder, IReadOnlyList<string> EpisodeOrder,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Known);

    public async Task<TimelineResult> FilterAsync(TimelineFilter filter, CancellationToken cancellationToken = default)
    {
        var (events, topicOrder, episodeOrder, known) = await SnapshotAsync(cancellationToken);

        var problems = filter.Check().ToList();
        var applied = filter;
        foreach (var key in TimelineFilter.Keys)
        {
            if (problems.Any(p => p.Key == key))
            {
                applied = applied.With(key, null);
            }
            else if (known.TryGetValue(key, out var names) && filter[key] is { } value && !names.ContainsKey(value))
            {
                problems.Add(new(key, $"There is no {key} “{TimelineFilter.Shorten(value)}”."));
                applied = applied.With(key, null);
            }
        }

        if (filter.FromPeriod is { } from && filter.ToPeriod is { } to && from.Earliest > to.Latest)
        {
            // "from" after "to": neither bound can be trusted on its own, so both are dropped.
            applied = applied with { From = null, To = null };
        }

        var filters = Filters(applied);
        var matching = filters.Apply(events);
        // Apart from the matches: events every other filter keeps whose date only may fall in the period.
        var mayFall = applied.HasDates
            ? filters.Apply(events, except: DatesKey).Where(e => applied.Match(PartialDate.Of(e)) == DateMatch.Possible).ToList()
            : [];
        var facets = new List<Facet>
        {
            Count(filters, _topic, "Topic", "All topics", events, known["topic"], applied.Topic, topicOrder),
            Count(filters, _actor, "Actor", "All actors", events, known["actor"], applied.Actor, null),
            Count(filters, _place, "Place", "All places", events, known["place"], applied.Place, null),
            Count(filters, _kind, "Kind", "All kinds", events, known["kind"], applied.Kind, Vocabulary.EventKinds),
            Count(filters, _episode, "Episode", "All episodes", events, known["episode"], applied.Episode, episodeOrder),
        };

        return new TimelineResult(filter, applied, problems, matching, Group(matching, known["episode"]), facets, events, mayFall);
    }

    public async Task<EventModel?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        var events = (await SnapshotAsync(cancellationToken)).Events;
        var index = events.FindIndex(e => e.Slug == slug);
        if (index < 0)
        {
            return null;
        }

        var ev = events[index];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var episode = ev.Episode is null ? null : await db.Episodes.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == ev.Episode, cancellationToken);
        // What was signed during a visit hangs off the events that happened during it ("eight agreements signed"):
        // the visit's own page lists them too.
        var during = events.Where(x => PartialDate.Of(x).Relations.Any(r => r.Relation == DateRelationKind.During && r.Event == ev.Slug))
            .Select(x => x.Id).Append(ev.Id).ToList();
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.EventId != null && during.Contains(a.EventId.Value))
            .OrderBy(a => a.Title)
            .ToListAsync(cancellationToken);
        return new EventModel(
            ev,
            episode,
            CitationView.From(ev.Citations),
            agreements,
            Related(ev, episode, events),
            index > 0 ? events[index - 1] : null,
            index < events.Count - 1 ? events[index + 1] : null)
        {
            DatedAgainst = PartialDate.Of(ev).Relations
                .Select(r => (r.Relation, Event: events.Find(x => x.Slug == r.Event)))
                .Where(r => r.Event is not null)
                .Select(r => (r.Relation, r.Event!))
                .ToList(),
        };
    }

    /// <summary>Every event in timeline order, as this content version has them (shared, not to be changed).</summary>
    public async Task<IReadOnlyList<Event>> AllEventsAsync(CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken)).Events;

    private const string DatesKey = "dates";

    /// <summary>
    /// The filter's values as filters over events. A date range keeps an event only when every day its
    /// date may fall on is inside the range (<see cref="DateMatch.Certain"/>); an undated event never.
    /// </summary>
    public static FacetFilter<Event> Filters(TimelineFilter f) => new FacetFilter<Event>()
        .Has(_topic, f.Topic)
        .Has(_actor, f.Actor)
        .Has(_place, f.Place)
        .Has(_kind, f.Kind)
        .Has(_episode, f.Episode)
        .Where(DatesKey, f.HasDates ? e => f.Match(PartialDate.Of(e)) == DateMatch.Certain : null);

    /// <summary>Years (undated events last, under no year), and within a year runs of consecutive events that share an episode (titled from <paramref name="episodeTitles"/>).</summary>
    public static IReadOnlyList<TimelineYear> Group(IEnumerable<Event> ordered, IReadOnlyDictionary<string, string> episodeTitles) =>
        ordered.GroupBy(e => PartialDate.Of(e).GroupYear)
            .Select(year =>
            {
                var runs = new List<TimelineRun>();
                foreach (var e in year)
                {
                    if (runs.Count > 0 && runs[^1].Episode == e.Episode && e.Episode is not null)
                    {
                        ((List<Event>)runs[^1].Events).Add(e);
                    }
                    else
                    {
                        var title = e.Episode is null ? null : episodeTitles.GetValueOrDefault(e.Episode, e.Episode);
                        runs.Add(new TimelineRun(e.Episode, title, new List<Event> { e }));
                    }
                }

                return new TimelineYear(year.Key, runs);
            })
            .ToList();

    private static Facet Count(
        FacetFilter<Event> filters, FacetField<Event> field, string label, string allLabel, List<Event> events,
        IReadOnlyDictionary<string, string> names, string? selected, IEnumerable<string>? order)
    {
        var values = field.ValuesIn(events, selected);
        // Vocabularies keep their own order; names (actors, places) read best alphabetically.
        var ordered = order is null
            ? values.OrderBy(v => names.GetValueOrDefault(v, v), StringComparer.OrdinalIgnoreCase)
            : order.Where(values.Contains);
        return filters.Count(field, label, allLabel, events, ordered, v => names.GetValueOrDefault(v, v));
    }

    private static List<RelatedEvent> Related(Event ev, Episode? episode, List<Event> events)
    {
        // An actor shared with few events says more than one shared with all of them (Iran, Pakistan).
        var eventsPerActor = events.SelectMany(e => e.Actors.Select(a => a.ActorId).Distinct())
            .CountBy(id => id).ToDictionary(c => c.Key, c => c.Value);
        var mine = ev.Actors.Select(a => a.ActorId).ToHashSet();
        return events.Where(e => e.Id != ev.Id)
            .Select(e =>
            {
                var sameEpisode = ev.Episode is not null && e.Episode == ev.Episode;
                var shared = e.Actors.Where(a => mine.Contains(a.ActorId)).Select(a => a.Actor).DistinctBy(a => a.Id).ToList();
                var score = (sameEpisode ? 1.0 : 0.0) + shared.Sum(a => 1.0 / eventsPerActor[a.Id]);
                return (Event: e, Score: score, SameEpisode: sameEpisode);
            })
            .Where(x => x.SameEpisode || x.Score >= 0.2)
            .OrderByDescending(x => x.Score)
            .Take(8)
            .Select(x => x.Event)
            .OrderBy(e => e.TimelineOrder)
            .Select(e => new RelatedEvent(e, ReasonFor(ev, episode, e, eventsPerActor)))
            .ToList();
    }

    private static string ReasonFor(Event ev, Episode? episode, Event other, Dictionary<int, int> eventsPerActor)
    {
        if (ev.Episode is not null && other.Episode == ev.Episode)
        {
            return $"same episode: {episode?.Title ?? ev.Episode}";
        }

        var mine = ev.Actors.Select(a => a.ActorId).ToHashSet();
        var shared = other.Actors.Select(a => a.Actor).Where(a => mine.Contains(a.Id)).DistinctBy(a => a.Id)
            .OrderBy(a => eventsPerActor[a.Id]).ThenBy(a => a.Name).Take(3).Select(a => a.Name);
        return $"also involves {string.Join(", ", shared)}";
    }

    private Task<Snapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        // Shared by concurrent requests, so not cancelled by any one of them.
        memo is null ? LoadSnapshotAsync(cancellationToken) : memo.GetAsync("timeline", () => LoadSnapshotAsync(CancellationToken.None));

    private async Task<Snapshot> LoadSnapshotAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var events = await LoadAsync(db, cancellationToken);
        var topics = await db.Topics.AsNoTracking().OrderBy(t => t.Order).Select(t => new { t.Slug, t.Title }).ToListAsync(cancellationToken);
        var actors = await db.Actors.AsNoTracking().Select(a => new { a.Slug, a.Name }).ToListAsync(cancellationToken);
        var places = await db.Places.AsNoTracking().Select(p => new { p.Slug, p.Name }).ToListAsync(cancellationToken);
        var episodes = await db.Episodes.AsNoTracking().OrderBy(e => e.Order).Select(e => new { e.Slug, e.Title }).ToListAsync(cancellationToken);
        var known = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["topic"] = topics.ToDictionary(t => t.Slug, t => t.Title),
            ["actor"] = actors.ToDictionary(a => a.Slug, a => a.Name),
            ["place"] = places.ToDictionary(p => p.Slug, p => p.Name),
            ["kind"] = Vocabulary.EventKinds.ToDictionary(k => k, Vocabulary.Label),
            ["episode"] = episodes.ToDictionary(e => e.Slug, e => e.Title),
        };
        return new Snapshot(events, topics.Select(t => t.Slug).ToList(), episodes.Select(e => e.Slug).ToList(), known);
    }

    private static async Task<List<Event>> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var events = await db.Events.AsNoTracking()
            .Include(e => e.Actors).ThenInclude(a => a.Actor)
            .Include(e => e.Places)
            .Include(e => e.Topics)
            .Include(e => e.Citations).ThenInclude(c => c.Paragraph).ThenInclude(p => p.Source)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return events.OrderBy(e => e.TimelineOrder).ToList();
    }
}
