using IranPakistan.Web.Components.Pages.Actors;
using IranPakistan.Web.Components.Pages.Places;
using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.Api;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Api;

/// <summary>Actors and places as JSON, from the same queries as the pages.</summary>
public static class ContentApi
{
    public sealed record ActorSummaryDto(string Slug, string Name, string Kind, string Description, string Url);

    public sealed record ActorDto(string Slug, string Name, string Kind, IReadOnlyList<string> Aliases, string Description, IReadOnlyList<CitationDto> Citations, IReadOnlyList<string> Topics, IReadOnlyList<string> Events, IReadOnlyList<string> Agreements);

    public sealed record PlaceSummaryDto(string Slug, string Name, string Kind, string Country, double Latitude, double Longitude, string Url);

    public sealed record PlaceDto(string Slug, string Name, string Kind, string Country, double Latitude, double Longitude, IReadOnlyList<string> Aliases, string Description, IReadOnlyList<CitationDto> Citations, IReadOnlyList<string> Topics, IReadOnlyList<string> Events);

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder api)
    {
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

        return api;
    }
}
