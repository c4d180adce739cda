using System.Globalization;
using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.FullText;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Text;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Search;

/// <summary>The kinds of document the index holds, in the order /search shows them.</summary>
public static class SearchKinds
{
    public static IReadOnlyList<string> All => SearchIndex.Kinds;

    public static string Heading(string kind) => kind switch
    {
        "topic" => "Topics",
        "event" => "Events",
        "agreement" => "Agreements",
        "actor" => "Actors",
        "place" => "Places",
        _ => "Source paragraphs",
    };

    public static string Singular(string kind) => kind switch
    {
        "paragraph" => "Source paragraph",
        _ => Heading(kind)[..^1],
    };
}

/// <summary>
/// One search result. Title and Snippet carry <see cref="Highlight"/> markers. <see cref="NativeNames"/>:
/// an actor's or place's names in Persian and Urdu; <see cref="NativeMatch"/>: the name in Persian or
/// Urdu script that the query matched, as written (the index holds it folded), when that is what found it.
/// </summary>
public sealed record SearchHit(string Kind, string Slug, int? Paragraph, string Title, string Snippet, string? AliasMatch, string Href)
{
    public IReadOnlyList<NativeName> NativeNames { get; init; } = [];
    public NativeName? NativeMatch { get; init; }
}

/// <summary>The best hits of one kind; <see cref="More"/>: there are more than <see cref="Count"/> (the cap).</summary>
public sealed record SearchGroup(string Kind, string Heading, int Count, IReadOnlyList<SearchHit> Hits, bool More = false);

/// <summary>
/// What a search found: <see cref="Best"/>, the few best hits of any kind (what a reader reads first),
/// then every kind's group. <see cref="Plan"/> says what was searched, and whether a word was corrected;
/// <see cref="AnyWord"/>: no document has every word, so these have some of them.
/// </summary>
public sealed record SearchResult(SearchPlan Plan, string? Kind, int Total, IReadOnlyList<SearchGroup> Groups, IReadOnlyList<SearchHit> Best, bool More = false, bool AnyWord = false)
{
    public FtsQuery Query => Plan.Query;
}

public sealed record Suggestion(string Kind, string Title, string Href)
{
    /// <summary>An actor's or place's names in Persian and Urdu, each spelling once.</summary>
    public IReadOnlyList<NativeName> NativeNames { get; init; } = [];
}

/// <summary>The header's suggestions, and the corrected query they are for when a word was misspelt.</summary>
public sealed record Suggestions(IReadOnlyList<Suggestion> Items, string? Correction);

/// <summary>
/// Full-text search over the FTS5 SearchIndex table (docs/search.md). Queries go through
/// <see cref="SearchPlan"/> (word forms, acronyms, typo correction); every MATCH expression is bound
/// as a parameter.
/// </summary>
public sealed class SearchQueries(IDbContextFactory<AppDbContext> dbFactory, ContentMemo? memo = null)
{
    public const int PerKind = 10;
    public const int PerKindWhenFiltered = 100;

    /// <summary>How many hits of any kind lead the results.</summary>
    public const int BestCount = 5;

    /// <summary>With fewer hits than this for all the words, hits with any of them are added below.</summary>
    public const int FewHits = 3;

    // Source paragraphs are the evidence, items the answers: a paragraph needs a better score to lead.
    private const double ParagraphWeight = 0.6;

    private static readonly string[] _suggestedKinds = ["topic", "actor", "place", "agreement", "event"];

    /// <summary>What will be searched for this input (<paramref name="verbatim"/>: exactly as typed, no correction).</summary>
    public async Task<SearchPlan> PlanAsync(FtsQuery query, bool verbatim = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await PlanAsync(db, query, verbatim, cancellationToken);
    }

    private async Task<SearchPlan> PlanAsync(AppDbContext db, FtsQuery query, bool verbatim, CancellationToken cancellationToken) =>
        SearchPlan.For(query, await SearchIndex.LexiconAsync(db, memo, cancellationToken), verbatim);

