using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.Text;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Shared.FullText;

/// <summary>
/// The reads of the FTS5 SearchIndex table that more than one feature needs: search ranks every kind,
/// the agreements tracker narrows its list by full text. MATCH expressions always come from
/// <see cref="SearchPlan"/> and are bound as parameters (FormattableString → SqliteParameter).
/// </summary>
public static class SearchIndex
{
    /// <summary>The kinds of document, in the order /search shows them.</summary>
    public static IReadOnlyList<string> Kinds => _kinds;

    private static readonly string[] _kinds = ["topic", "event", "agreement", "actor", "place", "paragraph"];

    /// <summary>
    /// At most this many matches of one kind are read, scored and counted; a kind with more says
    /// "more than 1,000". It bounds the work of a word that is in most documents.
    /// </summary>
    public const int Cap = 1000;

    private const long KindSpan = 1_000_000_000L;

    /// <summary>The rowids of one kind of document: [From, To).</summary>
    public static (long From, long To) RowidRange(string kind)
    {
        var i = Array.IndexOf(_kinds, kind);
        if (i < 0)
        {
            throw new ArgumentException($"unknown kind {kind}", nameof(kind));
        }

        return ((i + 1) * KindSpan, (i + 2) * KindSpan);
    }

    public static string KindOf(long rowid) => _kinds[(int)(rowid / KindSpan) - 1];

    /// <summary>The lexicon of the served content, read once per content version when there is a memo.</summary>
    public static Task<SearchLexicon> LexiconAsync(AppDbContext db, ContentMemo? memo, CancellationToken cancellationToken = default) =>
        memo is null ? LexiconAsync(db, cancellationToken) : memo.GetAsync("search-lexicon", () => LexiconAsync(db, CancellationToken.None));

