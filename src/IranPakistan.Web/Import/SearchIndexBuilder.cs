using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.FullText;
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

/// <summary>What the import writes for search: the documents and the acronyms with what they stand for.</summary>
public sealed record SearchIndexContent(IReadOnlyList<SearchDocument> Documents, IReadOnlyList<LexiconAcronym> Acronyms);

/// <summary>Builds the search documents from validated content and writes them with the import.</summary>
public static class SearchIndexBuilder
{
    public static SearchIndexContent Build(ValidatedContent content)
    {
        var docs = Documents(content);
        var synonyms = content.Synonyms.Select(g => new SynonymGroup(g)).ToList();
        docs = docs.Select(d => WithSynonyms(d, synonyms)).ToList();

        // Acronyms stand for the spelled-out names of their group: an actor's or place's other names, or a synonym group's terms.
        var groups = content.Actors.Select(a => a.Aliases.Prepend(a.Name).ToList())
            .Concat(content.Places.Select(p => p.Aliases.Prepend(p.Name).ToList()))
            .Concat(content.Synonyms.Select(g => g.ToList()));
        var acronyms = groups
            .SelectMany(g => g.Where(TextFolding.IsAcronym).SelectMany(a => g.Where(t => !TextFolding.IsAcronym(t)).Select(t => new LexiconAcronym(a, t))))
            .Distinct()
            .ToList();
        return new SearchIndexContent(docs, acronyms);
    }

    private static List<SearchDocument> Documents(ValidatedContent content)
    {
        var actors = content.Actors.Select(Of).ToList();
        var places = content.Places.Select(Of).ToList();
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
            var linked = e.Actors.Select(a => Of(a.Actor)).Concat(e.Places.Select(Of));
            docs.Add(new("event", e.Slug, "", "", e.Title, e.Summary, Aliases(linked.Concat(Mentioned(everyone, e.Title, e.Summary)))));
        }

        foreach (var a in content.Agreements)
        {
            var linked = a.Parties.Select(Of);
            // An MoU is found as one even when its title says "Memorandum" (the synonyms add the long form).
            var kind = a.Kind == "mou" ? "MoU · " : "";
            docs.Add(new("agreement", a.Slug, "", "", a.Title, a.Summary, kind + Aliases(linked.Concat(Mentioned(everyone, a.Title, a.Summary)))));
        }

        docs.AddRange(content.Actors.Select((a, i) => new SearchDocument("actor", a.Slug, "", "", a.Name, a.Description, string.Join(" · ", a.Aliases.Concat(actors[i].Native)))));
        docs.AddRange(content.Places.Select((p, i) => new SearchDocument("place", p.Slug, "", "", p.Name, p.Description, string.Join(" · ", p.Aliases.Concat(places[i].Native)))));
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

    public static async Task WriteAsync(AppDbContext db, SearchIndexContent index, CancellationToken cancellationToken)
    {
        // Each kind numbers its documents in its own range of rowids, in the order built here (the
        // order a capped search reads them in: see docs/search.md).
        var next = new Dictionary<string, long>();
        foreach (var d in index.Documents)
        {
            var rowid = next[d.Kind] = next.TryGetValue(d.Kind, out var n) ? n + 1 : SearchIndex.RowidRange(d.Kind).From;
            // Interpolated values become SQL parameters.
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO SearchIndex (rowid, kind, slug, anchor, label, title, body, aliases) VALUES ({rowid}, {d.Kind}, {d.Slug}, {d.Anchor}, {d.Label}, {d.Title}, {d.Body}, {d.Aliases})",
                cancellationToken);
        }

        foreach (var a in index.Acronyms)
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO SearchAcronym (acronym, expansion) VALUES ({a.Acronym}, {a.Expansion})", cancellationToken);
        }

        await WriteDerivedAsync(db, cancellationToken);
    }

    /// <summary>
    /// (Re)fills what is derived from SearchIndex: SearchTerm from the index's vocabulary (every word with the
    /// number of documents holding it), and SearchName, the names-only index of the same documents.
    /// </summary>
    public static async Task WriteDerivedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("""
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.SearchVocabulary USING fts5vocab(main, 'SearchIndex', 'row');
            DELETE FROM SearchTerm;
            INSERT INTO SearchTerm (term, docs) SELECT term, doc FROM temp.SearchVocabulary;
            DROP TABLE temp.SearchVocabulary;
            INSERT INTO SearchName (SearchName) VALUES ('delete-all');
            INSERT INTO SearchName (rowid, title, aliases) SELECT rowid, title, aliases FROM SearchIndex WHERE title <> '' OR aliases <> '';
            INSERT INTO SearchName (SearchName) VALUES ('optimize');
            """, cancellationToken);
    }

    /// <summary>A synonym group's terms: acronyms as written, the rest folded (<see cref="TextFolding.Key"/>).</summary>
    private sealed record SynonymGroup(IReadOnlyList<string> Terms)
    {
        public IReadOnlyList<string> Acronyms { get; } = Terms.Where(TextFolding.IsAcronym).ToList();
        public IReadOnlyList<string> Keys { get; } = Terms.Where(t => !TextFolding.IsAcronym(t)).Select(TextFolding.Key).ToList();
    }

    // A document that uses any term of a group also carries the group's other terms in its aliases,
    // so "Shiite" finds the paragraph that says "Shia". Acronyms count only as written ("US", not "us").
    private static SearchDocument WithSynonyms(SearchDocument d, IReadOnlyList<SynonymGroup> groups)
    {
        var text = $"{d.Title} . {d.Body} . {d.Aliases}";
        var words = TextFolding.Words(text).ToHashSet(StringComparer.Ordinal);
        var key = " " + TextFolding.Key(text) + " ";
        var extra = groups
            .Where(g => g.Acronyms.Any(words.Contains) || g.Keys.Any(k => key.Contains($" {k} ", StringComparison.Ordinal)))
            .SelectMany(g => g.Terms)
            .Where(t => !(TextFolding.IsAcronym(t) ? words.Contains(t) : key.Contains($" {TextFolding.Key(t)} ", StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return extra.Count == 0 ? d : d with { Aliases = string.Join(" · ", extra.Prepend(d.Aliases).Where(a => a.Length > 0)) };
    }

    // Native: the names in Persian and Urdu script, folded (TextFolding.Key): the index-time half of
    // script folding, so "ايران" and "ایران" meet on one spelling (the query folds the same way).
    private sealed record Named(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Native);

    private static Named Of(Actor a) => new(a.Name, a.Aliases, NativeKeys(a.NameFa, a.NameUr));

    private static Named Of(Place p) => new(p.Name, p.Aliases, NativeKeys(p.NameFa, p.NameUr));

    private static List<string> NativeKeys(string? fa, string? ur) =>
        NativeNames.Of(fa, ur).Select(n => TextFolding.Key(n.Text)).Distinct(StringComparer.Ordinal).ToList();

    private static IEnumerable<Named> Mentioned(IEnumerable<Named> candidates, string title, string body) =>
        candidates.Where(n => NameMatcher.Mentions(title, n.Name, n.Aliases) || NameMatcher.Mentions(body, n.Name, n.Aliases));

    // The main name goes in too: a text may use only an alias ("Balochistan"), and the name must find it.
    private static string Aliases(IEnumerable<Named> names) =>
        string.Join(" · ", names.SelectMany(n => n.Aliases.Prepend(n.Name).Concat(n.Native)).Distinct(StringComparer.Ordinal));
}
