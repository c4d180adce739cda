using System.Text.RegularExpressions;
using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.Dates;

namespace IranPakistan.Web.Import.Validation;

/// <summary>A dated item waiting for its relations to be resolved: its date so far, its seed and file.</summary>
internal sealed record PendingDate(FileContext File, DatedSeed Seed, PartialDate Date, int Index);

/// <summary>
/// Dates no more precise than the source (docs/data-model.md, "Dates"): each seed's date becomes one
/// <see cref="PartialDate"/>. The written form must match the precision; relative, approximate and
/// undated dates carry words instead of a day; an inferred year says why and shows in brackets; a
/// relative date's bounds come from the events it is relative to (<see cref="Resolve"/>).
/// </summary>
internal static partial class DateChecks
{
    [GeneratedRegex(@"(?<!\[)\b[0-9]{4}\b(?!\])", RegexOptions.CultureInvariant)]
    private static partial Regex BareYear();

    /// <summary>The seed's own date (relations not yet resolved), or null when it has none (reported when required) or it is malformed.</summary>
    public static PartialDate? Date(this FileContext file, DatedSeed seed, bool required)
    {
        var relations = Relations(seed);
        if (seed.Precision is null && seed.Date is null && relations.Count == 0 && seed.Earliest is null && seed.Latest is null)
        {
            if (required)
            {
                file.Error(seed.Line, $"'{seed.Slug}' needs a date: 'date' (yyyy, yyyy-mm or yyyy-mm-dd) or 'precision: undated'");
            }

            return null;
        }

        var precision = file.Enum<DatePrecision>(seed, seed.Precision, "precision");
        var ok = true;
        void Fail(string message)
        {
            file.Error(seed.Line, $"'{seed.Slug}': {message}");
            ok = false;
        }

        PartialDate date;
        if (precision is DatePrecision.Day or DatePrecision.Month or DatePrecision.Year)
        {
            if (!PartialDate.TryParse(seed.Date, out var parsed))
            {
                Fail(seed.Date is null ? "needs a 'date'" : $"date '{seed.Date}' is not yyyy, yyyy-mm or yyyy-mm-dd");
                return null;
            }

            if (parsed.Precision != precision)
            {
                // A date written to the month cannot claim day precision, and the reverse would hide what we know.
                Fail($"precision '{Vocabulary.ToKebab(precision)}' needs a date written as {Pattern(precision)}, not '{seed.Date}'");
            }

            date = parsed;
            if (seed.End is not null)
            {
                if (!PartialDate.TryParse(seed.End, out var end) || end.Precision != DatePrecision.Day || precision != DatePrecision.Day)
                {
                    Fail($"end '{seed.End}' must be a day (yyyy-mm-dd) ending a range of days");
                }
                else if (end.Earliest < parsed.Earliest)
                {
                    Fail($"end '{seed.End}' is before date '{seed.Date}'");
                }
                else
                {
                    date = PartialDate.Day(parsed.Earliest!.Value, end.Earliest);
                }
            }

            if (relations.Count > 0 || seed.Earliest is not null || seed.Latest is not null)
            {
                Fail("a day, month or year date takes no 'before', 'after', 'during', 'earliest' or 'latest' (use precision 'relative')");
            }
        }
        else
        {
            if (seed.Date is not null || seed.End is not null)
            {
                Fail($"a {Vocabulary.ToKebab(precision)} date has no 'date' or 'end': give 'earliest'/'latest' bounds the source allows" +
                    (precision == DatePrecision.Relative ? " and 'before', 'after' or 'during'" : ""));
            }

            var earliest = Bound(seed.Earliest, "earliest", first: true);
            var latest = Bound(seed.Latest, "latest", first: false);
            if (earliest > latest)
            {
                Fail($"earliest '{seed.Earliest}' is after latest '{seed.Latest}'");
            }

            switch (precision)
            {
                case DatePrecision.Approximate when earliest is null && latest is null:
                    Fail("an approximate date needs 'earliest' and/or 'latest': the widest span its words allow");
                    break;
                case DatePrecision.Relative when relations.Count == 0:
                    Fail("a relative date needs 'before', 'after' or 'during': the event the source dates it against");
                    break;
                case DatePrecision.Undated when earliest is not null || latest is not null:
                    Fail("an undated date has no bounds; if the source bounds it, it is 'relative' or 'approximate'");
                    break;
            }

            if (precision is DatePrecision.Approximate or DatePrecision.Relative && string.IsNullOrWhiteSpace(seed.DateLabel))
            {
                Fail($"{(precision == DatePrecision.Approximate ? "an" : "a")} {Vocabulary.ToKebab(precision)} date needs a 'date_label' close to the source's words");
            }

            date = new PartialDate { Precision = precision, Earliest = earliest, Latest = latest, Relations = relations };
        }

        if (seed.YearInferred is { } note)
        {
            if (string.IsNullOrWhiteSpace(note))
            {
                Fail("'year_inferred' needs the reason the year can be inferred");
            }

            if (precision == DatePrecision.Undated)
            {
                Fail("an undated date has no year to infer");
            }

            if (seed.DateLabel is { } words && BareYear().IsMatch(words))
            {
                Fail($"the year is inferred, so the label writes it in brackets ('[2024]'), not '{BareYear().Match(words).Value}'");
            }
        }

        date = date with
        {
            Label = string.IsNullOrWhiteSpace(seed.DateLabel) ? null : seed.DateLabel.Trim(),
            YearInferred = seed.YearInferred is not null,
            YearNote = string.IsNullOrWhiteSpace(seed.YearInferred) ? null : seed.YearInferred.Trim(),
        };
        return ok ? date : null;

        DateOnly? Bound(string? text, string key, bool first)
        {
            if (text is null)
            {
                return null;
            }

            if (!PartialDate.TryParse(text, out var b))
            {
                Fail($"{key} '{text}' is not yyyy, yyyy-mm or yyyy-mm-dd");
                return null;
            }

            return first ? b.Earliest : b.Latest;
        }
    }

