using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Facets;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Notes;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Features.Agreements;

/// <summary>/api/agreements: the same queries as /agreements, as JSON.</summary>
public static class AgreementsApi
{
    public sealed record FacetValueDto(string Value, string Label, int Count, bool Selected);

    public sealed record AgreementSummaryDto(
        string Slug, string Title, string Kind, string Status, DateDto? Date, string Summary,
        string? SnippetHtml, IReadOnlyList<string> Parties, string Between, IReadOnlyList<string> Topics, string? Event, string Url);

    public sealed record AgreementListDto(
        int Total, IReadOnlyList<AgreementSummaryDto> Items, IReadOnlyList<FacetValueDto> Kind, IReadOnlyList<FacetValueDto> Status,
        IReadOnlyList<FacetValueDto> Topic, IReadOnlyList<FacetValueDto> Party, IReadOnlyList<FacetValueDto> Between);

    public sealed record AgreementDto(
        string Slug, string Title, string Kind, string Status, string? StatusQuote, DateDto? Date, string Summary,
        IReadOnlyList<string> Parties, IReadOnlyList<string> Topics, string? Event, IReadOnlyList<CitationDto> Citations)
    {
        /// <summary>Editor's notes about the agreement or the sentences its quotes come from (never part of the facts).</summary>
        public IReadOnlyList<NoteDto> Notes { get; init; } = [];
    }

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/agreements", async (string? q, string? kind, string? status, string? topic, string? party, string? between, string? sort, AgreementQueries queries, CancellationToken ct) =>
        {
            var m = await queries.ListAsync(AgreementFilter.Parse(q, kind, status, topic, party, between, sort), ct);
            if (m.Errors.Count > 0)
            {
                return JsonApi.BadRequest("Bad filter", string.Join(" ", m.Errors));
            }

            return Results.Ok(new AgreementListDto(
                m.Items.Count,
                m.Items.Select(i => ToSummary(i.Agreement, i.Snippet)).ToList(),
                ToDto(m.Kind), ToDto(m.Status), ToDto(m.Topic), ToDto(m.Party), ToDto(m.Between)));
        });

        api.MapGet("/agreements/{slug}", async (string slug, AgreementQueries queries, NoteIndex noteIndex, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new AgreementDto(
                    m.Agreement.Slug, m.Agreement.Title, m.Agreement.Kind, m.Agreement.Status, m.Agreement.StatusQuote, DateDto.FromOptional(PartialDate.Of(m.Agreement)), m.Agreement.Summary,
                    m.Agreement.Parties.Select(p => p.Slug).ToList(), m.Agreement.Topics.Select(t => t.Slug).ToList(),
                    m.Agreement.Event?.Slug, JsonApi.ToDto(m.Citations))
                {
                    Notes = JsonApi.ToDto((await noteIndex.GetAsync(ct)).For("agreement", m.Agreement.Slug, m.Citations)),
                })
                : JsonApi.NotFound("agreement", slug));

        return api;
    }

    private static AgreementSummaryDto ToSummary(Agreement a, string? snippet) => new(
        a.Slug, a.Title, a.Kind, a.Status, DateDto.FromOptional(PartialDate.Of(a)), a.Summary,
        snippet is null ? null : Highlight.ToHtml(snippet),
        a.Parties.Select(p => p.Slug).ToList(), AgreementScope.Of(a), a.Topics.Select(t => t.Slug).ToList(), a.Event?.Slug, Urls.Agreement(a.Slug));

    private static List<FacetValueDto> ToDto(Facet facet) =>
        facet.Options.Select(o => new FacetValueDto(o.Value, o.Label, o.Count, o.Selected)).ToList();
}
