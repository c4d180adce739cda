namespace IranPakistan.Web.Features.Sources;

/// <summary>The sources slice's registration, composed by Hosting.</summary>
public static class SourcesFeature
{
    /// <summary>The source list's and reader's query service.</summary>
    public static IServiceCollection AddSources(this IServiceCollection services) =>
        services.AddScoped<SourceQueries>();

    /// <summary>/api/sources/{slug}.</summary>
    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder api) => SourcesApi.Map(api);
}
