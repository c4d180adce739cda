using IranPakistan.Web.Shared.Api;

namespace IranPakistan.Web.Features.Topics;

/// <summary>The topics slice's registration, composed by Hosting.</summary>
public static class TopicsFeature
{
    /// <summary>The topic pages' query service.</summary>
    public static IServiceCollection AddTopics(this IServiceCollection services) =>
        services.AddScoped<TopicQueries>()
            .AddDatasetTable(new DatasetTable(
                "topics", "Topics", "The explorer's topics, in its order.",
                typeof(TopicsApi.TopicSummaryDto), "slug", async (sp, site, ct) => (await TopicsApi.AllAsync(sp.GetRequiredService<TopicQueries>(), site, ct)).Cast<object?>()));

    /// <summary>/api/topics and /api/topics/{slug}.</summary>
    public static IEndpointRouteBuilder MapTopicsApi(this IEndpointRouteBuilder api) => TopicsApi.Map(api);
}
