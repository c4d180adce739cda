using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Notes;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Timeline;

/// <summary>
/// /api/episodes: the episode pages as JSON or CSV, read by the same <see cref="EpisodeQueries"/> as
/// <c>/episodes/{slug}</c>. An episode's events are also a timeline view (<c>/api/events?episode=…</c>,
/// with its Atom feed); this list has none of its own.
/// </summary>
public static class EpisodesApi
{
    /// <summary>An event as an episode tells it: what the page shows of it, and its addresses on the site and in the API.</summary>
    public sealed record EpisodeEventDto(
        string Slug, string Title, string Kind, DateDto Date, string Summary, IReadOnlyList<CitationDto> Citations, string Url, string ApiUrl);

    /// <summary>What was agreed at an episode's events, with the status the source reports.</summary>
    public sealed record EpisodeAgreementDto(
        string Slug, string Title, string Kind, string Status, string Summary, IReadOnlyList<CitationDto> Citations, string Url, string ApiUrl);

    /// <summary>
    /// An episode: its cited description, its span (<c>start</c>: the date of its first event, <c>end</c>: of its
    /// last, in timeline order and as the source gives them; null without events), its events in timeline
    /// order, what was agreed at them, and the editor's notes its page shows.
    /// </summary>
    public sealed record EpisodeSummaryDto(
        string Slug, string Title, string Description, DateDto? Start, DateDto? End,
        IReadOnlyList<EpisodeEventDto> Events, IReadOnlyList<EpisodeAgreementDto> Agreements,
        IReadOnlyList<CitationDto> Citations, string Url, string ApiUrl)
    {
        /// <summary>Editor's notes about its events or the sentences they quote (never part of the facts).</summary>
        public IReadOnlyList<NoteDto> Notes { get; init; } = [];
    }

    /// <summary>Another episode as the story links to it.</summary>
    public sealed record EpisodeLinkDto(string Slug, string Title, string Description, IReadOnlyList<CitationDto> Citations, string Url, string ApiUrl);

    /// <summary>
    /// One episode as its page tells it: <c>before</c> (the last events outside any episode certainly earlier
    /// than its first day) and <c>after</c> (the first certainly later), beside the episodes before and after it.
    /// </summary>
    public sealed record EpisodeDto(
        EpisodeSummaryDto Episode, EpisodeLinkDto? Previous, IReadOnlyList<EpisodeEventDto> Before,
        EpisodeLinkDto? Next, IReadOnlyList<EpisodeEventDto> After);

    /// <summary>One episode as a CSV row: its span's two dates spread like every date, its events and agreements as slugs.</summary>
    public sealed record EpisodeRow(
        string Slug, string Title, string Description,
        DateOnly? StartEarliest, DateOnly? StartLatest, DatePrecision? StartPrecision, string? StartIso, string? StartText,
        DateOnly? EndEarliest, DateOnly? EndLatest, DatePrecision? EndPrecision, string? EndIso, string? EndText,
        string Events, string Agreements, string Citations, string Url);

