namespace IranPakistan.Web.Features.Timeline;

/// <summary>The timeline slice's registration (the timeline, the event and the episode pages), composed by Hosting.</summary>
public static class TimelineFeature
{
    /// <summary>The timeline's query service, shared by the page, its filter island and the API.</summary>
    public static IServiceCollection AddTimeline(this IServiceCollection services) =>
        services.AddScoped<TimelineQueries>().AddScoped<EpisodeQueries>();

    /// <summary>/api/events and /api/events/{slug}.</summary>
    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder api) => EventsApi.Map(api);
}
