namespace IranPakistan.Web.Features.Search;

/// <summary>The search slice's registration, composed by Hosting.</summary>
public static class SearchFeature
{
    /// <summary>The search page's and the header box's query service.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services) =>
        services.AddScoped<SearchQueries>();

    /// <summary>/api/search.</summary>
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder api) => SearchApi.Map(api);
}
