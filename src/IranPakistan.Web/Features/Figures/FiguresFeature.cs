namespace IranPakistan.Web.Features.Figures;

/// <summary>The figures slice's registration, composed by Hosting.</summary>
public static class FiguresFeature
{
    /// <summary>The figures page's query service.</summary>
    public static IServiceCollection AddFigures(this IServiceCollection services) =>
        services.AddScoped<FigureQueries>();

    /// <summary>/api/figures and /api/figures/{slug}.</summary>
    public static IEndpointRouteBuilder MapFiguresApi(this IEndpointRouteBuilder api) => FiguresApi.Map(api);
}
