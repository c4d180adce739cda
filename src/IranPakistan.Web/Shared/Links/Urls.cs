namespace IranPakistan.Web.Shared.Links;

/// <summary>
/// The site's URL contract: every address a page, a component, a query, an API answer or a test links
/// to is written here, once. Slugs are escaped as path segments, query values through
/// <see cref="UrlQuery"/>. Route templates stay literal where they are declared (<c>@page</c> and
/// <c>MapGet</c> need constants); <c>UrlsTests</c> pins every address below to its literal form, and
/// <c>PageRoutesTests</c> checks that each one answers.
/// </summary>
/// <remarks>Not called <c>Routes</c>: that is the router component (App/Routes.razor).</remarks>
public static class Urls
{
    public const string Home = "/";
    public const string Timeline = "/timeline";
    public const string Agreements = "/agreements";
    public const string Actors = "/actors";
    public const string ActorGraph = "/actors/graph";
    public const string Places = "/places";
    public const string Map = "/map";
    public const string Figures = "/figures";
    public const string Sources = "/sources";
    public const string Changes = "/changes";

    /// <summary>The views other sites may frame live under this segment (Hosting/SecurityHeaders.cs lets them).</summary>
    public const string EmbedRoot = "/embed";

    /// <summary>True for <c>/embed</c> and everything under it.</summary>
    public static bool IsEmbed(Microsoft.AspNetCore.Http.PathString path) => path.StartsWithSegments(EmbedRoot, StringComparison.Ordinal);

    /// <summary>The embeddable form of a page: <c>/embed/timeline?…</c>, <c>/embed/events/{slug}</c>, <c>/embed/map?place=…</c>.</summary>
    public static string Embed(string pageAddress) => EmbedRoot + pageAddress;

    /// <summary>A chart (or one figure) for other sites: <c>/embed/figures/{slug}</c>.</summary>
    public static string EmbedFigure(string slug) => EmbedRoot + Figures + "/" + Uri.EscapeDataString(slug);

    /// <summary>The API reference page (Scalar) and the OpenAPI document it reads.</summary>
    public const string ApiReference = "/api";
    public const string OpenApiDocument = "/openapi/v1.json";

    /// <summary>The lists' data in the API (add the page's own query, and <c>format</c>: see <see cref="DataLinks"/>).</summary>
    public const string ApiEvents = "/api/events";
    public const string ApiAgreements = "/api/agreements";
    public const string ApiActors = "/api/actors";
    public const string ApiPlaces = "/api/places";
    public const string ApiFigures = "/api/figures";
    public const string ApiSearch = "/api/search";
    public const string ApiEpisodes = "/api/episodes";

    /// <summary>One item in the API: <c>/api/events/{slug}</c>, <c>/api/agreements/{slug}</c>, <c>/api/episodes/{slug}</c>.</summary>
    public static string ApiEvent(string slug) => ApiEvents + "/" + Uri.EscapeDataString(slug);

    public static string ApiAgreement(string slug) => ApiAgreements + "/" + Uri.EscapeDataString(slug);

    public static string ApiEpisode(string slug) => ApiEpisodes + "/" + Uri.EscapeDataString(slug);

    /// <summary>The whole dataset as one zip: CSV files, datapackage.json and the SQLite file.</summary>
    public const string Dataset = "/downloads/dataset.zip";

    public static string Topic(string slug) => "/topics/" + Uri.EscapeDataString(slug);

    public static string Event(string slug) => "/events/" + Uri.EscapeDataString(slug);

    /// <summary>An episode told as one story: <c>/episodes/{slug}</c>.</summary>
    public static string Episode(string slug) => "/episodes/" + Uri.EscapeDataString(slug);

    public static string Agreement(string slug) => Agreements + "/" + Uri.EscapeDataString(slug);

    public static string Actor(string slug) => Actors + "/" + Uri.EscapeDataString(slug);

    public static string Place(string slug) => Places + "/" + Uri.EscapeDataString(slug);

    public static string Source(string slug) => Sources + "/" + Uri.EscapeDataString(slug);

    /// <summary>The id the source reader gives paragraph <paramref name="number"/>: <c>p-12</c>.</summary>
    public static string ParagraphId(int number) => $"p-{number}";

    /// <summary>A paragraph's permalink in the source reader: <c>/sources/{slug}#p-{n}</c>.</summary>
    public static string Paragraph(string sourceSlug, int number) => Source(sourceSlug) + "#" + ParagraphId(number);

    /// <summary>
    /// The source reader at a paragraph with the quoted words highlighted:
    /// <c>/sources/{slug}?quote=…&amp;quote=…#p-{n}</c>.
    /// </summary>
    public static string Quote(string sourceSlug, int paragraph, params IEnumerable<string> quotes) =>
        UrlQuery.Append(Source(sourceSlug), quotes.Select(q => ("quote", (string?)q))) + "#" + ParagraphId(paragraph);

    /// <summary>
    /// <c>/search</c>, or the results for <paramref name="q"/> (<c>/search?q=…</c>, also when it is empty),
    /// optionally of one kind only; <paramref name="verbatim"/>: exactly as typed, no spelling correction.
    /// </summary>
    public static string Search(string? q = null, string? kind = null, bool verbatim = false) =>
        q is null ? "/search" : UrlQuery.Append("/search?q=" + Uri.EscapeDataString(q), ("kind", kind), ("verbatim", verbatim ? "1" : null));

    /// <summary>The map with a place selected: <c>/map?place={slug}</c>.</summary>
    public static string MapPlace(string slug) => UrlQuery.Append(Map, ("place", slug));

    /// <summary>One of the map's preset views: <c>/map?focus={key}</c>.</summary>
    public static string MapFocus(string key) => UrlQuery.Append(Map, ("focus", key));

    /// <summary>The timeline filtered by one value, from a page outside it: <c>/timeline?actor=iran</c>.</summary>
    public static string TimelineOf(string key, string value) => UrlQuery.Append(Timeline, (key, value));

    /// <summary>An event where it stands in the whole timeline: <c>/timeline#event-{slug}</c>.</summary>
    public static string TimelineEntry(string slug) => Timeline + "#" + TimelineEntryId(slug);

    /// <summary>The id of an event's entry in the timeline list.</summary>
    public static string TimelineEntryId(string slug) => "event-" + slug;

    /// <summary>The agreements filtered by one value: <c>/agreements?status=not-fully-realised</c>.</summary>
    public static string AgreementsOf(string key, string value) => UrlQuery.Append(Agreements, (key, value));

    /// <summary>One actor's ties on the graph: <c>/actors/graph?actor={slug}</c>.</summary>
    public static string ActorGraphOf(string actorSlug) => UrlQuery.Append(ActorGraph, ("actor", actorSlug));
}
