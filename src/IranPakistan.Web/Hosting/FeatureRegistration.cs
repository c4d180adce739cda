using IranPakistan.Web.Features.Actors;
using IranPakistan.Web.Features.Agreements;
using IranPakistan.Web.Features.Changes;
using IranPakistan.Web.Features.Citing;
using IranPakistan.Web.Features.Discovery;
using IranPakistan.Web.Features.Figures;
using IranPakistan.Web.Features.Home;
using IranPakistan.Web.Features.Places;
using IranPakistan.Web.Features.Search;
using IranPakistan.Web.Features.Sources;
using IranPakistan.Web.Features.Timeline;
using IranPakistan.Web.Features.Topics;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Hosting;

public static class FeatureRegistration
{
    /// <summary>The small query services each feature folder owns, registered by the feature itself.</summary>
    public static IServiceCollection AddExplorerFeatures(this IServiceCollection services) =>
        services
            .AddHome()
            .AddTopics()
            .AddSources()
            .AddActors()
            .AddPlaces()
            .AddTimeline()
            .AddSearch()
            .AddAgreements()
            .AddFigures()
            .AddChanges();

    /// <summary>The same data as the pages, as JSON under /api: each feature maps its own endpoints.</summary>
    public static IEndpointRouteBuilder MapExplorerApi(this IEndpointRouteBuilder endpoints)
    {
        // Every answer is static-first: cached per content version, varied by the query keys it binds.
        var api = endpoints.MapGroup("/api").WithMetadata(StaticFirstMetadata.Instance).RequireCors(OpenDataHosting.CorsPolicy);
        api.MapTopicsApi();
        api.MapSourcesApi();
        api.MapActorsApi();
        api.MapPlacesApi();
        api.MapTimelineApi();
        api.MapSearchApi();
        api.MapAgreementsApi();
        api.MapFiguresApi();
        // Not under /api, but the same kind of thing: the site's contents for machines.
        endpoints.MapDiscovery();
        DatasetDownload.MapDatasetDownload(endpoints);
        return endpoints;
    }

    /// <summary>Files answered per request (citations carry the day they were made): not static-first.</summary>
    public static IEndpointRouteBuilder MapExplorerDownloads(this IEndpointRouteBuilder endpoints) => endpoints.MapCiteDownloads();
}
