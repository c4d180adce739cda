using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Notes;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Timeline;

/// <summary>/api/events: the timeline as JSON, filtered by the same <see cref="TimelineFilter"/> as the page.</summary>
public static class EventsApi
{
    public sealed record EventActorDto(string Slug, string Name, string Role);

    public sealed record EventSummaryDto(
        string Slug, string Title, string Kind, string? Episode, DateDto Date, string Summary,
        IReadOnlyList<EventActorDto> Actors, IReadOnlyList<string> Places, IReadOnlyList<string> Topics,
        IReadOnlyList<CitationDto> Citations, string Url)
    {
        /// <summary>
        /// With a date filter: <c>inside</c> (every day the date may fall on is in the period) or
        /// <c>may-fall-inside</c> (only some are); null without one.
        /// </summary>
        public string? DateMatch { get; init; }

        /// <summary>Editor's notes about the event or the sentences its quotes come from (never part of the facts).</summary>
        public IReadOnlyList<NoteDto> Notes { get; init; } = [];
    }

    public sealed record EventLinkDto(string Slug, string Title, string Url);

    public sealed record EventDto(
        EventSummaryDto Event, IReadOnlyList<string> Agreements, IReadOnlyList<EventLinkDto> Related,
        EventLinkDto? Previous, EventLinkDto? Next);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/events", async (
            string? topic, string? actor, string? place, string? kind, string? episode, string? from, string? to,
            TimelineQueries queries, NoteIndex noteIndex, CancellationToken ct) =>
        {
            var result = await queries.FilterAsync(TimelineFilter.Parse(topic, actor, place, kind, episode, from, to), ct);
            var notes = await noteIndex.GetAsync(ct);
            return result.Problems.Count > 0
                ? Results.ValidationProblem(
                    result.Problems.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
                    title: "Some filters could not be used")
                : Results.Ok(result.Events.Select(e => Matched(e, "inside", result.Applied.HasDates, notes))
                    .Concat(result.MayFall.Select(e => Matched(e, "may-fall-inside", true, notes))).ToList());
        });

        api.MapGet("/events/{slug}", async (string slug, TimelineQueries queries, NoteIndex noteIndex, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new EventDto(
                    ToDto(m.Event, await noteIndex.GetAsync(ct)),
                    m.Agreements.Select(a => a.Slug).ToList(),
                    m.Related.Select(r => Link(r.Event)).ToList(),
                    m.Previous is null ? null : Link(m.Previous),
                    m.Next is null ? null : Link(m.Next)))
                : NotFound("event", slug));

        return api;
    }

    public static EventSummaryDto ToDto(Event e, NoteSet? notes = null)
    {
        var citations = CitationView.From(e.Citations);
        return new EventSummaryDto(
            e.Slug, e.Title, e.Kind, e.Episode, DateDto.From(PartialDate.Of(e)), e.Summary,
            e.Actors.OrderBy(a => a.Actor.Name, StringComparer.Ordinal).Select(a => new EventActorDto(a.Actor.Slug, a.Actor.Name, a.Role)).ToList(),
            e.Places.Select(p => p.Slug).Order(StringComparer.Ordinal).ToList(),
            e.Topics.OrderBy(t => t.Order).Select(t => t.Slug).ToList(),
            JsonApi.ToDto(citations),
            Urls.Event(e.Slug))
        {
            Notes = notes is null ? [] : JsonApi.ToDto(notes.For("event", e.Slug, citations)),
        };
    }

    private static EventSummaryDto Matched(Event e, string match, bool dated, NoteSet notes) => ToDto(e, notes) with { DateMatch = dated ? match : null };

    private static EventLinkDto Link(Event e) => new(e.Slug, e.Title, Urls.Event(e.Slug));
}