    /// <summary>What the CSV columns of the span, the events and the agreements mean (the dataset's datapackage.json); the span's as every date's.</summary>
    public static readonly IReadOnlyDictionary<string, string> RowFields = new[] { ("start", "Its first event's date"), ("end", "Its last event's date") }
        .SelectMany(span => DatasetTable.CommonFields.Where(f => f.Key.StartsWith("date_", StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(span.Item1 + f.Key["date".Length..], $"{span.Item2}: {char.ToLowerInvariant(f.Value[0])}{f.Value[1..]}")))
        .Concat(new Dictionary<string, string>
        {
            ["description"] = "One sentence in the explorer's words, backed by its citations.",
            ["events"] = "Its events (events.csv, whose episode column names it), in timeline order: slugs, space-separated.",
            ["agreements"] = "What was agreed at its events (agreements.csv): slugs, space-separated.",
        })
        .ToDictionary();

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/episodes", async (int? page, int? pageSize, string? format,
            EpisodeQueries queries, NoteIndex noteIndex, SiteAddress site, HttpContext context, CancellationToken ct) =>
        {
            if (CheckList(page, pageSize, format, out var paging) is { } bad)
            {
                return bad;
            }

            var notes = await noteIndex.GetAsync(ct);
            return List((await queries.AllAsync(ct)).Select(m => ToDto(m, site, notes)).ToList(), paging, format, context, "episodes", ToRow);
        })
            .ListOf<ListDto<EpisodeSummaryDto>>("listEpisodes", "The episodes (stories told over several events), each with its events in timeline order and what was agreed at them");

        api.MapGet("/episodes/{slug}", async (string slug, EpisodeQueries queries, NoteIndex noteIndex, SiteAddress site, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new EpisodeDto(
                    ToDto(m, site, await noteIndex.GetAsync(ct)),
                    m.PreviousEpisode is null ? null : Link(m.PreviousEpisode, site),
                    m.Before.Select(e => Moment(e, site)).ToList(),
                    m.NextEpisode is null ? null : Link(m.NextEpisode, site),
                    m.After.Select(e => Moment(e, site)).ToList()))
                : NotFound("episode", slug))
            .ItemOf<EpisodeDto>("getEpisode", "One episode as its page tells it: what came before, its events in order, what was agreed, what followed");

        return api;
    }

    public static EpisodeSummaryDto ToDto(EpisodeModel m, SiteAddress site, NoteSet? notes = null) => new(
        m.Episode.Slug, m.Episode.Title, m.Episode.Description,
        m.Events.Count == 0 ? null : DateDto.From(PartialDate.Of(m.Events[0])),
        m.Events.Count == 0 ? null : DateDto.From(PartialDate.Of(m.Events[^1])),
        m.Events.Select(e => Moment(e, site)).ToList(),
        m.Agreements.Select(a => new EpisodeAgreementDto(
            a.Slug, a.Title, a.Kind, a.Status, a.Summary, JsonApi.ToDto(CitationView.From(a.Citations), site),
            site.Absolute(Urls.Agreement(a.Slug)), site.Absolute(Urls.ApiAgreement(a.Slug)))).ToList(),
        JsonApi.ToDto(m.Citations, site), site.Absolute(Urls.Episode(m.Episode.Slug)), site.Absolute(Urls.ApiEpisode(m.Episode.Slug)))
    {
        // The notes the page shows (Shared/Notes/EditorNotes with the episode's events).
        Notes = notes is null ? [] : JsonApi.ToDto(notes.ForAll("event", m.Events.Select(e => e.Slug), m.Events.SelectMany(e => e.Citations)), site),
    };

    public static EpisodeRow ToRow(EpisodeSummaryDto e) => new(
        e.Slug, e.Title, e.Description,
        e.Start?.Earliest, e.Start?.Latest, e.Start?.Precision, e.Start?.Iso, e.Start?.Text,
        e.End?.Earliest, e.End?.Latest, e.End?.Precision, e.End?.Iso, e.End?.Text,
        ListCell(e.Events.Select(x => x.Slug)), ListCell(e.Agreements.Select(a => a.Slug)), CiteCell(e.Citations), e.Url);

    /// <summary>Every episode as a CSV row, in story order.</summary>
    public static async Task<IEnumerable<EpisodeRow>> AllRowsAsync(EpisodeQueries queries, SiteAddress site, CancellationToken ct) =>
        (await queries.AllAsync(ct)).Select(m => ToRow(ToDto(m, site)));

    private static EpisodeEventDto Moment(Event e, SiteAddress site) => new(
        e.Slug, e.Title, e.Kind, DateDto.From(PartialDate.Of(e)), e.Summary, JsonApi.ToDto(CitationView.From(e.Citations), site),
        site.Absolute(Urls.Event(e.Slug)), site.Absolute(Urls.ApiEvent(e.Slug)));

    private static EpisodeLinkDto Link(EpisodeLink l, SiteAddress site) => new(
        l.Episode.Slug, l.Episode.Title, l.Episode.Description, JsonApi.ToDto(l.Citations, site),
        site.Absolute(Urls.Episode(l.Episode.Slug)), site.Absolute(Urls.ApiEpisode(l.Episode.Slug)));
}
