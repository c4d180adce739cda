using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Facets;
using IranPakistan.Web.Shared.FullText;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Agreements;

/// <summary>The /agreements query string: full text plus one value per facet.</summary>
public sealed record AgreementFilter(string? Q = null, string? Kind = null, string? Status = null, string? Topic = null, string? Party = null)
{
    /// <summary>Reads the query string: an empty facet value (what "Any" submits) is no filter; the words stay as typed.</summary>
    public static AgreementFilter Parse(string? q, string? kind, string? status, string? topic, string? party) =>
        new(q, UrlQuery.Value(kind), UrlQuery.Value(status), UrlQuery.Value(topic), UrlQuery.Value(party));

    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && Kind is null && Status is null && Topic is null && Party is null;

    /// <summary>The URL of this state: <c>/agreements?q=pipeline&amp;status=stalled</c>, keys in a fixed order.</summary>
    public string ToUri() =>
        UrlQuery.Append(Urls.Agreements, ("q", Q), ("kind", Kind), ("status", Status), ("topic", Topic), ("party", Party));
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
    IReadOnlyList<string> Errors);

public sealed record AgreementModel(Agreement Agreement, IReadOnlyList<CitationView> Citations);

public sealed class AgreementQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    private const string Any = "Any";
    private static readonly FacetField<Agreement> _kind = new("kind", a => [a.Kind]);
    private static readonly FacetField<Agreement> _status = new("status", a => [a.Status]);
    private static readonly FacetField<Agreement> _topic = new("topic", a => a.Topics.Select(t => t.Slug));
    private static readonly FacetField<Agreement> _party = new("party", a => a.Parties.Select(p => p.Slug));

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
            Known(requested.Party, parties.Select(p => p.Slug).ToList(), "party", errors));

        // Full text narrows the set and decides the order; without it, newest first.
        Dictionary<string, (int Rank, string Snippet)>? matches = null;
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            if (FtsQuery.Parse(filter.Q) is { } query)
            {
                matches = (await SearchIndex.MatchAsync(db, query, "agreement", cancellationToken))
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
            .Has(_party, filter.Party);

        var items = filters.Apply(candidates).AsEnumerable();
        items = matches is null
            ? items.OrderByDescending(a => a.DateStart.HasValue).ThenByDescending(a => a.DateStart).ThenBy(a => a.Title)
            : items.OrderBy(a => matches[a.Slug].Rank);

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
            errors);
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
