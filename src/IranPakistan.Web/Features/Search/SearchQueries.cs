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
    public static readonly IReadOnlyList<string> All = ["topic", "event", "agreement", "actor", "place", "paragraph"];

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

/// <summary>One search result. Title and Snippet carry <see cref="Highlight"/> markers.</summary>
public sealed record SearchHit(string Kind, string Slug, int? Paragraph, string Title, string Snippet, string? AliasMatch, string Href);

public sealed record SearchGroup(string Kind, string Heading, int Count, IReadOnlyList<SearchHit> Hits);

public sealed record SearchResult(FtsQuery Query, string? Kind, int Total, IReadOnlyList<SearchGroup> Groups);

public sealed record Suggestion(string Kind, string Title, string Href);

/// <summary>
/// Full-text search over the FTS5 SearchIndex table. The MATCH expression always comes from
/// <see cref="FtsQuery"/> and is bound as a parameter (FormattableString → SqliteParameter).
/// </summary>
public sealed class SearchQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int PerKind = 10;
    public const int PerKindWhenFiltered = 100;

    /// <summary>The best hits of each kind with the number of hits per kind, or of one kind only.</summary>
    public async Task<SearchResult> SearchAsync(FtsQuery query, string? kind = null, CancellationToken cancellationToken = default)
    {
        var perKind = kind is null ? PerKind : PerKindWhenFiltered;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // bm25 weights, one per column: kind, slug, anchor, label (unindexed), title, body, aliases.
        // Window functions can't call bm25() directly, hence the materialised CTE.
        var rows = await db.Database.SqlQuery<SearchIndexRow>($"""
            WITH hits AS MATERIALIZED (
                SELECT rowid AS id, kind, bm25(SearchIndex, 0, 0, 0, 0, 10.0, 1.0, 4.0) AS score
                FROM SearchIndex WHERE SearchIndex MATCH {query.Match} AND ({kind} IS NULL OR kind = {kind})),
            ranked AS (
                SELECT id, score, row_number() OVER (PARTITION BY kind ORDER BY score) AS n,
                       count(*) OVER (PARTITION BY kind) AS total
                FROM hits)
            SELECT s.kind AS Kind, s.slug AS Slug, s.anchor AS Anchor, s.label AS Label,
                   highlight(SearchIndex, 4, {Highlight.Open}, {Highlight.Close}) AS Title,
                   snippet(SearchIndex, 5, {Highlight.Open}, {Highlight.Close}, '…', 28) AS Snippet,
                   snippet(SearchIndex, 6, {Highlight.Open}, {Highlight.Close}, '…', 6) AS AliasSnippet,
                   ranked.score AS Score, ranked.total AS Total
            FROM SearchIndex AS s JOIN ranked ON ranked.id = s.rowid
            WHERE SearchIndex MATCH {query.Match} AND ranked.n <= {perKind}
            ORDER BY ranked.score
            """).ToListAsync(cancellationToken);

        var groups = rows.GroupBy(r => r.Kind)
            .OrderBy(g => IndexOf(g.Key))
            .Select(g => new SearchGroup(g.Key, SearchKinds.Heading(g.Key), (int)g.First().Total, SearchIndex.Promote(g, query).Select(ToHit).ToList()))
            .ToList();
        return new SearchResult(query, kind, groups.Sum(g => g.Count), groups);
    }

    /// <summary>Up to <paramref name="limit"/> items (not paragraphs) for the header's suggestions.</summary>
    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(FtsQuery query, int limit = 8, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<SearchIndexRow>($"""
            SELECT kind AS Kind, slug AS Slug, anchor AS Anchor, label AS Label, title AS Title, '' AS Snippet,
                   NULL AS AliasSnippet, bm25(SearchIndex, 0, 0, 0, 0, 10.0, 1.0, 4.0) AS Score, 0 AS Total
            FROM SearchIndex WHERE SearchIndex MATCH {query.Match} AND kind <> 'paragraph'
            ORDER BY Score LIMIT {limit * 2}
            """).ToListAsync(cancellationToken);
        return SearchIndex.Promote(rows, query).Take(limit).Select(r => new Suggestion(r.Kind, r.Title, Href(r, null))).ToList();
    }

    private static int IndexOf(string kind) => SearchKinds.All.ToList().IndexOf(kind);

    private static SearchHit ToHit(SearchIndexRow r)
    {
        var paragraph = int.TryParse(r.Anchor, out var n) ? n : (int?)null;
        var title = r.Kind == "paragraph" ? $"Paragraph {paragraph} · {r.Label}" : r.Title;

        // When only another spelling matched (the text says "Chahbahar", the reader typed "Chabahar"), say so.
        var aliasMatch = !Highlight.HasMatch(r.Title) && !Highlight.HasMatch(r.Snippet) && Highlight.FirstMatch(r.AliasSnippet) is { } alias
            ? alias
            : null;
        return new SearchHit(r.Kind, r.Slug, paragraph, title, r.Snippet, aliasMatch, Href(r, Highlight.FirstMatch(r.Snippet)));
    }

    private static string Href(SearchIndexRow r, string? matched) => r.Kind switch
    {
        "topic" => Urls.Topic(r.Slug),
        "event" => Urls.Event(r.Slug),
        "agreement" => Urls.Agreement(r.Slug),
        "actor" => Urls.Actor(r.Slug),
        "place" => Urls.Place(r.Slug),
        // A paragraph's anchor is its number (SearchIndexBuilder); the words it matched are highlighted in the reader.
        _ => Urls.Quote(r.Slug, int.Parse(r.Anchor, CultureInfo.InvariantCulture), matched is null ? [] : [matched]),
    };
}
