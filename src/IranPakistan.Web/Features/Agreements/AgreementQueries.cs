using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Facets;
using IranPakistan.Web.Shared.FullText;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Agreements;

/// <summary>
/// The /agreements query string: full text, one value per facet, and the order of the table
/// (<see cref="AgreementSort"/>; not a filter, so it leaves <see cref="IsEmpty"/> alone).
/// </summary>
public sealed record AgreementFilter(
    string? Q = null, string? Kind = null, string? Status = null, string? Topic = null, string? Party = null,
    string? Between = null, string? Sort = null)
{
    /// <summary>Reads the query string: an empty facet value (what "Any" submits) is no filter; the words stay as typed.</summary>
    public static AgreementFilter Parse(string? q, string? kind, string? status, string? topic, string? party, string? between = null, string? sort = null) =>
        new(q, UrlQuery.Value(kind), UrlQuery.Value(status), UrlQuery.Value(topic), UrlQuery.Value(party), UrlQuery.Value(between), UrlQuery.Value(sort));

    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && Kind is null && Status is null && Topic is null && Party is null && Between is null;

    /// <summary>The URL of this state: <c>/agreements?q=pipeline&amp;status=not-fully-realised</c>, keys in a fixed order.</summary>
    public string ToUri() =>
        UrlQuery.Append(Urls.Agreements, ("q", Q), ("kind", Kind), ("status", Status), ("topic", Topic), ("party", Party),
            ("between", Between), ("sort", Sort == AgreementSort.Default ? null : Sort));
}

/// <summary>The orders the tracker's table offers; the default (newest first) stays out of the URL.</summary>
public static class AgreementSort
{
    public const string Default = "date";
    public const string Oldest = "oldest";
    public const string Title = "title";
    public const string Kind = "kind";
    public const string Status = "status";
    public const string Parties = "parties";

    public static readonly IReadOnlyList<string> Values = [Default, Oldest, Title, Kind, Status, Parties];

    /// <summary>
    /// Orders the agreements: by date (undated last either way), title, kind or status in their
    /// vocabulary's order, or by who they are between; ties by date, newest first, then title.
    /// </summary>
    public static IEnumerable<Agreement> Apply(IEnumerable<Agreement> items, string? sort)
    {
        var dated = items.Select(a => (Agreement: a, Day: PartialDate.Of(a)?.OrderKey.Day)).ToList();
        var newestFirst = dated.OrderByDescending(x => x.Day.HasValue).ThenByDescending(x => x.Day).ThenBy(x => x.Agreement.Title, StringComparer.Ordinal)
            .Select(x => x.Agreement);
        return sort switch
        {
            Oldest => dated.OrderByDescending(x => x.Day.HasValue).ThenBy(x => x.Day).ThenBy(x => x.Agreement.Title, StringComparer.Ordinal)
                .Select(x => x.Agreement),
            Title => items.OrderBy(a => a.Title, StringComparer.OrdinalIgnoreCase),
            Kind => newestFirst.OrderBy(a => Rank(Vocabulary.AgreementKinds, a.Kind)),
            Status => newestFirst.OrderBy(a => Rank(Vocabulary.AgreementStatuses, a.Status)),
            Parties => newestFirst.OrderBy(a => Rank(AgreementScope.Values, AgreementScope.Of(a)))
                .ThenBy(a => string.Join(", ", AgreementScope.Sides(a).Select(p => p.Name).Order(StringComparer.Ordinal)), StringComparer.Ordinal),
            _ => newestFirst,
        };
    }

    private static int Rank(IReadOnlyList<string> order, string value)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == value)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}

public sealed record AgreementListItem(Agreement Agreement, string? Snippet);

/// <summary>
/// The agreements a filter selects, and for each facet the count each value would give
/// together with the other active filters (so a facet's counts add up to the total without it).
/// Values the filter names that don't exist are dropped and reported in <see cref="Errors"/>.
/// </summary>
public sealed record AgreementListModel(
    AgreementFilter Filter,
    IReadOnlyList<AgreementListItem> Items,
    Facet Kind,
    Facet Status,
    Facet Topic,
    Facet Party,
    Facet Between,
    IReadOnlyList<string> Errors,
    Event? LatestDatedEvent = null);

public sealed record AgreementModel(Agreement Agreement, IReadOnlyList<CitationView> Citations);

public sealed class AgreementQueries(IDbContextFactory<AppDbContext> dbFactory, ContentMemo? memo = null)
{
    private const string Any = "Any";
    private static readonly FacetField<Agreement> _kind = new("kind", a => [a.Kind]);
    private static readonly FacetField<Agreement> _status = new("status", a => [a.Status]);
    private static readonly FacetField<Agreement> _topic = new("topic", a => a.Topics.Select(t => t.Slug));
    private static readonly FacetField<Agreement> _party = new("party", a => a.Parties.Select(p => p.Slug));
    private static readonly FacetField<Agreement> _between = new("between", a => [AgreementScope.Of(a)]);

