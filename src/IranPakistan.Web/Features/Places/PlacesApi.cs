using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Links;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Places;

/// <summary>/api/places and /api/places/{slug}: the places as JSON or CSV, from the same queries as the pages.</summary>
public static class PlacesApi
{
    public sealed record PlaceSummaryDto(string Slug, string Name, string Kind, string Country, double Latitude, double Longitude, string Url);

    public sealed record PlaceDto(string Slug, string Name, string Kind, string Country, double Latitude, double Longitude, IReadOnlyList<string> Aliases, string Description, IReadOnlyList<CitationDto> Citations, IReadOnlyList<string> Topics, IReadOnlyList<string> Events, string Url);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/places", async (int? page, int? pageSize, string? format, PlaceQueries queries, SiteAddress site, HttpContext context, CancellationToken ct) =>
            CheckList(page, pageSize, format, out var paging) ?? List(
                (await queries.ListAsync(ct)).Select(p => new PlaceSummaryDto(p.Slug, p.Name, Vocabulary.ToKebab(p.Kind), p.Country, p.Latitude, p.Longitude, site.Absolute(Urls.Place(p.Slug)))).ToList(),
                paging, format, context, "places.csv", p => p))
            .ListOf<ListDto<PlaceSummaryDto>>("listPlaces", "Every place the source names, with coordinates (by kind, then name)");

        api.MapGet("/places/{slug}", async (string slug, PlaceQueries queries, SiteAddress site, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new PlaceDto(
                    m.Place.Slug, m.Place.Name, Vocabulary.ToKebab(m.Place.Kind), m.Place.Country, m.Place.Latitude, m.Place.Longitude,
                    m.Place.Aliases, m.Place.Description, ToDto(m.Citations, site), m.Topics.Select(t => t.Slug).ToList(),
                    m.Events.Select(e => e.Slug).ToList(), site.Absolute(Urls.Place(m.Place.Slug))))
                : NotFound("place", slug))
            .ItemOf<PlaceDto>("getPlace", "One place with aliases, citations and what mentions it");

        return api;
    }
}
