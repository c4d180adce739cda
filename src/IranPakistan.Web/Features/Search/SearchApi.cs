using IranPakistan.Web.Shared.FullText;
using IranPakistan.Web.Shared.Text;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Search;

/// <summary>/api/search: the same query as /search, as JSON.</summary>
public static class SearchApi
{
    /// <summary>Snippet and title are HTML: encoded text with the matched words in &lt;mark&gt;.</summary>
    public sealed record SearchHitDto(string Kind, string Slug, int? Paragraph, string Title, string TitleHtml, string SnippetHtml, string? AliasMatch, string Url);

    public sealed record SearchGroupDto(string Kind, string Heading, int Count, IReadOnlyList<SearchHitDto> Hits);

    public sealed record SearchResultDto(string Query, string Match, string? Kind, int Total, IReadOnlyList<SearchGroupDto> Groups);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/search", async (string? q, string? kind, SearchQueries queries, CancellationToken ct) =>
        {
            if (FtsQuery.Parse(q) is not { } query)
            {
                return BadRequest("Nothing to search for", FtsQuery.EmptyMessage);
            }

            if (!string.IsNullOrEmpty(kind) && !SearchKinds.All.Contains(kind))
            {
                return BadRequest("Unknown kind", $"'kind' must be one of: {string.Join(", ", SearchKinds.All)}.");
            }

            var result = await queries.SearchAsync(query, string.IsNullOrEmpty(kind) ? null : kind, ct);
            return Results.Ok(new SearchResultDto(
                q!, query.Match, result.Kind, result.Total,
                result.Groups.Select(g => new SearchGroupDto(g.Kind, g.Heading, g.Count, g.Hits.Select(h => new SearchHitDto(
                    h.Kind, h.Slug, h.Paragraph, Highlight.Plain(h.Title), Highlight.ToHtml(h.Title), Highlight.ToHtml(h.Snippet), h.AliasMatch, h.Href)).ToList())).ToList()));
        });

        return api;
    }
}
