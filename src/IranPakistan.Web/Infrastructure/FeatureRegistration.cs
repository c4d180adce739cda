using IranPakistan.Web.Api;
using IranPakistan.Web.Components.Pages.Actors;
using IranPakistan.Web.Components.Pages.Actors.Graph;
using IranPakistan.Web.Components.Pages.Map;
using IranPakistan.Web.Components.Pages.Places;
using IranPakistan.Web.Components.Pages.Timeline;
using IranPakistan.Web.Features.Agreements;
using IranPakistan.Web.Features.Figures;
using IranPakistan.Web.Features.Home;
using IranPakistan.Web.Features.Search;
using IranPakistan.Web.Features.Sources;
using IranPakistan.Web.Features.Topics;

namespace IranPakistan.Web.Infrastructure;

public static class FeatureRegistration
{
    /// <summary>The small query services each feature folder owns.</summary>
    public static IServiceCollection AddExplorerFeatures(this IServiceCollection services)
    {
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section);
        return services
            .AddHome()
            .AddTopics()
            .AddSources()
            .AddScoped<ActorQueries>()
            .AddScoped<PlaceQueries>()
            .AddScoped<TimelineQueries>()
            .AddSearch()
            .AddAgreements()
            .AddScoped<ActorGraphQueries>()
            .AddSingleton<ActorGraphLayout>()
            .AddScoped<MapQueries>()
            .AddSingleton<BaseMap>()
            .AddFigures();
    }

    /// <summary>The same data as the pages, as JSON under /api.</summary>
    public static IEndpointRouteBuilder MapExplorerApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapTopicsApi();
        api.MapSourcesApi();
        api.MapContentApi();
        api.MapEventsApi();
        api.MapSearchApi();
        api.MapAgreementsApi();
        api.MapActorGraphApi();
        return endpoints;
    }
}
