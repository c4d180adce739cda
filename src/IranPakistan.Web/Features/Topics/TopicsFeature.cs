namespace IranPakistan.Web.Features.Topics;

/// <summary>The topics slice's registration, composed by Hosting.</summary>
public static class TopicsFeature
{
    /// <summary>The topic pages' query service.</summary>
    public static IServiceCollection AddTopics(this IServiceCollection services) =>
        services.AddScoped<TopicQueries>();

    /// <summary>/api/topics and /api/topics/{slug}.</summary>
    public static IEndpointRouteBuilder MapTopicsApi(this IEndpointRouteBuilder api) => TopicsApi.Map(api);
}