    public async Task<AgreementListModel> ListAsync(AgreementFilter requested, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var all = await db.Agreements.AsNoTracking()
            .Include(a => a.Parties).Include(a => a.Topics).Include(a => a.Event)
            // The API's and the CSV's rows cite each agreement's paragraphs.
            .Include(a => a.Citations).ThenInclude(c => c.Paragraph).ThenInclude(p => p.Source)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var topics = await db.Topics.AsNoTracking().OrderBy(t => t.Order).Select(t => new { t.Slug, t.Title }).ToListAsync(cancellationToken);
        var parties = all.SelectMany(a => a.Parties).DistinctBy(p => p.Slug).OrderBy(p => p.Name).ToList();

        var errors = new List<string>();
        var filter = new AgreementFilter(
            requested.Q,
            Known(requested.Kind, Vocabulary.AgreementKinds, "kind", errors),
            Known(requested.Status, Vocabulary.AgreementStatuses, "status", errors),
            Known(requested.Topic, topics.Select(t => t.Slug).ToList(), "topic", errors),
            Known(requested.Party, parties.Select(p => p.Slug).ToList(), "party", errors),
            Known(requested.Between, AgreementScope.Values, "between", errors),
            Known(requested.Sort, AgreementSort.Values, "sort", errors));

        // Full text narrows the set and decides the order; without it, newest first.
        Dictionary<string, (int Rank, string Snippet)>? matches = null;
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            if (FtsQuery.Parse(filter.Q) is { } query)
            {
                // Word forms and acronyms as in /search; no silent spelling correction in a filter.
                var plan = SearchPlan.For(query, await SearchIndex.LexiconAsync(db, memo, cancellationToken), verbatim: true);
                matches = (await SearchIndex.MatchAsync(db, plan, "agreement", cancellationToken))
                    .Select((m, i) => (m.Slug, Rank: i, m.Snippet))
                    .ToDictionary(m => m.Slug, m => (m.Rank, m.Snippet));
            }
            else
            {
                errors.Add(FtsQuery.EmptyMessage);
            }
        }

        var candidates = matches is null ? all : all.Where(a => matches.ContainsKey(a.Slug)).ToList();
        var filters = new FacetFilter<Agreement>()
            .Has(_kind, filter.Kind)
            .Has(_status, filter.Status)
            .Has(_topic, filter.Topic)
            .Has(_party, filter.Party)
            .Has(_between, filter.Between);

        var items = filters.Apply(candidates).AsEnumerable();
        // Full text decides the order unless the reader chose one.
        items = matches is not null && filter.Sort is null
            ? items.OrderBy(a => matches[a.Slug].Rank)
            : AgreementSort.Apply(items, filter.Sort);

        // Every value of the vocabularies and topics is listed, also at zero; parties as the agreements name them.
        var topicTitles = topics.ToDictionary(t => t.Slug, t => t.Title);
        var partyNames = parties.ToDictionary(p => p.Slug, p => p.Name);
        return new AgreementListModel(
            filter,
            items.Select(a => new AgreementListItem(a, matches?[a.Slug].Snippet)).ToList(),
            filters.Count(_kind, "Kind", Any, candidates, Vocabulary.AgreementKinds, Vocabulary.Label),
            filters.Count(_status, "Status", Any, candidates, Vocabulary.AgreementStatuses, Vocabulary.Label),
            filters.Count(_topic, "Topic", Any, candidates, topics.Select(t => t.Slug), s => topicTitles[s]),
            filters.Count(_party, "Party", Any, candidates, parties.Select(p => p.Slug), s => partyNames[s]),
            filters.Count(_between, "Between", Any, candidates, AgreementScope.Values, AgreementScope.Label),
            errors,
            await LatestDatedEventAsync(db, cancellationToken));
    }

    public async Task<AgreementModel?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var agreement = await db.Agreements.AsNoTracking()
            .Include(a => a.Parties).Include(a => a.Topics).Include(a => a.Event)
            .Include(a => a.Citations).ThenInclude(c => c.Paragraph).ThenInclude(p => p.Source)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        return agreement is null ? null : new AgreementModel(agreement, CitationView.From(agreement.Citations));
    }

    // What "status as the source reports it" dates to: the source is undated, so the newest event it
    // dates (to the day, month or year) is the latest point its statuses can speak for.
    private static async Task<Event?> LatestDatedEventAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var events = await db.Events.AsNoTracking().OrderByDescending(e => e.TimelineOrder).ToListAsync(cancellationToken);
        return events.FirstOrDefault(e => PartialDate.Of(e).IsExact);
    }

    private static string? Known(string? value, IReadOnlyList<string> allowed, string name, List<string> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (allowed.Contains(value))
        {
            return value;
        }

        var shown = value.Length > 60 ? value[..60] + "…" : value;
        errors.Add($"There is no {name} “{shown}”, so that filter is ignored. Choose one of: {string.Join(", ", allowed)}.");
        return null;
    }
}
