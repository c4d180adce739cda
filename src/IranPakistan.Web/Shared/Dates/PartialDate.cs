using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Shared.Dates;

/// <summary>How much of a date the source gives.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    /// <summary>A day, or a range of days the event lasted ("from April 22 to 24").</summary>
    [JsonStringEnumMemberName("day")]
    Day,

    /// <summary>A month ("in January 2019").</summary>
    [JsonStringEnumMemberName("month")]
    Month,

    /// <summary>A year ("in 2014").</summary>
    [JsonStringEnumMemberName("year")]
    Year,

    /// <summary>A vague span in the source's words ("since the early 2000s"), bounded by us as widely as the words allow.</summary>
    [JsonStringEnumMemberName("approximate")]
    Approximate,

    /// <summary>Dated only by its relation to other events ("shortly before the visit", "two days later" aside: that is a day).</summary>
    [JsonStringEnumMemberName("relative")]
    Relative,

    /// <summary>No date at all in the source.</summary>
    [JsonStringEnumMemberName("undated")]
    Undated,
}

/// <summary>How an event relates in time to another the source names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DateRelationKind>))]
public enum DateRelationKind
{
    [JsonStringEnumMemberName("before")]
    Before,
    [JsonStringEnumMemberName("after")]
    After,
    [JsonStringEnumMemberName("during")]
    During,
}

/// <summary>"before raisi-visit-to-pakistan": the relation and the slug of the event it is relative to.</summary>
public sealed record DateRelation(DateRelationKind Relation, string Event);

/// <summary>Whether an event falls in a period: certainly (its whole possible span is inside), possibly, or not.</summary>
public enum DateMatch
{
    Outside,
    Possible,
    Certain,
}

