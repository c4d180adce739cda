using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Text;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Import;

/// <summary>One document of the FTS5 <c>SearchIndex</c> table (see docs/search.md).</summary>
/// <param name="Kind">topic, event, agreement, actor, place or paragraph.</param>
/// <param name="Slug">The item's slug; for a paragraph, its source's slug.</param>
/// <param name="Anchor">The paragraph number for a paragraph, else empty.</param>
/// <param name="Label">What a result shows as its heading when the title is empty (a paragraph's section).</param>
/// <param name="Title">The item's title or name (weighted highest); empty for a paragraph.</param>
/// <param name="Body">Summary, description, overview claims or the paragraph's text.</param>
/// <param name="Aliases">Other names of the item and of every actor and place it names or links,
/// so a text that says "Chahbahar" is found by "Chabahar" too.</param>
public sealed record SearchDocument(string Kind, string Slug, string Anchor, string Label, string Title, string Body, string Aliases);

/// <summary>Builds the search documents from validated content and writes them with the import.</summary>
public static class SearchIndexBuilder
{
    public static List<SearchDocument> Build(ValidatedContent content)
    {
        var actors = content.Actors.Select(a => new Named(a.Name, a.Aliases)).ToList();
        var places = content.Places.Select(p => new Named(p.Name, p.Aliases)).ToList();
        var everyone = actors.Concat(places).ToList();
        var paragraphNames = new Dictionary<Paragraph, List<Named>>();
        foreach (var (named, paragraphs) in content.Actors.Select((a, i) => (actors[i], a.MentionedIn))
                     .Concat(content.Places.Select((p, i) => (places[i], p.MentionedIn))))
        {
            foreach (var paragraph in paragraphs)
            {
                (paragraphNames.TryGetValue(paragraph, out var list) ? list : paragraphNames[paragraph] = []).Add(named);
            }
        }

        var docs = new List<SearchDocument>();
        foreach (var t in content.Topics)
        {
            var body = string.Join(' ', t.Claims.OrderBy(c => c.Order).Select(c => c.Text).Prepend(t.Summary));
            docs.Add(new("topic", t.Slug, "", "", t.Title, body, Aliases(Mentioned(everyone, t.Title, body))));
        }

        foreach (var e in content.Events)
        {
            var linked = e.Actors.Select(a => new Named(a.Actor.Name, a.Actor.Aliases))
                .Concat(e.Places.Select(p => new Named(p.Name, p.Aliases)));
            docs.Add(new("event", e.Slug, "", "", e.Title, e.Summary, Aliases(linked.Concat(Mentioned(everyone, e.Title, e.Summary)))));
        }

        foreach (var a in content.Agreements)
        {
            var linked = a.Parties.Select(p => new Named(p.Name, p.Aliases));
            docs.Add(new("agreement", a.Slug, "", "", a.Title, a.Summary, Aliases(linked.Concat(Mentioned(everyone, a.Title, a.Summary)))));
        }

        docs.AddRange(content.Actors.Select(a => new SearchDocument("actor", a.Slug, "", "", a.Name, a.Description, string.Join(" · ", a.Aliases))));
        docs.AddRange(content.Places.Select(p => new SearchDocument("place", p.Slug, "", "", p.Name, p.Description, string.Join(" · ", p.Aliases))));
        foreach (var source in content.Sources)
        {
            foreach (var p in source.Paragraphs.OrderBy(p => p.Number))
            {
                var names = paragraphNames.TryGetValue(p, out var list) ? list : [];
                docs.Add(new("paragraph", source.Slug, p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Section.Title, "", p.Text, Aliases(names)));
            }
        }

        // An editor's note is found with the item it annotates ("Shehbaz" finds the note on "Prime
        // Minister Nawaz"), labelled as ours in the text a result shows.
        foreach (var note in content.Notes.Where(n => n.SubjectKind is "event" or "actor" or "agreement"))
        {
            var i = docs.FindIndex(d => d.Kind == note.SubjectKind && d.Slug == note.SubjectSlug);
            if (i >= 0)
            {
                docs[i] = docs[i] with { Body = $"{docs[i].Body} Editor’s note: {note.Text}" };
            }
        }

        return docs;
    }

    public static async Task WriteAsync(AppDbContext db, IEnumerable<SearchDocument> docs, CancellationToken cancellationToken)
    {
        foreach (var d in docs)
        {
            // Interpolated values become SQL parameters.
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO SearchIndex (kind, slug, anchor, label, title, body, aliases) VALUES ({d.Kind}, {d.Slug}, {d.Anchor}, {d.Label}, {d.Title}, {d.Body}, {d.Aliases})",
                cancellationToken);
        }
    }

    private sealed record Named(string Name, IReadOnlyList<string> Aliases);

    private static IEnumerable<Named> Mentioned(IEnumerable<Named> candidates, string title, string body) =>
        candidates.Where(n => NameMatcher.Mentions(title, n.Name, n.Aliases) || NameMatcher.Mentions(body, n.Name, n.Aliases));

    // The main name goes in too: a text may use only an alias ("Balochistan"), and the name must find it.
    private static string Aliases(IEnumerable<Named> names) =>
        string.Join(" · ", names.SelectMany(n => n.Aliases.Prepend(n.Name)).Distinct(StringComparer.Ordinal));
}
