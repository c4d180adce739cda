namespace IranPakistan.Web.Features.Home;

/// <summary>The home slice's registration, composed by Hosting.</summary>
public static class HomeFeature
{
    /// <summary>The home page's query service.</summary>
    public static IServiceCollection AddHome(this IServiceCollection services) =>
        services.AddScoped<HomeQueries>();
}
