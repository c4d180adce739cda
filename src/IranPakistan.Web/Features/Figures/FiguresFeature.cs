using IranPakistan.Web.Shared.Api;

namespace IranPakistan.Web.Features.Figures;

/// <summary>The figures slice's registration, composed by Hosting.</summary>
public static class FiguresFeature
{
    /// <summary>The figures page's query service.</summary>
    public static IServiceCollection AddFigures(this IServiceCollection services) =>
        services.AddScoped<FigureQueries>()
            .AddDatasetTable(new DatasetTable(
                "figures", "Figures", "Every number the source states: value (and upper bound of a range), unit, the source's hedging, period and citations.",
                typeof(FiguresApi.FigureRow), "slug", async (sp, site, ct) => (await FiguresApi.AllAsync(sp.GetRequiredService<FigureQueries>(), site, ct)).Select(FiguresApi.ToRow).Cast<object?>(),
                new Dictionary<string, string>
                {
                    ["label"] = "What is counted, in the explorer's words.",
                    ["value"] = "The number (the lower bound of a range).",
                    ["value_max"] = "The upper bound of a range; empty for a single number.",
                    ["unit"] = "The unit (a fixed vocabulary).",
                    ["qualifier"] = "The source's hedging: exact, about, estimated, over, up-to, target and so on.",
                    ["text"] = "The figure as the page writes it.",
                    ["period"] = "The period the number is for, when the source says.",
                    ["url"] = "The topic page that shows the figure.",
                }));

    /// <summary>/api/figures and /api/figures/{slug}.</summary>
    public static IEndpointRouteBuilder MapFiguresApi(this IEndpointRouteBuilder api) => FiguresApi.Map(api);
}
