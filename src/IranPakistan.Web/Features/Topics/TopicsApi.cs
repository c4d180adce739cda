using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Formatting;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Notes;

namespace IranPakistan.Web.Features.Topics;

/// <summary>/api/topics: the topics as JSON, from the same queries as the pages.</summary>
public static class TopicsApi
{
    public sealed record TopicSummaryDto(string Slug, string Title, string Summary, string Url);

    public sealed record FigureDto(string Slug, string Label, decimal Value, decimal? ValueMax, string Unit, string Qualifier, string Text, string? Period, IReadOnlyList<CitationDto> Citations);

    public sealed record TopicDto(string Slug, string Title, string Summary, IReadOnlyList<ClaimDto> Overview, IReadOnlyList<FigureDto> Figures, IReadOnlyList<string> Actors, IReadOnlyList<string> Places, IReadOnlyList<string> Events, IReadOnlyList<string> Agreements);

    public sealed record ClaimDto(string Text, IReadOnlyList<CitationDto> Citations)
    {
        /// <summary>Editor's notes about the sentences the claim's quotes come from (never part of the claim).</summary>
        public IReadOnlyList<NoteDto> Notes { get; init; } = [];
    }

    public static FigureDto ToDto(Figure f, IEnumerable<CitationView> citations) => new(
        f.Slug, f.Label, f.Value, f.ValueMax, Vocabulary.ToKebab(f.Unit), Vocabulary.ToKebab(f.Qualifier),
        FigureFormatter.Format(f), f.Period, JsonApi.ToDto(citations));

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/topics", async (TopicQueries queries, CancellationToken ct) =>
            (await queries.ListAsync(ct)).Select(t => new TopicSummaryDto(t.Slug, t.Title, t.Summary, Urls.Topic(t.Slug))));

        api.MapGet("/topics/{slug}", async (string slug, TopicQueries queries, NoteIndex noteIndex, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m && await noteIndex.GetAsync(ct) is { } notes
                ? Results.Ok(new TopicDto(
                    m.Topic.Slug, m.Topic.Title, m.Topic.Summary,
                    m.Claims.Select(c => new ClaimDto(c.Text, JsonApi.ToDto(c.Citations)) { Notes = JsonApi.ToDto(notes.For(null, null, c.Citations)) }).ToList(),
                    m.Figures.Select(f => ToDto(f.Figure, f.Citations)).ToList(),
                    m.Actors.Select(a => a.Slug).ToList(),
                    m.Places.Select(p => p.Slug).ToList(),
                    m.Events.Select(e => e.Slug).ToList(),
                    m.Agreements.Select(a => a.Slug).ToList()))
                : JsonApi.NotFound("topic", slug));

        return api;
    }
}
