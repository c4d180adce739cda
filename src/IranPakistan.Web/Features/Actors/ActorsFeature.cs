using IranPakistan.Web.Features.Actors.Graph;

namespace IranPakistan.Web.Features.Actors;

/// <summary>The actors slice's registration (the actor pages and the graph of ties), composed by Hosting.</summary>
public static class ActorsFeature
{
    /// <summary>The actor pages' and the graph's query services, and the graph's layout (one instance: it remembers layouts).</summary>
    public static IServiceCollection AddActors(this IServiceCollection services) =>
        services
            .AddScoped<ActorQueries>()
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
