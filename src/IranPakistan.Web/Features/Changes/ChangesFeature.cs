namespace IranPakistan.Web.Features.Changes;

/// <summary>The changelog slice's registration, composed by Hosting.</summary>
public static class ChangesFeature
{
    /// <summary>The changelog's query service.</summary>
    public static IServiceCollection AddChanges(this IServiceCollection services) =>
        services.AddScoped<ChangesQueries>();
}
