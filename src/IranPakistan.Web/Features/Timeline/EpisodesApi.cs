using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Links;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Timeline;

/// <summary>/api/episodes: the episodes in story order, and one episode with its events as the episode page tells it.</summary>
public static class EpisodesApi
{
    public sealed record EpisodeSummaryDto(string Slug, string Title, string Description, IReadOnlyList<CitationDto> Citations, string Url);

    /// <summary>One day of an episode: the date as the source gives it and the events' slugs, in timeline order.</summary>
    public sealed record EpisodeDayDto(DateDto Date, IReadOnlyList<string> Events);

    public sealed record EpisodeDto(
        EpisodeSummaryDto Episode,
        IReadOnlyList<EventsApi.EventSummaryDto> Events,
        IReadOnlyList<EpisodeDayDto> Days,
        IReadOnlyList<string> Agreements,
        EpisodeSummaryDto? Previous,
        IReadOnlyList<string> Before,
        EpisodeSummaryDto? Next,
        IReadOnlyList<string> After);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/episodes", async (EpisodeQueries queries, CancellationToken ct) =>
            Results.Ok((await queries.ListAsync(ct)).Select(Summary).ToList()));

        api.MapGet("/episodes/{slug}", async (string slug, EpisodeQueries queries, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new EpisodeDto(
                    Summary(m.Episode),
                    m.Events.Select(EventsApi.ToDto).ToList(),
                    m.Days.Select(d => new EpisodeDayDto(DateDto.From(d.Date), d.Events.Select(e => e.Slug).ToList())).ToList(),
                    m.Agreements.Select(a => a.Slug).ToList(),
                    m.PreviousEpisode is null ? null : Summary(m.PreviousEpisode.Episode),
                    m.Before.Select(e => e.Slug).ToList(),
                    m.NextEpisode is null ? null : Summary(m.NextEpisode.Episode),
                    m.After.Select(e => e.Slug).ToList()))
                : NotFound("episode", slug));

        return api;
    }

    private static EpisodeSummaryDto Summary(Episode e) =>
        new(e.Slug, e.Title, e.Description, JsonApi.ToDto(CitationView.From(e.Citations)), Urls.Episode(e.Slug));
}
