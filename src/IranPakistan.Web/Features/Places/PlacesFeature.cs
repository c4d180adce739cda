using IranPakistan.Web.Features.Places.Map;

namespace IranPakistan.Web.Features.Places;

/// <summary>The places slice's registration (the place pages and the map), composed by Hosting.</summary>
public static class PlacesFeature
{
    /// <summary>The place pages' and the map's query services, the map's options and its base geography.</summary>
    public static IServiceCollection AddPlaces(this IServiceCollection services)
    {
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section);
        return services
            .AddScoped<PlaceQueries>()
            .AddScoped<MapQueries>()
            .AddSingleton<BaseMap>();
    }

    /// <summary>/api/places and /api/places/{slug}.</summary>
    public static IEndpointRouteBuilder MapPlacesApi(this IEndpointRouteBuilder api) => PlacesApi.Map(api);
}
