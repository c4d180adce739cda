using IranPakistan.Web.Api;
using IranPakistan.Web.Components.Pages.Actors;
using IranPakistan.Web.Components.Pages.Actors.Graph;
using IranPakistan.Web.Components.Pages.Agreements;
using IranPakistan.Web.Components.Pages.Figures;
using IranPakistan.Web.Components.Pages.Home;
using IranPakistan.Web.Components.Pages.Map;
using IranPakistan.Web.Components.Pages.Places;
using IranPakistan.Web.Components.Pages.Search;
using IranPakistan.Web.Components.Pages.Sources;
using IranPakistan.Web.Components.Pages.Timeline;
using IranPakistan.Web.Components.Pages.Topics;

namespace IranPakistan.Web.Infrastructure;

public static class FeatureRegistration
{
    /// <summary>The small query services each feature folder owns.</summary>
    public static IServiceCollection AddExplorerFeatures(this IServiceCollection services)
    {
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section);
        return services
            .AddScoped<HomeQueries>()
            .AddScoped<TopicQueries>()
            .AddScoped<SourceQueries>()
            .AddScoped<ActorQueries>()
            .AddScoped<PlaceQueries>()
            .AddScoped<TimelineQueries>()
            .AddScoped<SearchQueries>()
            .AddScoped<AgreementQueries>()
            .AddScoped<ActorGraphQueries>()
            .AddSingleton<ActorGraphLayout>()
            .AddScoped<MapQueries>()
            .AddSingleton<BaseMap>()
            .AddScoped<FigureQueries>();
    }

    /// <summary>The same data as the pages, as JSON under /api.</summary>
    public static IEndpointRouteBuilder MapExplorerApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapContentApi();
        api.MapEventsApi();
        api.MapSearchApi();
        api.MapActorGraphApi();
        return endpoints;
    }
}
