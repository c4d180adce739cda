using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.Text;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Shared.FullText;

/// <summary>
/// The low-level reads of the FTS5 SearchIndex table that more than one feature needs: search ranks
/// every kind, the agreements tracker narrows its list by full text. The MATCH expression always comes
/// from <see cref="FtsQuery"/> and is bound as a parameter (FormattableString → SqliteParameter).
/// </summary>
public static class SearchIndex
{
    /// <summary>The slugs of one kind of document matching the query, best first, with their snippets.</summary>
    public static async Task<List<(string Slug, string Snippet)>> MatchAsync(AppDbContext db, FtsQuery query, string kind, CancellationToken cancellationToken = default)
    {
        var rows = await db.Database.SqlQuery<SearchIndexRow>($"""
            SELECT kind AS Kind, slug AS Slug, anchor AS Anchor, label AS Label, title AS Title,
                   snippet(SearchIndex, 5, {Highlight.Open}, {Highlight.Close}, '…', 28) AS Snippet,
                   NULL AS AliasSnippet, bm25(SearchIndex, 0, 0, 0, 0, 10.0, 1.0, 4.0) AS Score, 0 AS Total
            FROM SearchIndex WHERE SearchIndex MATCH {query.Match} AND kind = {kind}
            ORDER BY Score
            """).ToListAsync(cancellationToken);
        return Promote(rows, query).Select(r => (r.Slug, r.Snippet)).ToList();
    }

    // An exact title match goes first whatever bm25 says ("Taftan" the place before paragraphs about it).
    // Done here rather than in SQL so the database never reads stored titles for every match.
    public static IEnumerable<SearchIndexRow> Promote(IEnumerable<SearchIndexRow> rows, FtsQuery query) =>
        rows.OrderByDescending(r => FtsQuery.TitleKey(Highlight.Plain(r.Title)) == query.Key);
}

/// <summary>One row of the index as the queries read it; Title and the snippets carry <see cref="Highlight"/> markers.</summary>
public sealed class SearchIndexRow
{
    public string Kind { get; init; } = "";
    public string Slug { get; init; } = "";
    public string Anchor { get; init; } = "";
    public string Label { get; init; } = "";
    public string Title { get; init; } = "";
    public string Snippet { get; init; } = "";
    public string? AliasSnippet { get; init; }
    public double Score { get; init; }
    public long Total { get; init; }
}
