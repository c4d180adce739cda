using IranPakistan.Web.Components.Pages.Actors;
using IranPakistan.Web.Components.Pages.Home;
using IranPakistan.Web.Components.Pages.Places;
using IranPakistan.Web.Components.Pages.Sources;
using IranPakistan.Web.Components.Pages.Topics;
using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Formatting;

namespace IranPakistan.Web.Api;

/// <summary>Topics, actors, places and sources as JSON, from the same queries as the pages.</summary>
public static class ContentApi
{
    public sealed record CitationDto(string Source, int Paragraph, string Quote, string Url);

    public sealed record TopicSummaryDto(string Slug, string Title, string Summary, string Url);

    public sealed record FigureDto(string Slug, string Label, decimal Value, decimal? ValueMax, string Unit, string Qualifier, string Text, string? Period, IReadOnlyList<CitationDto> Citations);

    public sealed record TopicDto(string Slug, string Title, string Summary, IReadOnlyList<ClaimDto> Overview, IReadOnlyList<FigureDto> Figures, IReadOnlyList<string> Actors, IReadOnlyList<string> Places, IReadOnlyList<string> Events, IReadOnlyList<string> Agreements);

    public sealed record ClaimDto(string Text, IReadOnlyList<CitationDto> Citations);

    public sealed record ActorSummaryDto(string Slug, string Name, string Kind, string Description, string Url);

    public sealed record ActorDto(string Slug, string Name, string Kind, IReadOnlyList<string> Aliases, string Description, IReadOnlyList<CitationDto> Citations, IReadOnlyList<string> Topics, IReadOnlyList<string> Events, IReadOnlyList<string> Agreements);

    public sealed record PlaceSummaryDto(string Slug, string Name, string Kind, string Country, double Latitude, double Longitude, string Url);

    public sealed record PlaceDto(string Slug, string Name, string Kind, string Country, double Latitude, double Longitude, IReadOnlyList<string> Aliases, string Description, IReadOnlyList<CitationDto> Citations, IReadOnlyList<string> Topics, IReadOnlyList<string> Events);

    public sealed record SourceDto(string Slug, string Title, string? Subtitle, string? Author, string? Publisher, string? Published, string? Url, string? Note, IReadOnlyList<SectionDto> Sections);

    public sealed record SectionDto(string Slug, string Title, bool IsSourceHeading, IReadOnlyList<ParagraphDto> Paragraphs);

    public sealed record ParagraphDto(int Number, string Anchor, string Text);

    public static CitationDto ToDto(CitationView c) => new(c.SourceSlug, c.Paragraph, c.Quote, c.Href);

    public static IReadOnlyList<CitationDto> ToDto(IEnumerable<CitationView> citations) => citations.Select(ToDto).ToList();

    public static FigureDto ToDto(Figure f, IEnumerable<CitationView> citations) => new(
        f.Slug, f.Label, f.Value, f.ValueMax, Vocabulary.ToKebab(f.Unit), Vocabulary.ToKebab(f.Qualifier),
        FigureFormatter.Format(f), f.Period, ToDto(citations));

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/topics", async (HomeQueries queries, CancellationToken ct) =>
            (await queries.GetAsync(ct)).Topics.Select(t => new TopicSummaryDto(t.Slug, t.Title, t.Summary, $"/topics/{t.Slug}")));

        api.MapGet("/topics/{slug}", async (string slug, TopicQueries queries, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new TopicDto(
                    m.Topic.Slug, m.Topic.Title, m.Topic.Summary,
                    m.Claims.Select(c => new ClaimDto(c.Text, ToDto(c.Citations))).ToList(),
                    m.Figures.Select(f => ToDto(f.Figure, f.Citations)).ToList(),
                    m.Actors.Select(a => a.Slug).ToList(),
                    m.Places.Select(p => p.Slug).ToList(),
                    m.Events.Select(e => e.Slug).ToList(),
                    m.Agreements.Select(a => a.Slug).ToList()))
                : NotFound("topic", slug));

        api.MapGet("/actors", async (ActorQueries queries, CancellationToken ct) =>
            (await queries.ListAsync(ct)).Select(a => new ActorSummaryDto(a.Slug, a.Name, Vocabulary.ToKebab(a.Kind), a.Description, $"/actors/{a.Slug}")));

        api.MapGet("/actors/{slug}", async (string slug, ActorQueries queries, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new ActorDto(
                    m.Actor.Slug, m.Actor.Name, Vocabulary.ToKebab(m.Actor.Kind), m.Actor.Aliases, m.Actor.Description,
                    ToDto(m.Citations), m.Topics.Select(t => t.Slug).ToList(),
                    m.Events.Select(e => e.Event.Slug).ToList(), m.Agreements.Select(a => a.Slug).ToList()))
                : NotFound("actor", slug));

        api.MapGet("/places", async (PlaceQueries queries, CancellationToken ct) =>
            (await queries.ListAsync(ct)).Select(p => new PlaceSummaryDto(p.Slug, p.Name, Vocabulary.ToKebab(p.Kind), p.Country, p.Latitude, p.Longitude, $"/places/{p.Slug}")));

        api.MapGet("/places/{slug}", async (string slug, PlaceQueries queries, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new PlaceDto(
                    m.Place.Slug, m.Place.Name, Vocabulary.ToKebab(m.Place.Kind), m.Place.Country, m.Place.Latitude, m.Place.Longitude,
                    m.Place.Aliases, m.Place.Description, ToDto(m.Citations), m.Topics.Select(t => t.Slug).ToList(),
                    m.Events.Select(e => e.Slug).ToList()))
                : NotFound("place", slug));

        api.MapGet("/sources/{slug}", async (string slug, SourceQueries queries, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new SourceDto(
                    m.Source.Slug, m.Source.Title, m.Source.Subtitle, m.Source.Author, m.Source.Publisher, m.Source.Published, m.Source.Url, m.Source.Note,
                    m.Sections.Select(s => new SectionDto(s.Slug, s.Title, s.IsSourceHeading,
                        s.Paragraphs.OrderBy(p => p.Number).Select(p => new ParagraphDto(p.Number, $"p-{p.Number}", p.Text)).ToList())).ToList()))
                : NotFound("source", slug));

        return api;
    }

    /// <summary>A JSON 404 that says what was not found.</summary>
    public static IResult NotFound(string what, string slug) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {what} '{slug}'", detail: $"There is no {what} with the slug '{slug}'.");
}
