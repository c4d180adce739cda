using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Facets;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Text;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Agreements;

/// <summary>/api/agreements: the same queries as /agreements, as JSON or CSV.</summary>
public static class AgreementsApi
{
    public sealed record FacetValueDto(string Value, string Label, int Count, bool Selected);

    public sealed record FacetsDto(
        IReadOnlyList<FacetValueDto> Kind, IReadOnlyList<FacetValueDto> Status, IReadOnlyList<FacetValueDto> Topic,
        IReadOnlyList<FacetValueDto> Party, IReadOnlyList<FacetValueDto> Between);

    /// <summary><c>between</c>: bilateral (Iran and Pakistan alone), multilateral (with other parties) or other (one side with a third country).</summary>
    public sealed record AgreementSummaryDto(
        string Slug, string Title, string Kind, string Status, DateDto? Date, string Summary,
        string? SnippetHtml, IReadOnlyList<string> Parties, string Between, IReadOnlyList<string> Topics, string? Event,
        IReadOnlyList<CitationDto> Citations, string Url);

    /// <summary>The list shape, with the facets' counts for the current filter.</summary>
    public sealed record AgreementListDto(IReadOnlyList<AgreementSummaryDto> Items, int Total, int Page, int PageSize, PageLinksDto Links, FacetsDto Facets)
        : ListDto<AgreementSummaryDto>(Items, Total, Page, PageSize, Links);

    public sealed record AgreementDto(
        string Slug, string Title, string Kind, string Status, string? StatusQuote, DateDto? Date, string Summary,
        IReadOnlyList<string> Parties, string Between, IReadOnlyList<string> Topics, string? Event, IReadOnlyList<CitationDto> Citations, string Url);

    /// <summary>One agreement as a CSV row.</summary>
    public sealed record AgreementRow(
        string Slug, string Title, string Kind, string Status, DateOnly? DateEarliest, DateOnly? DateLatest, DatePrecision? DatePrecision,
        string? DateIso, string? DateText, string Summary, string Parties, string Between, string Topics, string? Event, string Citations, string Url);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/agreements", async (
            string? q, string? kind, string? status, string? topic, string? party, string? between, string? sort, int? page, int? pageSize, string? format,
            AgreementQueries queries, SiteAddress site, HttpContext context, CancellationToken ct) =>
        {
            if (CheckList(page, pageSize, format, out var paging) is { } bad)
            {
                return bad;
            }

            var m = await queries.ListAsync(AgreementFilter.Parse(q, kind, status, topic, party, between, sort), ct);
            if (m.Errors.Count > 0)
            {
                return BadRequest("Bad filter", string.Join(" ", m.Errors));
            }

            var facets = new FacetsDto(ToDto(m.Kind), ToDto(m.Status), ToDto(m.Topic), ToDto(m.Party), ToDto(m.Between));
            return List(m.Items.Select(i => ToSummary(i.Agreement, i.Snippet, site)).ToList(), paging, format, context, "agreements.csv", ToRow,
                list => new AgreementListDto(list.Items, list.Total, list.Page, list.PageSize, list.Links, facets));
        })
            .ListOf<AgreementListDto>("listAgreements", "The commitments tracker: agreements, MoUs, projects and targets, searched, filtered and sorted like /agreements")
            .Parameters(
                new ApiParameterDoc("q", "Full-text search (words, \"phrases\", prefix*); aliases and spelling variants match."),
                new ApiParameterDoc("kind", "The kind of agreement.", Vocabulary.AgreementKinds),
                new ApiParameterDoc("status", "What became of it.", Vocabulary.AgreementStatuses),
                new ApiParameterDoc("topic", "A topic slug (see /api/topics)."),
                new ApiParameterDoc("party", "An actor slug (see /api/actors)."),
                new ApiParameterDoc("between", "Who it is between: Iran and Pakistan alone, with other parties, or one side with a third country.", AgreementScope.Values),
                new ApiParameterDoc("sort", "The order: newest first (date, the default), oldest first, or by title, kind, status or parties.", AgreementSort.Values));

        api.MapGet("/agreements/{slug}", async (string slug, AgreementQueries queries, SiteAddress site, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new AgreementDto(
                    m.Agreement.Slug, m.Agreement.Title, m.Agreement.Kind, m.Agreement.Status, m.Agreement.StatusQuote,
                    DateDto.FromOptional(PartialDate.Of(m.Agreement)), m.Agreement.Summary,
                    m.Agreement.Parties.Select(p => p.Slug).ToList(), AgreementScope.Of(m.Agreement), m.Agreement.Topics.Select(t => t.Slug).ToList(),
                    m.Agreement.Event?.Slug, JsonApi.ToDto(m.Citations, site), site.Absolute(Urls.Agreement(m.Agreement.Slug))))
                : NotFound("agreement", slug))
            .ItemOf<AgreementDto>("getAgreement", "One agreement with its parties, topics, the event it came from and its citations");

        return api;
    }

    private static AgreementSummaryDto ToSummary(Agreement a, string? snippet, SiteAddress site) => new(
        a.Slug, a.Title, a.Kind, a.Status, DateDto.FromOptional(PartialDate.Of(a)), a.Summary,
        snippet is null ? null : Highlight.ToHtml(snippet),
        a.Parties.Select(p => p.Slug).ToList(), AgreementScope.Of(a), a.Topics.Select(t => t.Slug).ToList(), a.Event?.Slug,
        JsonApi.ToDto(Shared.Citations.CitationView.From(a.Citations), site), site.Absolute(Urls.Agreement(a.Slug)));

    public static AgreementRow ToRow(AgreementSummaryDto a) => new(
        a.Slug, a.Title, a.Kind, a.Status, a.Date?.Earliest, a.Date?.Latest, a.Date?.Precision, a.Date?.Iso, a.Date?.Text, a.Summary,
        ListCell(a.Parties), a.Between, ListCell(a.Topics), a.Event, CiteCell(a.Citations), a.Url);

    private static List<FacetValueDto> ToDto(Facet facet) =>
        facet.Options.Select(o => new FacetValueDto(o.Value, o.Label, o.Count, o.Selected)).ToList();
}
