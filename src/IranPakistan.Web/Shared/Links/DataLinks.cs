namespace IranPakistan.Web.Shared.Links;

/// <summary>
/// The one download convention: a list page's data is its API address with the page's own query
/// (<c>/timeline?kind=strike</c> → <c>/api/events?kind=strike</c>), plus <c>format=csv</c> or
/// <c>format=json</c> for the whole current view as a file, or <c>format=atom</c> for its feed.
/// </summary>
public static class DataLinks
{
    public const string Csv = "csv";
    public const string Json = "json";
    public const string Atom = "atom";

    private static readonly (string Page, string Api)[] _lists =
    [
        (Urls.Timeline, Urls.ApiEvents), (Urls.Agreements, Urls.ApiAgreements), (Urls.Actors, Urls.ApiActors),
        (Urls.Places, Urls.ApiPlaces), (Urls.Figures, Urls.ApiFigures), (Urls.Search(), Urls.ApiSearch),
    ];

    /// <summary><paramref name="api"/> (a list's address with its query) as a file or feed: <c>…&amp;format=csv</c>.</summary>
    public static string As(string api, string format) => UrlQuery.Append(api, ("format", format));

    /// <summary>The page that shows the list at <paramref name="apiPath"/> (no query), or null.</summary>
    public static string? PageFor(string apiPath) => _lists.FirstOrDefault(l => l.Api == apiPath).Page;
}
