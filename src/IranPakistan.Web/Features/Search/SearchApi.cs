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

    public sealed record SearchKindCountDto(string Kind, string Heading, int Count);

    /// <summary>The list shape (hits ranked within each kind, kinds in the page's order), with the query as run and the count per kind.</summary>
    public sealed record SearchResultDto(IReadOnlyList<SearchHitDto> Items, int Total, int Page, int PageSize, PageLinksDto Links, string Query, string Match, string? Kind, IReadOnlyList<SearchKindCountDto> Kinds)
        : ListDto<SearchHitDto>(Items, Total, Page, PageSize, Links);

    public sealed record SearchHitRow(string Kind, string Slug, int? Paragraph, string Title, string Snippet, string? AliasMatch, string Url);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/search", async (string? q, string? kind, int? page, int? pageSize, string? format, SearchQueries queries, SiteAddress site, HttpContext context, CancellationToken ct) =>
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

            var result = await queries.SearchAsync(query, string.IsNullOrEmpty(kind) ? null : kind, ct);
            var hits = result.Groups.SelectMany(g => g.Hits).Select(h => new SearchHitDto(
                h.Kind, h.Slug, h.Paragraph, Highlight.Plain(h.Title), Highlight.ToHtml(h.Title), Highlight.Plain(h.Snippet), Highlight.ToHtml(h.Snippet), h.AliasMatch, site.Absolute(h.Href))).ToList();
            var kinds = result.Groups.Select(g => new SearchKindCountDto(g.Kind, g.Heading, g.Count)).ToList();
            return List(hits, paging, format, context, "search.csv",
                h => new SearchHitRow(h.Kind, h.Slug, h.Paragraph, h.Title, h.Snippet, h.AliasMatch, h.Url),
                list => new SearchResultDto(list.Items, list.Total, list.Page, list.PageSize, list.Links, q!, query.Match, result.Kind, kinds));
        })
            .ListOf<SearchResultDto>("search", "Everything, ranked (SQLite FTS5, bm25), with highlighted snippets, like /search")
            .Parameters(
                new ApiParameterDoc("q", "What to search for: words, \"phrases\", prefix*. Required; aliases and spelling variants match."),
                new ApiParameterDoc("kind", "Only hits of this kind.", SearchKinds.All));

        return api;
    }
}
