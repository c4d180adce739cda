using IranPakistan.Web.Features.Actors.Graph;
using IranPakistan.Web.Shared.Api;

namespace IranPakistan.Web.Features.Actors;

/// <summary>The actors slice's registration (the actor pages and the graph of ties), composed by Hosting.</summary>
public static class ActorsFeature
{
    /// <summary>The actor pages' and the graph's query services, and the graph's layout (one instance: it remembers layouts).</summary>
    public static IServiceCollection AddActors(this IServiceCollection services) =>
        services
            .AddScoped<ActorQueries>()
            .AddDatasetTable(new DatasetTable(
                "actors", "Actors", "Every person, government, organisation, forum, group and institution the source names, by kind, then name.",
                typeof(ActorsApi.ActorSummaryDto), "slug", async (sp, site, ct) => (await ActorsApi.AllAsync(sp.GetRequiredService<ActorQueries>(), site, ct)).Cast<object?>()))
            .AddScoped<ActorGraphQueries>()
            .AddSingleton<ActorGraphLayout>();

    /// <summary>/api/actors, /api/actors/{slug} and /api/actors/graph.</summary>
    public static IEndpointRouteBuilder MapActorsApi(this IEndpointRouteBuilder api)
    {
        ActorsApi.Map(api);
        ActorGraphApi.Map(api);
        return api;
    }
}
