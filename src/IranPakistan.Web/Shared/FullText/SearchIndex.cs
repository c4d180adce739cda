using System.Data;
using System.Data.Common;
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
    /// Above this many postings (<see cref="SearchPlan.Postings"/>) a query is not scored with bm25: FTS5's
    /// bm25 counts every document of every searched word in the whole index on each statement, which
    /// for a word in most of 163,000 documents costs more than the rest of the search. Such a query is
    /// ranked by where it matched instead (<see cref="ScoreAsync"/>). The real corpus never gets near it.
    /// </summary>
    public const long RankedPostings = 10_000;

    // Scores of the tiers a query with too many postings for bm25 is ranked by (lower is better, like bm25):
    // a match in the title before one in the other names before one in the text alone.
    private const double TitleTier = -100, AliasTier = -10, BodyTier = -1;

    /// <summary>
    /// The matches of one kind, best first: the best <paramref name="top"/> with their scores, and how many
    /// there are (up to <see cref="Cap"/>; <see cref="KindMatches.More"/> beyond). Scored by bm25 with titles
    /// ten times and aliases four times the body, half as much again for a document that matches the words as
    /// typed rather than only other forms of them — over the first <see cref="Cap"/> matches in rowid order.
    /// A query with more than <see cref="RankedPostings"/> postings is ranked by tiers instead: title matches,
    /// then alias matches, then the rest, each in rowid order, exact matches first within a tier; each tier
    /// is a column-filtered MATCH with a LIMIT on the names-only index (<see cref="NameRowidsAsync"/>).
    /// With anyWord, any of the words (<see cref="SearchPlan.AnyWord"/>) rather than all.
    /// </summary>
    public static async Task<KindMatches> ScoreAsync(AppDbContext db, SearchPlan plan, string kind, bool anyWord = false, int top = Cap, CancellationToken cancellationToken = default)
    {
        var (from, to) = RowidRange(kind);
        var (match, exactMatch) = Matches(plan, anyWord);
        List<ScoredRow> scored;
        int count;
        if (plan.Postings <= RankedPostings)
        {
            // bm25 weights, one per column: kind, slug, anchor, label (unindexed), title, body, aliases.
            scored = await ReadAsync(db, """
                SELECT rowid, bm25(SearchIndex, 0, 0, 0, 0, 10.0, 1.0, 4.0)
                FROM SearchIndex WHERE SearchIndex MATCH $match AND rowid >= $from AND rowid < $to LIMIT $limit
                """, r => new ScoredRow { Id = r.GetInt64(0), Score = r.GetDouble(1) }, cancellationToken,
                ("$match", match), ("$from", from), ("$to", to), ("$limit", Cap + 1));
            count = scored.Count;
            if (count > Cap)
            {
                scored.RemoveAt(Cap);
            }

            if (exactMatch is not null && scored.Count > 0)
            {
                var exact = (await RowidsAsync(db, exactMatch, from, to, Cap + 1, cancellationToken)).ToHashSet();
                foreach (var row in scored)
                {
                    row.Exact = exact.Contains(row.Id);
                }
            }
        }
        else
        {
            // Every match's rowid, up to the cap: the count, and the text tier's rows.
            var all = await RowidsAsync(db, match, from, to, Cap + 1, cancellationToken);
            count = all.Count;
            scored = count == 0 ? [] : await TiersAsync(db, match, exactMatch, kind, all, top, cancellationToken);
        }

        return new KindMatches(kind, scored.OrderBy(r => r.Rank).ThenBy(r => r.Id).Take(top).ToList(), Math.Min(count, Cap), count > Cap);
    }

    /// <summary>
    /// The best <paramref name="top"/> matches of a query with too many postings for bm25, in the order the tiers
    /// give: title matches, then other-name matches, then the rest (<paramref name="all"/>, the first matches in
    /// rowid order), and within each tier the words as typed (<paramref name="exactMatch"/>) before other forms
    /// only, each in rowid order. Every statement has a LIMIT of the rows still wanted, so each stops at what is
    /// shown: the exact forms are asked tier by tier for the rows that can still be shown, not for every match.
    /// </summary>
    private static async Task<List<ScoredRow>> TiersAsync(AppDbContext db, string match, string? exactMatch, string kind, List<long> all, int top, CancellationToken cancellationToken)
    {
        var (from, to) = RowidRange(kind);
        var ids = new HashSet<long>();
        var scored = new List<ScoredRow>();
        // Paragraphs have no title.
        string?[] columns = kind == "paragraph" ? ["aliases", null] : ["title", "aliases", null];
        foreach (var column in columns)
        {
            var tier = column switch { "title" => TitleTier, "aliases" => AliasTier, _ => BodyTier };
            // Without other forms every match is as typed; with them, the rows as typed first, then the rest.
            foreach (var (words, exact) in exactMatch is null ? [(match, true)] : new[] { (exactMatch, true), (match, false) })
            {
                if (scored.Count >= top)
                {
                    return scored;
                }

                // top rows fill what is left even when every row already taken is among them.
                IEnumerable<long> rows = column is not null ? await NameRowidsAsync(db, $"{{{column}}} : ({words})", from, to, top, cancellationToken)
                    : exact && exactMatch is not null ? await RowidsAsync(db, words, from, to, top, cancellationToken)
                    : all.Take(Cap);
                foreach (var id in rows.Where(ids.Add))
                {
                    scored.Add(new ScoredRow { Id = id, Score = tier, Exact = exact });
                }
            }
        }

        return scored;
    }

    /// <summary>
    /// The matches of each of <paramref name="kinds"/>, as <see cref="ScoreAsync"/> gives them one kind at a time.
    /// A query with no more postings than <see cref="Cap"/> can't have more matches than that in any kind (nor in
    /// all of them), so nothing needs a per-kind cap: it is scored by one statement over the kinds' rowids, with
    /// the exact matches flagged in the same statement, instead of two statements per kind (most queries on
    /// the real corpus, where the fixed cost of a statement was most of a search's time: docs/search.md#speed).
    /// Scores, order and counts are the same either way.
    /// </summary>
    public static async Task<List<KindMatches>> ScoreKindsAsync(AppDbContext db, SearchPlan plan, IReadOnlyList<string> kinds, bool anyWord = false, int top = Cap, CancellationToken cancellationToken = default)
    {
        var contiguous = kinds.Count > 0 && kinds.Select(k => Array.IndexOf(_kinds, k)).SequenceEqual(Enumerable.Range(Array.IndexOf(_kinds, kinds[0]), kinds.Count));
        if (plan.Postings > Cap || !contiguous)
        {
            var each = new List<KindMatches>();
            foreach (var kind in kinds)
            {
                each.Add(await ScoreAsync(db, plan, kind, anyWord, top, cancellationToken));
            }

            return each;
        }

        var (from, to) = (RowidRange(kinds[0]).From, RowidRange(kinds[^1]).To);
        var (match, exactMatch) = Matches(plan, anyWord);
        // Without other forms to tell apart, every match is exact.
        var sql = exactMatch is null
            ? """
                SELECT rowid, bm25(SearchIndex, 0, 0, 0, 0, 10.0, 1.0, 4.0), 1
                FROM SearchIndex WHERE SearchIndex MATCH $match AND rowid >= $from AND rowid < $to
                """
            : """
                SELECT rowid, bm25(SearchIndex, 0, 0, 0, 0, 10.0, 1.0, 4.0),
                       rowid IN (SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH $exact AND rowid >= $from AND rowid < $to)
                FROM SearchIndex WHERE SearchIndex MATCH $match AND rowid >= $from AND rowid < $to
                """;
        var rows = await ReadAsync(db, sql, r => new ScoredRow { Id = r.GetInt64(0), Score = r.GetDouble(1), Exact = r.GetInt64(2) != 0 }, cancellationToken,
            [("$match", match), ("$from", from), ("$to", to), .. exactMatch is null ? [] : new[] { ("$exact", (object)exactMatch) }]);
        var byKind = rows.ToLookup(r => KindOf(r.Id));
        return kinds.Select(kind =>
        {
            var scored = byKind[kind].OrderBy(r => r.Rank).ThenBy(r => r.Id).ToList();
            return new KindMatches(kind, scored.Take(top).ToList(), scored.Count, false);
        }).ToList();
    }

    // What is matched (all words, or with anyWord any of them) and what counts as the words as typed: those rank
    // above matches through other forms only (with any word: of all of them); null when nothing tells them apart.
    private static (string Match, string? Exact) Matches(SearchPlan plan, bool anyWord)
    {
        var match = anyWord && plan.AnyWord is { } any ? any : plan.Expanded;
        return (match, plan.HasForms || match != plan.Expanded ? plan.Exact : null);
    }

    private static Task<List<long>> RowidsAsync(AppDbContext db, string match, long from, long to, int limit, CancellationToken cancellationToken) =>
        ReadAsync(db, """
            SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH $match AND rowid >= $from AND rowid < $to LIMIT $limit
            """, r => r.GetInt64(0), cancellationToken, ("$match", match), ("$from", from), ("$to", to), ("$limit", limit));

    /// <summary>
    /// The documents whose names (title, aliases; narrowed by a column filter in <paramref name="match"/>) match, in
    /// rowid order, from SearchName, the names-only index: it holds the postings of the names alone, so a match
    /// there reads only those. The same column filter on SearchIndex reads every posting of the words in the
    /// bodies as well, to look at their columns (at ×1000 the corpus, 2–14 ms a statement for a question
    /// whose words are everywhere but in no title).
    /// </summary>
    public static Task<List<long>> NameRowidsAsync(AppDbContext db, string match, long from, long to, int limit, CancellationToken cancellationToken) =>
        ReadAsync(db, """
            SELECT rowid FROM SearchName WHERE SearchName MATCH $match AND rowid >= $from AND rowid < $to LIMIT $limit
            """, r => r.GetInt64(0), cancellationToken, ("$match", match), ("$from", from), ("$to", to), ("$limit", limit));

    /// <summary>
    /// A read of the index as a plain ADO.NET command on the context's connection, every value bound as a
    /// parameter. Not EF's SqlQuery: for these one-line statements EF's query pipeline (a compiled query and
    /// a materializer per call) cost several times what SQLite does (docs/search.md#speed).
    /// </summary>
    public static async Task<List<T>> ReadAsync<T>(AppDbContext db, string sql, Func<DbDataReader, T> row, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    /// <summary>
    /// What the results show of some matched documents: titles and snippets with the searched words
    /// marked (<see cref="Snippets"/>). Read from the index's content table by rowid — plain B-tree
    /// lookups — because FTS5's highlight() and snippet() would evaluate the MATCH again for each row.
    /// The marking is done when a row's title or snippet is first read, so only the rows shown pay for it.
    /// </summary>
    public static async Task<List<SearchIndexRow>> DetailsAsync(AppDbContext db, SearchPlan plan, IEnumerable<long> ids, CancellationToken cancellationToken = default)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(ids);
        // Which words (as written) matched, across the texts of this search, so each distinct word is folded once.
        var seen = new Dictionary<string, bool>(StringComparer.Ordinal);
        string Mark(string text, int words) => Snippets.Cut(text, plan, words, seen);
        // SearchIndex_content is FTS5's own table of the indexed text: c0…c6 are the columns in DDL order.
        return await ReadAsync(db, """
            SELECT id, c0, c1, c2, c3, c4, c5, c6
            FROM SearchIndex_content WHERE id IN (SELECT value FROM json_each($ids))
            """, r => new SearchIndexRow
        {
            Id = r.GetInt64(0),
            Kind = r.GetString(1),
            Slug = r.GetString(2),
            Anchor = r.GetString(3),
            Label = r.GetString(4),
            PlainTitle = r.GetString(5),
            Body = r.GetString(6),
            Aliases = r.GetString(7),
            Marker = Mark,
        }, cancellationToken, ("$ids", json));
    }

    /// <summary>The slugs of one kind of document matching the query, best first, with their snippets.</summary>
    public static async Task<List<(string Slug, string Snippet)>> MatchAsync(AppDbContext db, SearchPlan plan, string kind, CancellationToken cancellationToken = default)
    {
        var matches = await ScoreAsync(db, plan, kind, cancellationToken: cancellationToken);
        var details = (await DetailsAsync(db, plan, matches.Rows.Select(r => r.Id), cancellationToken)).ToDictionary(d => d.Id);
        return Promote(matches.Rows.Where(r => details.ContainsKey(r.Id)).Select(r => details[r.Id]), plan).Select(r => (r.Slug, r.Snippet)).ToList();
    }

    /// <summary>Is this document named exactly what the reader searched for (its title or one of its other names)?</summary>
    public static bool IsNamed(SearchIndexRow row, SearchPlan plan) => row.NameKeys.Contains(plan.Key);

    /// <summary>
    /// Is this item's name (or other name) what the reader is still typing ("kash" → Kashmir)? Only for
    /// a last word that is not a whole word of the index, so "Iran" doesn't favour "Iran-Pakistan …".
    /// </summary>
    public static bool IsNameStart(SearchIndexRow row, SearchPlan plan) =>
        plan.Partial && row.Kind != "paragraph" && row.NameKeys.Any(k => k.StartsWith(plan.Key, StringComparison.Ordinal));

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

