using IranPakistan.Web.Shared.Api;

namespace IranPakistan.Web.Features.Timeline;

/// <summary>The timeline slice's registration (the timeline, the event and the episode pages), composed by Hosting.</summary>
public static class TimelineFeature
{
    /// <summary>The timeline's query service, shared by the page, its filter island and the API.</summary>
    public static IServiceCollection AddTimeline(this IServiceCollection services) =>
        services.AddScoped<TimelineQueries>().AddScoped<EpisodeQueries>()
            .AddDatasetTable(new DatasetTable(
                "events", "Events", "Every event in timeline order, dated no more precisely than the source.",
                typeof(EventsApi.EventRow), "slug", async (sp, site, ct) => (await EventsApi.AllRowsAsync(sp.GetRequiredService<TimelineQueries>(), site, ct)).Cast<object?>(),
                new Dictionary<string, string>
                {
                    ["episode"] = "The episode it belongs to, if any (a slug).",
                    ["date_match"] = "Empty in the dataset; in a date-filtered view, inside or may-fall-inside.",
                }))
            .AddDatasetTable(new DatasetTable(
                "episodes", "Episodes", "The episodes the timeline groups events under, in story order, each with its events and what was agreed at them.",
                typeof(EpisodesApi.EpisodeRow), "slug", async (sp, site, ct) => (await EpisodesApi.AllRowsAsync(sp.GetRequiredService<EpisodeQueries>(), site, ct)).Cast<object?>(),
                EpisodesApi.RowFields));

    /// <summary>/api/events, /api/events/{slug}, /api/episodes and /api/episodes/{slug}.</summary>
    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder api) => EpisodesApi.Map(EventsApi.Map(api));
}
