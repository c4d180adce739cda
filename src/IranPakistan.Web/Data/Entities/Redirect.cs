namespace IranPakistan.Web.Data.Entities;

/// <summary>
/// A slug that changed (seeds/redirects.yaml): its old addresses answer with a 301 to the new ones, so a
/// citation or a link made before the change still works.
/// </summary>
public class Redirect
{
    public int Id { get; set; }

    /// <summary>One of <see cref="Segments"/>' keys: event, agreement, topic, actor, place, figure, source, episode.</summary>
    public required string Kind { get; set; }
    public required string FromSlug { get; set; }
    public required string ToSlug { get; set; }

    /// <summary>Each kind that can be redirected and the address segment its pages (and /api, /embed) use.</summary>
    public static IReadOnlyDictionary<string, string> Segments { get; } = new Dictionary<string, string>
    {
        ["event"] = "events",
        ["agreement"] = "agreements",
        ["topic"] = "topics",
        ["actor"] = "actors",
        ["place"] = "places",
        ["figure"] = "figures",
        ["source"] = "sources",
        ["episode"] = "episodes",
    };
}
