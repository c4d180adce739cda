using System.Text.Json.Serialization;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Features.Timeline;

/// <summary>
/// The timeline's filters exactly as the query string carries them. The static page, the
/// interactive island and /api/events all parse, check and print state through this one type,
/// so a URL, the form and every link agree.
/// </summary>
public sealed record TimelineFilter(
    string? Topic = null,
    string? Actor = null,
    string? Place = null,
    string? Kind = null,
    string? Episode = null,
    string? From = null,
    string? To = null)
{
    /// <summary>Longer values cannot be a slug or a date; they are reported, not looked up.</summary>
    public const int MaxValueLength = 80;

    /// <summary>The query keys, in the order URLs print them.</summary>
    public static readonly IReadOnlyList<string> Keys = ["topic", "actor", "place", "kind", "episode", "from", "to"];

    public static readonly TimelineFilter None = new();

    /// <summary>Trims each value and treats an empty one as absent (what an "All" option submits).</summary>
    public static TimelineFilter Parse(string? topic, string? actor, string? place, string? kind, string? episode, string? from, string? to) =>
        new(Clean(topic), Clean(actor), Clean(place), Clean(kind), Clean(episode), Clean(from), Clean(to));

    public static TimelineFilter Parse(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> query)
    {
        var values = query.ToDictionary(q => q.Key, q => q.Value.FirstOrDefault(), StringComparer.OrdinalIgnoreCase);
        string? Get(string key) => values.GetValueOrDefault(key);
        return Parse(Get("topic"), Get("actor"), Get("place"), Get("kind"), Get("episode"), Get("from"), Get("to"));
    }

    public string? this[string key] => key switch
    {
        "topic" => Topic,
        "actor" => Actor,
        "place" => Place,
        "kind" => Kind,
        "episode" => Episode,
        "from" => From,
        "to" => To,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a timeline filter"),
    };

    [JsonIgnore]
    public bool IsEmpty => Keys.All(k => this[k] is null);

    /// <summary>The same filter with one value set (or removed, for null or empty).</summary>
    public TimelineFilter With(string key, string? value)
    {
        value = Clean(value);
        return key switch
        {
            "topic" => this with { Topic = value },
            "actor" => this with { Actor = value },
            "place" => this with { Place = value },
            "kind" => this with { Kind = value },
            "episode" => this with { Episode = value },
            "from" => this with { From = value },
            "to" => this with { To = value },
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a timeline filter"),
        };
    }

    /// <summary>The URL of this state: <c>/timeline?topic=security&amp;from=2024</c>, keys in a fixed order.</summary>
    public string ToUri() => UrlQuery.Append(Urls.Timeline, Keys.Select(k => (k, this[k])));

    /// <summary>What is wrong with the values on their face (length, date form, order of from/to).</summary>
    public IReadOnlyList<FilterProblem> Check()
    {
        var problems = new List<FilterProblem>();
        foreach (var key in Keys)
        {
            if (this[key] is { Length: > MaxValueLength })
            {
                problems.Add(new(key, $"The {key} value is too long ({this[key]!.Length} characters)."));
            }
        }

        var from = CheckDate(problems, "from", From);
        var to = CheckDate(problems, "to", To);
        if (from is not null && to is not null && from.Earliest > to.Latest)
        {
            problems.Add(new("to", $"“from” ({Echo.Of(From)}) is after “to” ({Echo.Of(To)}); choose a “from” no later than “to”."));
        }

        return problems;
    }

    /// <summary>The period <see cref="From"/> names, or null when absent or malformed.</summary>
    [JsonIgnore]
    public PartialDate? FromPeriod => From is { Length: <= MaxValueLength } f && PartialDate.TryParse(f, out var p) ? p : null;

    [JsonIgnore]
    public PartialDate? ToPeriod => To is { Length: <= MaxValueLength } t && PartialDate.TryParse(t, out var p) ? p : null;

    /// <summary>Whether a date filter is set (one that parsed).</summary>
    [JsonIgnore]
    public bool HasDates => FromPeriod is not null || ToPeriod is not null;

    /// <summary>Where the filter's period leaves a date: inside for certain, possibly, or not (<see cref="PartialDate.In"/>).</summary>
    public DateMatch Match(PartialDate date) => date.In(FromPeriod?.Earliest, ToPeriod?.Latest);

    private static PartialDate? CheckDate(List<FilterProblem> problems, string key, string? value)
    {
        if (value is null || value.Length > MaxValueLength)
        {
            return null;
        }

        if (PartialDate.TryParse(value, out var period))
        {
            return period;
        }

        problems.Add(new(key, $"“{Shorten(value)}” is not a date: write {key} as a year (2024), a month (2024-01) or a day (2024-01-16)."));
        return null;
    }

    internal static string Shorten(string value) => Echo.Of(value);

    private static string? Clean(string? value) => UrlQuery.Value(value?.Trim());
}

/// <summary>One problem with one filter value, named by its query key.</summary>
public sealed record FilterProblem(string Key, string Message);
