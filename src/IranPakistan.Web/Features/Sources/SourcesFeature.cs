using IranPakistan.Web.Shared.Api;

namespace IranPakistan.Web.Features.Sources;

/// <summary>The sources slice's registration, composed by Hosting.</summary>
public static class SourcesFeature
{
    /// <summary>The source list's and reader's query service.</summary>
    public static IServiceCollection AddSources(this IServiceCollection services) =>
        services.AddScoped<SourceQueries>()
            .AddDatasetTable(new DatasetTable(
                "sources", "Sources", "The texts every fact cites.",
                typeof(SourcesApi.SourceSummaryDto), "slug", async (sp, site, ct) => (await SourcesApi.AllAsync(sp.GetRequiredService<SourceQueries>(), site, ct)).Cast<object?>(),
                new Dictionary<string, string>
                {
                    ["author"] = "The author, when the text states one.",
                    ["publisher"] = "The publisher, when the text states one.",
                    ["published"] = "When it was published, when the text states it.",
                    ["original_url"] = "Where the source itself was published, when known.",
                    ["url"] = "The source's page in the explorer: its full text, paragraph by paragraph.",
                }))
            .AddDatasetTable(new DatasetTable(
                "paragraphs", "Source paragraphs", "Every paragraph of every source: what each citation's address points to.",
                typeof(SourcesApi.ParagraphRow), null, async (sp, site, ct) => (await SourcesApi.ParagraphsAsync(sp.GetRequiredService<SourceQueries>(), site, ct)).Cast<object?>(),
                new Dictionary<string, string>
                {
                    ["number"] = "The paragraph's number in its source (the n of #p-n).",
                    ["section"] = "The slug of the section it is in.",
                    ["text"] = "The paragraph, verbatim.",
                    ["url"] = "The paragraph's address: the value the other tables' citations column holds.",
                }));

    /// <summary>/api/sources/{slug}.</summary>
    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder api) => SourcesApi.Map(api);
}