    /// <summary>The lexicon of the database (<see cref="SearchLexicon"/>), read whole.</summary>
    public static async Task<SearchLexicon> LexiconAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var terms = await db.Database.SqlQuery<LexiconTerm>($"SELECT term AS Term, docs AS Docs FROM SearchTerm").ToListAsync(cancellationToken);
        var acronyms = await db.Database.SqlQuery<LexiconAcronym>($"SELECT acronym AS Acronym, expansion AS Expansion FROM SearchAcronym").ToListAsync(cancellationToken);
        return new SearchLexicon(terms, acronyms);
    }

    /// <summary>
    /// The matches of one kind, scored and counted (up to <see cref="Cap"/>, read in rowid order), best
    /// first: bm25 with titles ten times and aliases four times the body, half as much again for a document that
    /// matches the words as typed rather than only other forms of them. With anyWord, any of the words
    /// (<see cref="SearchPlan.AnyWord"/>) rather than all.
    /// </summary>
    public static async Task<KindMatches> ScoreAsync(AppDbContext db, SearchPlan plan, string kind, bool anyWord = false, CancellationToken cancellationToken = default)
    {
        var (from, to) = RowidRange(kind);
        var match = anyWord && plan.AnyWord is { } any ? any : plan.Expanded;
        // bm25 weights, one per column: kind, slug, anchor, label (unindexed), title, body, aliases.
        var scored = await db.Database.SqlQuery<ScoredRow>($"""
            SELECT rowid AS Id, bm25(SearchIndex, 0, 0, 0, 0, 10.0, 1.0, 4.0) AS Score, 1 AS Exact
            FROM SearchIndex WHERE SearchIndex MATCH {match} AND rowid >= {from} AND rowid < {to}
            LIMIT {Cap + 1}
            """).ToListAsync(cancellationToken);
        var more = scored.Count > Cap;
        if (more)
        {
            scored.RemoveAt(Cap);
        }

        if ((plan.HasForms || match != plan.Expanded) && scored.Count > 0)
        {
            var exact = (await db.Database.SqlQuery<long>($"""
                SELECT rowid AS Value FROM SearchIndex WHERE SearchIndex MATCH {plan.Exact} AND rowid >= {from} AND rowid < {to}
                LIMIT {Cap + 1}
                """).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var row in scored)
            {
                row.Exact = exact.Contains(row.Id);
            }
        }

        return new KindMatches(kind, scored.OrderBy(r => r.Rank).ToList(), more);
    }

    /// <summary>
    /// What the results show of some matched documents: titles and snippets with the searched words
    /// marked (<see cref="Snippets"/>). Read from the index's content table by rowid — plain B-tree
    /// lookups — because FTS5's highlight() and snippet() would evaluate the MATCH again for each row.
    /// </summary>
    public static async Task<List<SearchIndexRow>> DetailsAsync(AppDbContext db, SearchPlan plan, IEnumerable<long> ids, CancellationToken cancellationToken = default)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(ids);
        // SearchIndex_content is FTS5's own table of the indexed text: c0…c6 are the columns in DDL order.
        var rows = await db.Database.SqlQuery<ContentRow>($"""
            SELECT id AS Id, c0 AS Kind, c1 AS Slug, c2 AS Anchor, c3 AS Label, c4 AS Title, c5 AS Body, c6 AS Aliases
            FROM SearchIndex_content WHERE id IN (SELECT value FROM json_each({json}))
            """).ToListAsync(cancellationToken);
        return rows.Select(r => new SearchIndexRow
        {
            Id = r.Id,
            Kind = r.Kind,
            Slug = r.Slug,
            Anchor = r.Anchor,
            Label = r.Label,
            Title = Snippets.Mark(r.Title, plan),
            Snippet = Snippets.Cut(r.Body, plan, 28),
            AliasSnippet = Snippets.Cut(r.Aliases, plan, 6),
            Aliases = r.Aliases,
        }).ToList();
    }

    private sealed class ContentRow
    {
        public long Id { get; init; }
        public string Kind { get; init; } = "";
        public string Slug { get; init; } = "";
        public string Anchor { get; init; } = "";
        public string Label { get; init; } = "";
        public string Title { get; init; } = "";
        public string Body { get; init; } = "";
        public string Aliases { get; init; } = "";
    }

    /// <summary>The slugs of one kind of document matching the query, best first, with their snippets.</summary>
    public static async Task<List<(string Slug, string Snippet)>> MatchAsync(AppDbContext db, SearchPlan plan, string kind, CancellationToken cancellationToken = default)
    {
        var matches = await ScoreAsync(db, plan, kind, cancellationToken: cancellationToken);
        var details = (await DetailsAsync(db, plan, matches.Rows.Select(r => r.Id), cancellationToken)).ToDictionary(d => d.Id);
        return Promote(matches.Rows.Where(r => details.ContainsKey(r.Id)).Select(r => details[r.Id]), plan).Select(r => (r.Slug, r.Snippet)).ToList();
    }

    /// <summary>Is this document named exactly what the reader searched for (its title or one of its other names)?</summary>
    public static bool IsNamed(SearchIndexRow row, SearchPlan plan) =>
        TextFolding.Key(Highlight.Plain(row.Title)) == plan.Key
        || (row.Kind is "actor" or "place" && row.Aliases.Split(" · ").Any(a => TextFolding.Key(a) == plan.Key));

    /// <summary>
    /// Is this item's name (or other name) what the reader is still typing ("kash" → Kashmir)? Only for
    /// a last word that is not a whole word of the index, so "Iran" doesn't favour "Iran-Pakistan …".
    /// </summary>
    public static bool IsNameStart(SearchIndexRow row, SearchPlan plan) =>
        plan.Partial && row.Kind != "paragraph"
        && (TextFolding.Key(Highlight.Plain(row.Title)).StartsWith(plan.Key, StringComparison.Ordinal)
            || (row.Kind is "actor" or "place" && row.Aliases.Split(" · ").Any(a => TextFolding.Key(a).StartsWith(plan.Key, StringComparison.Ordinal))));

    // An item named exactly what was searched for goes first whatever bm25 says ("Taftan" the place
    // before paragraphs about it). Done here, on the rows being shown, so SQL never reads every title.
    public static IEnumerable<SearchIndexRow> Promote(IEnumerable<SearchIndexRow> rows, SearchPlan plan) =>
        rows.OrderByDescending(r => IsNamed(r, plan));
}

/// <summary>One match's id and score; <see cref="Exact"/> when it matches the words as typed, not only other forms.</summary>
public sealed class ScoredRow
{
    public long Id { get; init; }
    public double Score { get; init; }
    public bool Exact { get; set; } = true;

    /// <summary>Lower is better, like bm25: an exact match counts half as much again as one through other forms only.</summary>
    public double Rank => Exact ? Score * 1.5 : Score;
}

/// <summary>The scored matches of one kind, best first; <see cref="More"/> when there were more than <see cref="SearchIndex.Cap"/>.</summary>
public sealed record KindMatches(string Kind, IReadOnlyList<ScoredRow> Rows, bool More);

/// <summary>One row of the index as the results show it; Title and the snippets carry <see cref="Highlight"/> markers.</summary>
public sealed class SearchIndexRow
{
    public long Id { get; init; }
    public string Kind { get; init; } = "";
    public string Slug { get; init; } = "";
    public string Anchor { get; init; } = "";
    public string Label { get; init; } = "";
    public string Title { get; init; } = "";
    public string Snippet { get; init; } = "";
    public string? AliasSnippet { get; init; }
    public string Aliases { get; init; } = "";
}
