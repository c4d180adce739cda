using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Text;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Places;

/// <summary>/api/places and /api/places/{slug}: the places as JSON, from the same queries as the pages.</summary>
public static class PlacesApi
{
    public sealed record PlaceSummaryDto(string Slug, string Name, IReadOnlyList<NativeName> NativeNames, string Kind, string Country, double Latitude, double Longitude, string Url);

    public sealed record PlaceDto(string Slug, string Name, IReadOnlyList<NativeName> NativeNames, string Kind, string Country, double Latitude, double Longitude, IReadOnlyList<string> Aliases, string Description, IReadOnlyList<CitationDto> Citations, IReadOnlyList<string> Topics, IReadOnlyList<string> Events);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/places", async (PlaceQueries queries, CancellationToken ct) =>
            (await queries.ListAsync(ct)).Select(p => new PlaceSummaryDto(p.Slug, p.Name, p.NativeNames, Vocabulary.ToKebab(p.Kind), p.Country, p.Latitude, p.Longitude, Urls.Place(p.Slug))));

        api.MapGet("/places/{slug}", async (string slug, PlaceQueries queries, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new PlaceDto(
                    m.Place.Slug, m.Place.Name, NativeNames.Of(m.Place.NameFa, m.Place.NameUr), Vocabulary.ToKebab(m.Place.Kind), m.Place.Country, m.Place.Latitude, m.Place.Longitude,
                    m.Place.Aliases, m.Place.Description, ToDto(m.Citations), m.Topics.Select(t => t.Slug).ToList(),
                    m.Events.Select(e => e.Slug).ToList()))
                : NotFound("place", slug));

        return api;
    }
}
