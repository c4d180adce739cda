using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Notes;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Topics;

/// <summary>/api/topics: the topics as JSON or CSV, from the same queries as the pages.</summary>
public static class TopicsApi
{
    public sealed record TopicSummaryDto(string Slug, string Title, string Summary, string Url);

    public sealed record TopicDto(string Slug, string Title, string Summary, IReadOnlyList<ClaimDto> Overview, IReadOnlyList<FigureDto> Figures, IReadOnlyList<string> Actors, IReadOnlyList<string> Places, IReadOnlyList<string> Events, IReadOnlyList<string> Agreements, string Url);

    public sealed record ClaimDto(string Text, IReadOnlyList<CitationDto> Citations)
    {
        /// <summary>Editor's notes about the sentences the claim's quotes come from (never part of the claim).</summary>
        public IReadOnlyList<NoteDto> Notes { get; init; } = [];
    }

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/topics", async (int? page, int? pageSize, string? format, TopicQueries queries, SiteAddress site, HttpContext context, CancellationToken ct) =>
            CheckList(page, pageSize, format, out var paging) ?? List(
                await AllAsync(queries, site, ct),
                paging, format, context, "topics", t => t))
            .ListOf<ListDto<TopicSummaryDto>>("listTopics", "The topics, in the explorer's order");

        api.MapGet("/topics/{slug}", async (string slug, TopicQueries queries, NoteIndex noteIndex, SiteAddress site, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m && await noteIndex.GetAsync(ct) is { } notes
                ? Results.Ok(new TopicDto(
                    m.Topic.Slug, m.Topic.Title, m.Topic.Summary,
                    m.Claims.Select(c => new ClaimDto(c.Text, JsonApi.ToDto(c.Citations, site)) { Notes = JsonApi.ToDto(notes.For(null, null, c.Citations), site) }).ToList(),
                    m.Figures.Select(f => FigureDto.From(f.Figure, m.Topic.Slug, f.Citations, site)).ToList(),
                    m.Actors.Select(a => a.Slug).ToList(),
                    m.Places.Select(p => p.Slug).ToList(),
                    m.Events.Select(e => e.Slug).ToList(),
                    m.Agreements.Select(a => a.Slug).ToList(),
                    site.Absolute(Urls.Topic(m.Topic.Slug))))
                : NotFound("topic", slug))
            .ItemOf<TopicDto>("getTopic", "One topic: the overview (each claim cited), its figures and what it covers");

        return api;
    }

    /// <summary>Every topic, in the explorer's order.</summary>
    public static async Task<List<TopicSummaryDto>> AllAsync(TopicQueries queries, SiteAddress site, CancellationToken ct) =>
        (await queries.ListAsync(ct)).Select(t => new TopicSummaryDto(t.Slug, t.Title, t.Summary, site.Absolute(Urls.Topic(t.Slug)))).ToList();
}
