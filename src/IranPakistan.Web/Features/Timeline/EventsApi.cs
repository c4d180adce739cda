using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Links;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Timeline;

/// <summary>/api/events: the timeline as JSON or CSV, filtered by the same <see cref="TimelineFilter"/> as the page.</summary>
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
    }

    public sealed record EventLinkDto(string Slug, string Title, string Url);

    public sealed record EventDto(
        EventSummaryDto Event, IReadOnlyList<string> Agreements, IReadOnlyList<EventLinkDto> Related,
        EventLinkDto? Previous, EventLinkDto? Next);

    /// <summary>One event as a CSV row.</summary>
    public sealed record EventRow(
        string Slug, string Title, string Kind, string? Episode, DateOnly? DateEarliest, DateOnly? DateLatest, DatePrecision DatePrecision, string? DateIso, string DateText,
        string? DateMatch, string Summary, string Actors, string Places, string Topics, string Citations, string Url);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/events", async (
            string? topic, string? actor, string? place, string? kind, string? episode, string? from, string? to, int? page, int? pageSize, string? format,
            TimelineQueries queries, SiteAddress site, HttpContext context, CancellationToken ct) =>
        {
            if (CheckList(page, pageSize, format, out var paging) is { } bad)
            {
                return bad;
            }

            var result = await queries.FilterAsync(TimelineFilter.Parse(topic, actor, place, kind, episode, from, to), ct);
            return result.Problems.Count > 0
                ? Results.ValidationProblem(
                    result.Problems.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
                    title: "Some filters could not be used")
                : List(result.Events.Select(e => Matched(e, "inside", result.Applied.HasDates, site))
                    .Concat(result.MayFall.Select(e => Matched(e, "may-fall-inside", true, site))).ToList(), paging, format, context, "events.csv", ToRow);
        })
            .ListOf<ListDto<EventSummaryDto>>("listEvents", "The timeline: events in date order, filtered like /timeline")
            .ProducesValidationProblem()
            .Parameters(
                new ApiParameterDoc("topic", "A topic slug (see /api/topics)."),
                new ApiParameterDoc("actor", "An actor slug (see /api/actors)."),
                new ApiParameterDoc("place", "A place slug (see /api/places)."),
                new ApiParameterDoc("kind", "The kind of event.", Vocabulary.EventKinds),
                new ApiParameterDoc("episode", "An episode slug, such as january-2024-strikes or april-2024-visit."),
                new ApiParameterDoc("from", "The earliest date: yyyy, yyyy-MM or yyyy-MM-dd."),
                new ApiParameterDoc("to", "The latest date: yyyy, yyyy-MM or yyyy-MM-dd."));

        api.MapGet("/events/{slug}", async (string slug, TimelineQueries queries, SiteAddress site, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new EventDto(
                    ToDto(m.Event, site),
                    m.Agreements.Select(a => a.Slug).ToList(),
                    m.Related.Select(r => Link(r.Event, site)).ToList(),
                    m.Previous is null ? null : Link(m.Previous, site),
                    m.Next is null ? null : Link(m.Next, site)))
                : NotFound("event", slug))
            .ItemOf<EventDto>("getEvent", "One event, with its agreements, related events and neighbours in the timeline");

        return api;
    }

    public static EventSummaryDto ToDto(Event e, SiteAddress site) => new(
        e.Slug, e.Title, e.Kind, e.Episode, DateDto.From(PartialDate.Of(e)), e.Summary,
        e.Actors.OrderBy(a => a.Actor.Name, StringComparer.Ordinal).Select(a => new EventActorDto(a.Actor.Slug, a.Actor.Name, a.Role)).ToList(),
        e.Places.Select(p => p.Slug).Order(StringComparer.Ordinal).ToList(),
        e.Topics.OrderBy(t => t.Order).Select(t => t.Slug).ToList(),
        JsonApi.ToDto(CitationView.From(e.Citations), site),
        site.Absolute(Urls.Event(e.Slug)));

    public static EventRow ToRow(EventSummaryDto e) => new(
        e.Slug, e.Title, e.Kind, e.Episode, e.Date.Earliest, e.Date.Latest, e.Date.Precision, e.Date.Iso, e.Date.Text, e.DateMatch, e.Summary,
        ListCell(e.Actors.Select(a => a.Slug)), ListCell(e.Places), ListCell(e.Topics), CiteCell(e.Citations), e.Url);

    private static EventSummaryDto Matched(Event e, string match, bool dated, SiteAddress site) => ToDto(e, site) with { DateMatch = dated ? match : null };

    private static EventLinkDto Link(Event e, SiteAddress site) => new(e.Slug, e.Title, site.Absolute(Urls.Event(e.Slug)));
}
