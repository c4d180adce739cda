using IranPakistan.Web.Components.Pages.Agreements;
using IranPakistan.Web.Components.Pages.Search;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.FullText;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Api;

/// <summary>/api/search and /api/agreements: the same queries as /search and /agreements, as JSON.</summary>
public static class SearchApi
{
    /// <summary>Snippet and title are HTML: encoded text with the matched words in &lt;mark&gt;.</summary>
    public sealed record SearchHitDto(string Kind, string Slug, int? Paragraph, string Title, string TitleHtml, string SnippetHtml, string? AliasMatch, string Url);

    public sealed record SearchGroupDto(string Kind, string Heading, int Count, IReadOnlyList<SearchHitDto> Hits);

    public sealed record SearchResultDto(string Query, string Match, string? Kind, int Total, IReadOnlyList<SearchGroupDto> Groups);

    public sealed record FacetValueDto(string Value, string Label, int Count, bool Selected);

    public sealed record AgreementSummaryDto(
        string Slug, string Title, string Kind, string Status, string? Date, string? DateText, string Summary,
        string? SnippetHtml, IReadOnlyList<string> Parties, IReadOnlyList<string> Topics, string? Event, string Url);

    public sealed record AgreementListDto(
        int Total, IReadOnlyList<AgreementSummaryDto> Items, IReadOnlyList<FacetValueDto> Kind, IReadOnlyList<FacetValueDto> Status,
        IReadOnlyList<FacetValueDto> Topic, IReadOnlyList<FacetValueDto> Party);

    public sealed record AgreementDto(
        string Slug, string Title, string Kind, string Status, string? Date, string? DateText, string Summary,
        IReadOnlyList<string> Parties, IReadOnlyList<string> Topics, string? Event, IReadOnlyList<ContentApi.CitationDto> Citations);

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder api)
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

        api.MapGet("/agreements", async (string? q, string? kind, string? status, string? topic, string? party, AgreementQueries queries, CancellationToken ct) =>
        {
            var m = await queries.ListAsync(new AgreementFilter(q, Blank(kind), Blank(status), Blank(topic), Blank(party)), ct);
            if (m.Errors.Count > 0)
            {
                return BadRequest("Bad filter", string.Join(" ", m.Errors));
            }

            return Results.Ok(new AgreementListDto(
                m.Items.Count,
                m.Items.Select(i => ToSummary(i.Agreement, i.Snippet)).ToList(),
                ToDto(m.Kinds), ToDto(m.Statuses), ToDto(m.Topics), ToDto(m.Parties)));
        });

        api.MapGet("/agreements/{slug}", async (string slug, AgreementQueries queries, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new AgreementDto(
                    m.Agreement.Slug, m.Agreement.Title, m.Agreement.Kind, m.Agreement.Status, FuzzyDate.Of(m.Agreement)?.Iso,
                    FuzzyDate.Of(m.Agreement)?.Text, m.Agreement.Summary,
                    m.Agreement.Parties.Select(p => p.Slug).ToList(), m.Agreement.Topics.Select(t => t.Slug).ToList(),
                    m.Agreement.Event?.Slug, ContentApi.ToDto(m.Citations)))
                : ContentApi.NotFound("agreement", slug));

        return api;
    }

    private static AgreementSummaryDto ToSummary(Agreement a, string? snippet) => new(
        a.Slug, a.Title, a.Kind, a.Status, FuzzyDate.Of(a)?.Iso, FuzzyDate.Of(a)?.Text, a.Summary,
        snippet is null ? null : Highlight.ToHtml(snippet),
        a.Parties.Select(p => p.Slug).ToList(), a.Topics.Select(t => t.Slug).ToList(), a.Event?.Slug, $"/agreements/{a.Slug}");

    private static List<FacetValueDto> ToDto(IEnumerable<FacetValue> values) =>
        values.Select(v => new FacetValueDto(v.Value, v.Label, v.Count, v.Selected)).ToList();

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static IResult BadRequest(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);
}
