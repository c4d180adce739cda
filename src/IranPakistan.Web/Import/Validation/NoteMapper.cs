using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Import.Validation;

/// <summary>
/// An editor's note seed → its <see cref="EditorNote"/>. A note names exactly one item it annotates
/// (an event, actor, agreement or source); a <c>public-record</c> note needs at least one outside
/// reference with a title, a publisher and a date or an address; a quote, when given, must occur
/// verbatim in one paragraph of the source, like a citation's.
/// </summary>
internal static class NoteMapper
{
    public static readonly IReadOnlyList<string> Kinds = ["public-record", "source-problem"];

    public static void Map(FileContext file, NoteSeed seed)
    {
        var slug = file.Required(seed, seed.Slug, "slug");
        var what = $"note '{slug}'";
        var subjects = new (string Kind, string? Slug)[] { ("event", seed.Event), ("actor", seed.Actor), ("agreement", seed.Agreement), ("source", seed.Source) }
            .Where(s => s.Slug is not null).ToList();
        if (subjects.Count != 1)
        {
            file.Error(seed.Line, $"{what} must name exactly one item it annotates: 'event', 'actor', 'agreement' or 'source'");
            return;
        }

        var (subjectKind, subjectSlug) = subjects[0];
        var known = subjectKind switch
        {
            "event" => file.Run.Events.ContainsKey(subjectSlug!),
            "actor" => file.Run.Actors.ContainsKey(subjectSlug!),
            "agreement" => file.Run.AgreementSlugs.Contains(subjectSlug!),
            _ => file.Run.Sources.ContainsKey(subjectSlug!),
        };
        if (!known)
        {
            file.Error(seed.Line, $"{what}: unknown {subjectKind} '{subjectSlug}'", unknownReference: true);
        }

        var note = new EditorNote
        {
            Slug = slug,
            Kind = file.OneOf(seed, seed.Kind, "kind", Kinds),
            Text = file.Required(seed, seed.Text, "text"),
            SubjectKind = subjectKind,
            SubjectSlug = subjectSlug!,
        };

        if (note.Kind == "public-record" && (seed.References is null || seed.References.Count == 0))
        {
            file.Error(seed.Line, $"{what}: a public-record note needs 'references' (title, publisher, date or url): it is our word, not the source's");
        }

        foreach (var r in seed.References ?? [])
        {
            var line = r.Line > 0 ? r.Line : seed.Line;
            if (string.IsNullOrWhiteSpace(r.Title) || string.IsNullOrWhiteSpace(r.Publisher) || (r.Date is null && r.Url is null))
            {
                file.Error(line, $"{what}: a reference needs a 'title', a 'publisher' and a 'date' or a 'url'");
            }

            if (r.Date is not null && !PartialDate.TryParse(r.Date, out _))
            {
                file.Error(line, $"{what}: reference date '{r.Date}' is not yyyy, yyyy-mm or yyyy-mm-dd");
            }

            if (r.Url is not null && !(Uri.TryCreate(r.Url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            {
                file.Error(line, $"{what}: reference url '{r.Url}' is not an http(s) address");
            }

            note.References.Add(new NoteReference
            {
                Title = r.Title?.Trim() ?? "",
                Publisher = r.Publisher?.Trim() ?? "",
                Date = r.Date,
                Url = r.Url,
                Order = note.References.Count,
            });
        }

        if (seed.Quote is { } quote)
        {
            // The same check as a citation's quote: verbatim, in exactly one paragraph.
            var sourceSlug = subjectKind == "source" ? subjectSlug : file.DefaultSource;
            if (sourceSlug is not null && file.Run.Sources.TryGetValue(sourceSlug, out var source))
            {
                var hits = source.Source.Paragraphs.Where(p => QuoteMatcher.Contains(p.Text, quote)).ToList();
                if (hits.Count == 1)
                {
                    note.Paragraph = hits[0];
                    note.Quote = quote;
                }
                else
                {
                    file.Error(seed.Line, $"{what}: quote \"{quote}\" occurs in {hits.Count} paragraphs of '{sourceSlug}'; it must occur in exactly one");
                }
            }
            else
            {
                file.Error(seed.Line, $"{what}: the quote names no known source (set 'source' or default_source)");
            }
        }

        if (file.Run.NoteSlugs.Add(slug) is false)
        {
            file.Error(seed.Line, $"{what}: the slug is used twice");
        }

        file.Run.Content.Notes.Add(note);
    }
}
