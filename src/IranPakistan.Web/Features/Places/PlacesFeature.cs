using IranPakistan.Web.Features.Places.Map;
using IranPakistan.Web.Shared.Api;

namespace IranPakistan.Web.Features.Places;

/// <summary>The places slice's registration (the place pages and the map), composed by Hosting.</summary>
public static class PlacesFeature
{
    /// <summary>The place pages' and the map's query services, the map's options and its base geography.</summary>
    public static IServiceCollection AddPlaces(this IServiceCollection services)
    {
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section);
        return services
            .AddDatasetTable(new DatasetTable(
                "places", "Places", "Every place the source names, with the explorer's approximate coordinates (WGS 84).",
                typeof(PlacesApi.PlaceSummaryDto), "slug", async (sp, site, ct) => (await PlacesApi.AllAsync(sp.GetRequiredService<PlaceQueries>(), site, ct)).Cast<object?>(),
                new Dictionary<string, string>
                {
                    ["country"] = "The country it lies in.",
                    ["latitude"] = "Latitude in decimal degrees (the explorer's gazetteer, not the source).",
                    ["longitude"] = "Longitude in decimal degrees (the explorer's gazetteer, not the source).",
                }))
            .AddScoped<PlaceQueries>()
            .AddScoped<MapQueries>()
            .AddSingleton<BaseMap>();
    }

    /// <summary>/api/places and /api/places/{slug}.</summary>
    public static IEndpointRouteBuilder MapPlacesApi(this IEndpointRouteBuilder api) => PlacesApi.Map(api);
}
