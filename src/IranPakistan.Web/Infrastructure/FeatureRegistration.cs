namespace IranPakistan.Web.Infrastructure;

public static class FeatureRegistration
{
    /// <summary>The small query services each feature folder owns.</summary>
    public static IServiceCollection AddExplorerFeatures(this IServiceCollection services) => services;

    /// <summary>The same data as the pages, as JSON under /api.</summary>
    public static IEndpointRouteBuilder MapExplorerApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