    /// <summary>
    /// Gives every relative date the bounds its relations allow — "after X" begins no earlier than X may
    /// have ended, "before X" ends no later than X may have begun, "during X" lies within X — repeated until
    /// nothing changes (a relation may point at another relative date), then stores each date and the
    /// timeline's order on the events.
    /// </summary>
    public static void Resolve(ValidationRun run)
    {
        var events = run.PendingEventDates;
        var dates = events.ToDictionary(p => p.Key.Slug, p => p.Value.Date);
        foreach (var (_, p) in events)
        {
            foreach (var r in p.Date.Relations)
            {
                if (r.Event == p.Seed.Slug)
                {
                    p.File.Error(p.Seed.Line, $"'{p.Seed.Slug}' cannot be dated relative to itself");
                }
                else if (!dates.ContainsKey(r.Event))
                {
                    p.File.Error(p.Seed.Line, $"unknown event '{r.Event}' in '{Vocabulary.ToKebab(r.Relation)}'", unknownReference: true);
                }
            }
        }

        for (var round = 0; round < 20; round++)
        {
            var changed = false;
            foreach (var slug in dates.Keys.ToList())
            {
                var bounded = Bounded(dates[slug], dates);
                if (bounded != dates[slug])
                {
                    dates[slug] = bounded;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        foreach (var (ev, p) in events)
        {
            var date = dates[ev.Slug];
            if (date.Earliest > date.Latest)
            {
                p.File.Error(p.Seed.Line, $"'{ev.Slug}': its relations and bounds leave no day for it ({date.Earliest:yyyy-MM-dd} to {date.Latest:yyyy-MM-dd})");
            }

            ev.DateJson = date.ToJson();
        }

        var order = events
            .OrderBy(p => dates[p.Key.Slug].OrderKey.Day is null)
            .ThenBy(p => dates[p.Key.Slug].OrderKey.Day)
            .ThenBy(p => dates[p.Key.Slug].OrderKey.Rank)
            .ThenBy(p => p.Value.Seed.Sort)
            .ThenBy(p => dates[p.Key.Slug].OrderKey.Day is null ? p.Value.Index : 0)
            .ThenBy(p => p.Key.Title, StringComparer.Ordinal)
            .Select(p => p.Key)
            .ToList();
        for (var i = 0; i < order.Count; i++)
        {
            order[i].TimelineOrder = i;
        }

        foreach (var (agreement, p) in run.PendingAgreementDates)
        {
            foreach (var r in p.Date.Relations.Where(r => !dates.ContainsKey(r.Event)))
            {
                p.File.Error(p.Seed.Line, $"unknown event '{r.Event}' in '{Vocabulary.ToKebab(r.Relation)}'", unknownReference: true);
            }

            agreement.DateJson = Bounded(p.Date, dates).ToJson();
        }
    }

    private static PartialDate Bounded(PartialDate date, Dictionary<string, PartialDate> dates)
    {
        if (date.Precision != DatePrecision.Relative)
        {
            return date;
        }

        var earliest = date.Earliest;
        var latest = date.Latest;
        foreach (var r in date.Relations.Where(r => r.Relation != DateRelationKind.During))
        {
            if (dates.TryGetValue(r.Event, out var other))
            {
                earliest = r.Relation == DateRelationKind.After ? Max(earliest, other.EndEarliest) : earliest;
                latest = r.Relation == DateRelationKind.Before ? Min(latest, other.StartLatest) : latest;
            }
        }

        // "During the strikes" of 16 and 18 January: within the span they cover together, from the first to the last.
        var during = date.Relations.Where(r => r.Relation == DateRelationKind.During && dates.ContainsKey(r.Event)).Select(r => dates[r.Event]).ToList();
        if (during.Count > 0)
        {
            earliest = Max(earliest, during.Any(d => d.Earliest is null) ? null : during.Min(d => d.Earliest));
            latest = Min(latest, during.Any(d => d.Latest is null) ? null : during.Max(d => d.Latest));
        }

        return earliest == date.Earliest && latest == date.Latest ? date : date with { Earliest = earliest, Latest = latest };
    }

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static List<DateRelation> Relations(DatedSeed seed) =>
    [
        .. (seed.Before ?? []).Select(s => new DateRelation(DateRelationKind.Before, s)),
        .. (seed.After ?? []).Select(s => new DateRelation(DateRelationKind.After, s)),
        .. (seed.During ?? []).Select(s => new DateRelation(DateRelationKind.During, s)),
    ];

    private static string Pattern(DatePrecision p) => p switch
    {
        DatePrecision.Day => "yyyy-mm-dd",
        DatePrecision.Month => "yyyy-mm",
        _ => "yyyy",
    };
}