/// <summary>
/// The best scored matches of one kind, best first; <see cref="Count"/>: how many match (at most
/// <see cref="SearchIndex.Cap"/>), <see cref="More"/> when there were more than that.
/// </summary>
public sealed record KindMatches(string Kind, IReadOnlyList<ScoredRow> Rows, int Count, bool More);

/// <summary>
/// One row of the index as the results show it: <see cref="Title"/> and the snippets carry <see cref="Highlight"/>
/// markers, made by <see cref="Marker"/> on first read.
/// </summary>
public sealed class SearchIndexRow
{
    private string? _title, _snippet, _aliasSnippet;
    private IReadOnlyList<string>? _nameKeys;

    public long Id { get; init; }
    public string Kind { get; init; } = "";
    public string Slug { get; init; } = "";
    public string Anchor { get; init; } = "";
    public string Label { get; init; } = "";

    /// <summary>The title as indexed, without markers.</summary>
    public string PlainTitle { get; init; } = "";

    /// <summary>The text as indexed.</summary>
    public string Body { get; init; } = "";

    /// <summary>The other names, joined by " · ".</summary>
    public string Aliases { get; init; } = "";

    /// <summary>Marks the searched words in a text and cuts it to about so many words (<see cref="Snippets.Cut"/>).</summary>
    public Func<string, int, string> Marker { get; init; } = (text, _) => text;

    /// <summary>The whole title, searched words marked.</summary>
    public string Title => _title ??= Marker(PlainTitle, int.MaxValue);

    /// <summary>About 28 words of the text around its best stretch of matches.</summary>
    public string Snippet => _snippet ??= Marker(Body, 28);

    /// <summary>About 6 words of the other names around a match.</summary>
    public string AliasSnippet => _aliasSnippet ??= Marker(Aliases, 6);

    /// <summary>
    /// The folded keys of what the document is called: its title, and for actors and places their other
    /// names. Computed once per row: ranking asks for them several times.
    /// </summary>
    public IReadOnlyList<string> NameKeys => _nameKeys ??=
        [TextFolding.Key(PlainTitle), .. Kind is "actor" or "place" ? Aliases.Split(" · ").Select(TextFolding.Key) : []];
}
