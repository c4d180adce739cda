using IranPakistan.Web.Shared.FullText;
using IranPakistan.Web.Shared.Text;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Search;

/// <summary>/api/search: the same query as /search, as JSON.</summary>
public static class SearchApi
{
    /// <summary>
    /// Snippet and title are HTML: encoded text with the matched words in &lt;mark&gt;. <c>NativeNames</c>:
    /// an actor's or place's names in Persian and Urdu with their language tags; <c>NativeMatch</c>: the
    /// one the query matched, when a native name is what found the result.
    /// </summary>
    public sealed record SearchHitDto(string Kind, string Slug, int? Paragraph, string Title, IReadOnlyList<NativeName> NativeNames, string TitleHtml, string SnippetHtml, string? AliasMatch, NativeName? NativeMatch, string Url);

    /// <summary><c>More</c>: the kind has more than <c>Count</c> hits (counting stops at the cap).</summary>
    public sealed record SearchGroupDto(string Kind, string Heading, int Count, bool More, IReadOnlyList<SearchHitDto> Hits);

    /// <summary>
    /// <c>DidYouMean</c>: a word was not in the index, so these (corrected) words were searched instead;
    /// <c>verbatim=1</c> searches exactly what was typed. <c>Best</c>: the best hits of any kind.
    /// </summary>
    public sealed record SearchResultDto(string Query, string Match, string? DidYouMean, string? Kind, int Total, bool More, IReadOnlyList<SearchHitDto> Best, IReadOnlyList<SearchGroupDto> Groups);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/search", async (string? q, string? kind, string? verbatim, SearchQueries queries, CancellationToken ct) =>
        {
            if (FtsQuery.Parse(q) is not { } query)
            {
                return BadRequest("Nothing to search for", FtsQuery.EmptyMessage);
            }

            if (!string.IsNullOrEmpty(kind) && !SearchKinds.All.Contains(kind))
            {
                return BadRequest("Unknown kind", $"'kind' must be one of: {string.Join(", ", SearchKinds.All)}.");
            }

            var result = await queries.SearchAsync(query, string.IsNullOrEmpty(kind) ? null : kind, verbatim is "1" or "true", ct);
            return Results.Ok(new SearchResultDto(
                q!, result.Plan.Expanded, result.Plan.Correction, result.Kind, result.Total, result.More,
                result.Best.Select(Dto).ToList(),
                result.Groups.Select(g => new SearchGroupDto(g.Kind, g.Heading, g.Count, g.More, g.Hits.Select(Dto).ToList())).ToList()));
        });

        return api;
    }

    private static SearchHitDto Dto(SearchHit h) =>
        new(h.Kind, h.Slug, h.Paragraph, Highlight.Plain(h.Title), h.NativeNames, Highlight.ToHtml(h.Title), Highlight.ToHtml(h.Snippet), h.AliasMatch, h.NativeMatch, h.Href);
}
