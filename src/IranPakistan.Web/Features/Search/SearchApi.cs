using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.FullText;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Text;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Search;

/// <summary>/api/search: the same query as /search, as JSON or CSV.</summary>
public static class SearchApi
{
    /// <summary><c>titleHtml</c> and <c>snippetHtml</c> are HTML: encoded text with the matched words in &lt;mark&gt;; <c>title</c> and <c>snippet</c> are plain text.</summary>
    public sealed record SearchHitDto(string Kind, string Slug, int? Paragraph, string Title, string TitleHtml, string Snippet, string SnippetHtml, string? AliasMatch, string Url);

    /// <summary>How many hits one kind has; <c>more</c>: more than <c>count</c> (counting stops at the cap).</summary>
    public sealed record SearchKindCountDto(string Kind, string Heading, int Count, bool More);

    /// <summary>
    /// The list shape: <c>items</c> are the hits the page lists, ranked within each kind, kinds in the page's order.
    /// Around it, the query as run: <c>match</c> (the FTS5 expression), <c>didYouMean</c> (a word was not in the
    /// index, so these corrected words were searched instead; <c>verbatim=1</c> searches exactly what was typed),
    /// <c>best</c> (the few best hits of any kind, what the page shows first) and the count per kind.
    /// </summary>
    public sealed record SearchResultDto(
        IReadOnlyList<SearchHitDto> Items, int Total, int Page, int PageSize, PageLinksDto Links,
        string Query, string Match, string? DidYouMean, string? Kind, bool More, IReadOnlyList<SearchHitDto> Best, IReadOnlyList<SearchKindCountDto> Kinds)
        : ListDto<SearchHitDto>(Items, Total, Page, PageSize, Links);

    /// <summary>One hit as a CSV row.</summary>
    public sealed record SearchHitRow(string Kind, string Slug, int? Paragraph, string Title, string Snippet, string? AliasMatch, string Url);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/search", async (
            string? q, string? kind, string? verbatim, int? page, int? pageSize, string? format,
            SearchQueries queries, SiteAddress site, HttpContext context, CancellationToken ct) =>
        {
            if (CheckList(page, pageSize, format, out var paging) is { } bad)
            {
                return bad;
            }

            if (FtsQuery.Parse(q) is not { } query)
            {
                return BadRequest("Nothing to search for", FtsQuery.EmptyMessage);
            }

            if (!string.IsNullOrEmpty(kind) && !SearchKinds.All.Contains(kind))
            {
                return BadRequest("Unknown kind", $"'kind' must be one of: {string.Join(", ", SearchKinds.All)}.");
            }

            var result = await queries.SearchAsync(query, string.IsNullOrEmpty(kind) ? null : kind, verbatim is "1" or "true", ct);
            var hits = result.Groups.SelectMany(g => g.Hits).Select(h => Dto(h, site)).ToList();
            var best = result.Best.Select(h => Dto(h, site)).ToList();
            var kinds = result.Groups.Select(g => new SearchKindCountDto(g.Kind, g.Heading, g.Count, g.More)).ToList();
            return List(hits, paging, format, context, "search.csv",
                h => new SearchHitRow(h.Kind, h.Slug, h.Paragraph, h.Title, h.Snippet, h.AliasMatch, h.Url),
                list => new SearchResultDto(
                    list.Items, list.Total, list.Page, list.PageSize, list.Links,
                    q!, result.Plan.Expanded, result.Plan.Correction, result.Kind, result.More, best, kinds));
        })
            .ListOf<SearchResultDto>("search", "Everything, ranked (SQLite FTS5, bm25), with highlighted snippets, like /search")
            .Parameters(
                new ApiParameterDoc("q", "What to search for: words, \"phrases\", prefix*. Required; word forms, aliases and spelling variants match, and a misspelt word is corrected."),
                new ApiParameterDoc("kind", "Only hits of this kind.", SearchKinds.All),
                new ApiParameterDoc("verbatim", "1: search exactly what was typed, without correcting a misspelt word.", ["1"]));

        return api;
    }

    private static SearchHitDto Dto(SearchHit h, SiteAddress site) => new(
        h.Kind, h.Slug, h.Paragraph, Highlight.Plain(h.Title), Highlight.ToHtml(h.Title), Highlight.Plain(h.Snippet), Highlight.ToHtml(h.Snippet),
        h.AliasMatch, site.Absolute(h.Href));
}