    /// <summary>The best hits of each kind with the number of hits per kind, or of one kind only.</summary>
    public async Task<SearchResult> SearchAsync(FtsQuery query, string? kind = null, bool verbatim = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAsync(db, query, verbatim, cancellationToken);
        var perKind = kind is null ? PerKind : PerKindWhenFiltered;

        var kinds = kind is null ? SearchKinds.All : [kind];
        var matches = await SearchIndex.ScoreKindsAsync(db, plan, kinds, top: perKind + 5, cancellationToken: cancellationToken);

        // Next to nothing has every word (a question, say): show what has any of them, best first, and say so.
        var anyWord = matches.Sum(m => m.Count) < FewHits && plan.AnyWord is not null;
        if (anyWord)
        {
            var all = matches;
            matches = [];
            foreach (var some in await SearchIndex.ScoreKindsAsync(db, plan, kinds, anyWord: true, top: perKind + 5, cancellationToken))
            {
                // What has every word stays first; then the rest by score.
                var first = all.Single(m => m.Kind == some.Kind).Rows;
                var ids = first.Select(r => r.Id).ToHashSet();
                matches.Add(some with { Rows = [.. first.Select(r => new ScoredRow { Id = r.Id, Score = r.Rank * 10 }), .. some.Rows.Where(r => !ids.Contains(r.Id))] });
            }
        }

        // A few more than are shown, so an item named exactly what was searched for can be promoted into view.
        var shortlist = matches.SelectMany(m => m.Rows.Take(perKind + 5)).ToList();
        var details = (await SearchIndex.DetailsAsync(db, plan, shortlist.Select(r => r.Id), cancellationToken)).ToDictionary(d => d.Id);
        var native = await NativeAsync(db, cancellationToken);
        SearchHit ToHit(SearchIndexRow r) => Hit(r, native);
        var rank = shortlist.ToDictionary(r => r.Id, r => r.Rank * (SearchIndex.KindOf(r.Id) == "paragraph" ? ParagraphWeight : 1));

        var groups = matches.Where(m => m.Count > 0)
            .Select(m => new SearchGroup(
                m.Kind, SearchKinds.Heading(m.Kind), m.Count,
                SearchIndex.Promote(m.Rows.Take(perKind + 5).Where(r => details.ContainsKey(r.Id)).Select(r => details[r.Id]), plan).Take(perKind).Select(ToHit).ToList(),
                m.More))
            .ToList();
        var best = details.Values
            .OrderByDescending(r => SearchIndex.IsNamed(r, plan))
            .ThenByDescending(r => SearchIndex.IsNameStart(r, plan))
            // Among items so named, the topic first, then actor, place, agreement, event (as the suggestions).
            .ThenBy(r => SearchIndex.IsNamed(r, plan) || SearchIndex.IsNameStart(r, plan) ? Array.IndexOf(_suggestedKinds, r.Kind) : 0)
            .ThenBy(r => rank[r.Id])
            .Take(BestCount)
            .Select(ToHit)
            .ToList();
        return new SearchResult(plan, kind, groups.Sum(g => g.Count), groups, best, groups.Any(g => g.More), anyWord);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> items (not paragraphs) for the header's suggestions: an item named
    /// what was typed first, then items whose name starts with it, then names containing a word that
    /// does; topics before actors, places, agreements and events.
    /// </summary>
    public async Task<Suggestions> SuggestAsync(FtsQuery query, int limit = 8, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var plan = await PlanAsync(db, query, false, cancellationToken);
        // The names first (the names-only index: cheap), and only when they give fewer than the limit, anything.
        var rows = new List<SuggestionRow>();
        foreach (var kind in _suggestedKinds)
        {
            rows.AddRange(await SuggestionRowsAsync(db, plan, kind, names: true, limit * 5, cancellationToken));
        }

        if (rows.DistinctBy(r => r.Id).Count() < limit)
        {
            foreach (var kind in _suggestedKinds)
            {
                rows.AddRange(await SuggestionRowsAsync(db, plan, kind, names: false, limit * 5, cancellationToken));
            }
        }

        var native = await NativeAsync(db, cancellationToken);
        var last = TextFolding.Fold(plan.Key.Split(' ')[^1]);
        var items = rows.DistinctBy(r => r.Id)
            .OrderBy(r => Tier(r, plan, last))
            .ThenBy(r => Array.IndexOf(_suggestedKinds, r.Kind))
            // A match in the names before one in the text only; the two are scored by different indexes.
            .ThenByDescending(r => r.InNames)
            .ThenBy(r => r.Score)
            .Take(limit)
            .Select(r => new Suggestion(r.Kind, r.Title, Href(r.Kind, r.Slug, "", null)) { NativeNames = native.Of(r.Kind, r.Slug) })
            .ToList();
        return new Suggestions(items, plan.Correction);
    }

    /// <summary>
    /// The most postings the suggestions rank by bm25. Lower than the search's <see cref="SearchIndex.RankedPostings"/>:
    /// here bm25 only breaks ties within a tier and kind, and it counts every document of every word on each
    /// of the (up to ten) statements — at ×1000 the corpus that was most of the time of a suggestion for a
    /// word in a few thousand documents (docs/search.md#speed). Past it, rowid order breaks the ties.
    /// </summary>
    public const long SuggestionRankedPostings = 1_000;

    // Names only: the names-only index (SearchIndex.NameRowidsAsync), scored by its own bm25 (title ten times the
    // aliases), the names read by rowid from the index's content table (c0 kind, c1 slug, c4 title, c6 aliases).
    private static async Task<List<SuggestionRow>> SuggestionRowsAsync(AppDbContext db, SearchPlan plan, string kind, bool names, int limit, CancellationToken cancellationToken)
    {
        var (from, to) = SearchIndex.RowidRange(kind);
        var ranked = plan.Postings <= SuggestionRankedPostings;
        var sql = (names, ranked) switch
        {
            (false, true) => """
                SELECT rowid, kind, slug, title, aliases, bm25(SearchIndex, 0, 0, 0, 0, 10.0, 1.0, 4.0)
                FROM SearchIndex WHERE SearchIndex MATCH $match AND rowid >= $from AND rowid < $to LIMIT $limit
                """,
            (false, false) => """
                SELECT rowid, kind, slug, title, aliases, 0.0
                FROM SearchIndex WHERE SearchIndex MATCH $match AND rowid >= $from AND rowid < $to LIMIT $limit
                """,
            (true, true) => """
                SELECT c.id, c.c0, c.c1, c.c4, c.c6, n.score
                FROM (SELECT rowid AS id, bm25(SearchName, 10.0, 4.0) AS score FROM SearchName
                      WHERE SearchName MATCH $match AND rowid >= $from AND rowid < $to LIMIT $limit) AS n
                JOIN SearchIndex_content AS c ON c.id = n.id
                """,
            (true, false) => """
                SELECT c.id, c.c0, c.c1, c.c4, c.c6, 0.0
                FROM (SELECT rowid AS id FROM SearchName
                      WHERE SearchName MATCH $match AND rowid >= $from AND rowid < $to LIMIT $limit) AS n
                JOIN SearchIndex_content AS c ON c.id = n.id
                """,
        };
        return await SearchIndex.ReadAsync(db, sql, r => new SuggestionRow
        {
            Id = r.GetInt64(0),
            Kind = r.GetString(1),
            Slug = r.GetString(2),
            Title = r.GetString(3),
            Aliases = r.GetString(4),
            Score = r.GetDouble(5),
            InNames = names,
        }, cancellationToken, ("$match", plan.Expanded), ("$from", from), ("$to", to), ("$limit", limit));
    }

    private static int Tier(SuggestionRow r, SearchPlan plan, string last)
    {
        var title = TextFolding.Key(r.Title);
        var names = r.Kind is "actor" or "place" ? r.Aliases.Split(" · ").Select(TextFolding.Key).Prepend(title).ToList() : [title];
        return names.Contains(plan.Key) ? 0
            : names.Any(n => n.StartsWith(plan.Key, StringComparison.Ordinal)) ? 1
            : title.Split(' ').Any(w => w.StartsWith(last, StringComparison.Ordinal)) ? 2
            : 3;
    }

    private static SearchHit Hit(SearchIndexRow r, NativeDirectory native)
    {
        var paragraph = int.TryParse(r.Anchor, out var n) ? n : (int?)null;
        var title = r.Kind == "paragraph" ? $"Paragraph {paragraph} · {r.Label}" : r.Title;

        // When only another spelling matched (the text says "Chahbahar", the reader typed "Chabahar"), say so.
        var aliasMatch = !Highlight.HasMatch(r.Title) && !Highlight.HasMatch(r.Snippet) && Highlight.FirstMatch(r.AliasSnippet) is { } alias
            ? alias
            : null;
        // A name in Persian or Urdu script is indexed folded; show the one it stands for, as written.
        var nativeMatch = aliasMatch is not null && aliasMatch.Any(NativeNames.IsArabicLetter) ? native.Find(aliasMatch) : null;
        return new SearchHit(r.Kind, r.Slug, paragraph, title, r.Snippet, nativeMatch is null ? aliasMatch : null, Href(r.Kind, r.Slug, r.Anchor, Highlight.FirstMatch(r.Snippet)))
        {
            NativeNames = native.Of(r.Kind, r.Slug),
            NativeMatch = nativeMatch,
        };
    }

    /// <summary>Every actor's and place's names in Persian and Urdu, read once per content version.</summary>
    private Task<NativeDirectory> NativeAsync(AppDbContext db, CancellationToken cancellationToken) =>
        memo is null ? NativeDirectory.LoadAsync(db, cancellationToken) : memo.GetAsync("search-native-names", () => NativeDirectory.LoadAsync(db, CancellationToken.None));

    private sealed class NativeDirectory(Dictionary<(string Kind, string Slug), IReadOnlyList<NativeName>> byItem)
    {
        private readonly List<(string Key, NativeName Name)> _byKey = byItem.Values.SelectMany(n => n)
            .Select(n => (TextFolding.Key(n.Text), n)).ToList();

        public static async Task<NativeDirectory> LoadAsync(AppDbContext db, CancellationToken cancellationToken)
        {
            var actors = await db.Actors.AsNoTracking().Where(a => a.NameFa != null || a.NameUr != null)
                .Select(a => new { a.Slug, a.NameFa, a.NameUr }).ToListAsync(cancellationToken);
            var places = await db.Places.AsNoTracking().Where(p => p.NameFa != null || p.NameUr != null)
                .Select(p => new { p.Slug, p.NameFa, p.NameUr }).ToListAsync(cancellationToken);
            var byItem = actors.Select(a => (Key: ("actor", a.Slug), Names: NativeNames.Of(a.NameFa, a.NameUr)))
                .Concat(places.Select(p => (Key: ("place", p.Slug), Names: NativeNames.Of(p.NameFa, p.NameUr))))
                .ToDictionary(x => x.Key, x => x.Names);
            return new NativeDirectory(byItem);
        }

        public IReadOnlyList<NativeName> Of(string kind, string slug) =>
            byItem.TryGetValue((kind, slug), out var names) ? NativeNames.Distinct(names) : [];

        /// <summary>The name whose folded form is the matched text, else the first that holds it as whole words.</summary>
        public NativeName? Find(string matched)
        {
            var key = TextFolding.Key(matched);
            return _byKey.FirstOrDefault(n => n.Key == key).Name
                ?? _byKey.FirstOrDefault(n => $" {n.Key} ".Contains($" {key} ", StringComparison.Ordinal)).Name;
        }
    }

    private static string Href(string kind, string slug, string anchor, string? matched) => kind switch
    {
        "topic" => Urls.Topic(slug),
        "event" => Urls.Event(slug),
        "agreement" => Urls.Agreement(slug),
        "actor" => Urls.Actor(slug),
        "place" => Urls.Place(slug),
        // A paragraph's anchor is its number (SearchIndexBuilder); the words it matched are highlighted in the reader.
        _ => Urls.Quote(slug, int.Parse(anchor, CultureInfo.InvariantCulture), matched is null ? [] : [matched]),
    };

    private sealed class SuggestionRow
    {
        public long Id { get; init; }
        public string Kind { get; init; } = "";
        public string Slug { get; init; } = "";
        public string Title { get; init; } = "";
        public string Aliases { get; init; } = "";
        public double Score { get; init; }
        public bool InNames { get; init; }
    }
}