/// <summary>
/// The one date type of the explorer (docs/data-model.md, "Dates"): a date no more precise than the
/// source gives it. It is what the seeds say, what the import checks and stores, what pages show,
/// what the date filters test and what the JSON carries, in one shape:
/// <list type="bullet">
/// <item><see cref="Precision"/>: day, month, year, approximate, relative or undated;</item>
/// <item><see cref="Earliest"/>, <see cref="Latest"/>: the first and last day the event may fall on
/// (inclusive; null where the source sets no bound; both null when undated);</item>
/// <item><see cref="IsExtent"/>: the span is the event's own length (a visit "from April 22 to 24"),
/// not our uncertainty about a single moment;</item>
/// <item><see cref="YearInferred"/> and <see cref="YearNote"/>: the source gives no year, we infer it and say why;</item>
/// <item><see cref="Label"/>: the date in words for relative, approximate and undated dates, close to the source's;</item>
/// <item><see cref="Relations"/>: the events it is dated against, which order it on the timeline.</item>
/// </list>
/// Words for a reader come from a <see cref="DateFormatter"/> (Gregorian English today), so another
/// calendar can format the same value without changing it.
/// </summary>
public sealed partial record PartialDate
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    // A content version has a few dozen distinct dates; each is parsed once.
    private static readonly ConcurrentDictionary<string, PartialDate> _parsed = new(StringComparer.Ordinal);

    public DatePrecision Precision { get; init; }
    public DateOnly? Earliest { get; init; }
    public DateOnly? Latest { get; init; }
    [JsonPropertyName("extent")]
    public bool IsExtent { get; init; }
    public bool YearInferred { get; init; }
    public string? YearNote { get; init; }
    public string? Label { get; init; }
    public IReadOnlyList<DateRelation> Relations { get; init; } = [];

    /// <summary>No date: the source gives none.</summary>
    public static PartialDate Undated(string? label = null) => new() { Precision = DatePrecision.Undated, Label = label };

    /// <summary>Day, month or year precision: the date as the source gives it.</summary>
    [JsonIgnore]
    public bool IsExact => Precision is DatePrecision.Day or DatePrecision.Month or DatePrecision.Year;

    /// <summary>Whether any date filter can reach it: undated dates (and relative ones with no bound) never match one.</summary>
    [JsonIgnore]
    public bool HasBounds => Earliest is not null || Latest is not null;

    /// <summary>ISO 8601 cut to the precision, for <c>&lt;time datetime&gt;</c>; null unless exact.</summary>
    [JsonIgnore]
    public string? Iso => Precision switch
    {
        DatePrecision.Day => Earliest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Earliest?.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year => Earliest?.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The last day of a range of days as ISO 8601 ("2024-04-24"), else null.</summary>
    [JsonIgnore]
    public string? EndIso => Precision == DatePrecision.Day && IsExtent && Latest != Earliest
        ? Latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary>The date for a reader, in English on the Gregorian calendar.</summary>
    [JsonIgnore]
    public string Text => DateFormatter.English.Format(this);

    /// <summary>
    /// Where the period [<paramref name="from"/>, <paramref name="to"/>] (inclusive; null = open) leaves
    /// this date: certain when every day it may fall on is inside, possible when only some are,
    /// outside otherwise. An undated date, or one with no bound at all, is always outside.
    /// A date open on one side ("after 18 January", "shortly before 22 April") may fall in a period only
    /// when the period reaches into the calendar month of its known bound, on the open side: the source
    /// ties it to that moment and to nothing later (or earlier), so listing it as possible in every later
    /// (earlier) period would be noise (docs/data-model.md, "Certain or possible").
    /// </summary>
    public DateMatch In(DateOnly? from, DateOnly? to)
    {
        if (!HasBounds)
        {
            return DateMatch.Outside;
        }

        var lo = Earliest ?? DateOnly.MinValue;
        var hi = Latest ?? DateOnly.MaxValue;
        var first = from ?? DateOnly.MinValue;
        var last = to ?? DateOnly.MaxValue;
        if (hi < first || lo > last)
        {
            return DateMatch.Outside;
        }

        if (lo >= first && hi <= last)
        {
            return DateMatch.Certain;
        }

        // Only possible: an open side reaches no further than the month of the known bound.
        var (nearLo, nearHi) = (Earliest, Latest) switch
        {
            ({ } e, null) => (e, new DateOnly(e.Year, e.Month, DateTime.DaysInMonth(e.Year, e.Month))),
            (null, { } l) => (new DateOnly(l.Year, l.Month, 1), l),
            _ => (lo, hi),
        };
        return nearHi < first || nearLo > last ? DateMatch.Outside : DateMatch.Possible;
    }

    // ---------------------------------------------------------------- the written forms

    [GeneratedRegex(@"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>
    /// "2024-01-16", "2024-01" or "2024" (exactly these forms, only real dates): a day, month or year
    /// date, the form stating the precision. The seeds, the filters' <c>from</c>/<c>to</c> and the
    /// JSON all write exact dates so.
    /// </summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = null!;
        if (text is null)
        {
            return false;
        }

        var m = Shape().Match(text);
        if (!m.Success)
        {
            return false;
        }

        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        var day = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        if (year < 1 || (m.Groups[2].Success && month is < 1 or > 12)
            || (m.Groups[3].Success && (day < 1 || day > DateTime.DaysInMonth(year, month))))
        {
            return false;
        }

        date = day > 0 ? Day(new DateOnly(year, month, day))
            : month > 0 ? Month(year, month)
            : Year(year);
        return true;
    }

    public static PartialDate Day(DateOnly day, DateOnly? end = null) => new()
    {
        Precision = DatePrecision.Day,
        Earliest = day,
        Latest = end ?? day,
        IsExtent = end is not null && end != day,
    };

    public static PartialDate Month(int year, int month) => new()
    {
        Precision = DatePrecision.Month,
        Earliest = new DateOnly(year, month, 1),
        Latest = new DateOnly(year, month, DateTime.DaysInMonth(year, month)),
    };

    public static PartialDate Year(int year) => new()
    {
        Precision = DatePrecision.Year,
        Earliest = new DateOnly(year, 1, 1),
        Latest = new DateOnly(year, 12, 31),
    };

    /// <summary>The one JSON shape (docs/data-model.md): stored in the database as is, and the API's <c>date</c> without its <c>text</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, _json);

    public static PartialDate FromJson(string json) =>
        _parsed.GetOrAdd(json, j => JsonSerializer.Deserialize<PartialDate>(j, _json) ?? throw new JsonException("A date cannot be null."));

    /// <summary>An event's date.</summary>
    public static PartialDate Of(Event e) => FromJson(e.DateJson);

    /// <summary>An agreement's date; null when the source gives none.</summary>
    public static PartialDate? Of(Agreement a) => a.DateJson is null ? null : FromJson(a.DateJson);

    // ---------------------------------------------------------------- how the relations bound and order it

    /// <summary>
    /// The latest day the event may have begun: a range of days begins on its first; anything else may
    /// have happened on its last possible day. "Before X" ends at X's.
    /// </summary>
    [JsonIgnore]
    public DateOnly? StartLatest => IsExtent ? Earliest : Latest;

    /// <summary>The earliest day the event may have ended. "After X" begins at X's.</summary>
    [JsonIgnore]
    public DateOnly? EndEarliest => IsExtent ? Latest : Earliest;

    /// <summary>
    /// Where it sorts on the timeline: a day (null when undated) and a rank among what sorts on that day.
    /// Exact and approximate dates sort by their first day; a relative date by the last day it may fall on
    /// (what it happened "by"), or its first when it has no last — and "before X" sorts ahead of what
    /// shares its day, everything else relative after it. Undated sorts after everything dated.
    /// </summary>
    [JsonIgnore]
    public (DateOnly? Day, int Rank) OrderKey => Precision switch
    {
        DatePrecision.Undated => (null, 0),
        DatePrecision.Relative when !HasBounds => (null, 0),
        DatePrecision.Relative => (Latest ?? Earliest,
            Relations.Any(r => r.Relation == DateRelationKind.Before) ? -1 : 1),
        _ => (Earliest, 0),
    };

    /// <summary>The year the timeline lists it under; null for "not dated in the source".</summary>
    [JsonIgnore]
    public int? GroupYear => OrderKey.Day?.Year;
}
