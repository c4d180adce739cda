using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Shared.Notes;

/// <summary>
/// Which editor's notes stand beside which facts (docs/data-model.md, "Editor's notes"), loaded once per
/// content version. A note stands beside the item it names, and beside every fact one of whose quotes
/// lies in the sentence the note's own quote is in (the affected sentence). Notes never change the facts.
/// </summary>
public sealed class NoteIndex
{
    private readonly Func<CancellationToken, Task<NoteSet>> _load;

    public NoteIndex(IDbContextFactory<AppDbContext> dbFactory, ContentMemo memo) =>
        _load = cancellationToken => memo.GetAsync("notes:index", async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var notes = await db.EditorNotes.AsNoTracking()
                .Include(n => n.References)
                .Include(n => n.Paragraph).ThenInclude(p => p!.Source)
                .OrderBy(n => n.Id)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            return new NoteSet(notes);
        });

    private NoteIndex(NoteSet notes) => _load = _ => Task.FromResult(notes);

    /// <summary>A fixed set of notes (component tests).</summary>
    public static NoteIndex Of(NoteSet notes) => new(notes);

    public Task<NoteSet> GetAsync(CancellationToken cancellationToken = default) => _load(cancellationToken);
}

/// <summary>The notes of one content version, with the sentence each quoted note is about.</summary>
public sealed class NoteSet
{
    private readonly IReadOnlyList<EditorNote> _notes;
    private readonly Dictionary<EditorNote, (string Source, int Paragraph, string Text, int Start, int End)> _sentences = [];

    public NoteSet(IReadOnlyList<EditorNote> notes)
    {
        _notes = notes;
        foreach (var n in notes)
        {
            if (n.Quote is { } quote && n.Paragraph is { } p)
            {
                var at = p.Text.IndexOf(quote, StringComparison.Ordinal);
                var (start, end) = at < 0 ? (0, p.Text.Length) : Sentences.Around(p.Text, at, at + quote.Length);
                _sentences[n] = (p.Source.Slug, p.Number, p.Text, start, end);
            }
        }
    }

    public IReadOnlyList<EditorNote> All => _notes;

    /// <summary>
    /// The notes about an item (<c>event</c>, <c>actor</c>, <c>agreement</c>, <c>source</c>) and about the
    /// sentences its citations quote; pass a null kind for a fact that is no item of its own (a topic claim).
    /// </summary>
    public IReadOnlyList<EditorNote> For(string? subjectKind, string? slug, IEnumerable<CitationView> citations)
    {
        var cited = citations.ToList();
        return _notes.Where(n => (subjectKind is not null && n.SubjectKind == subjectKind && n.SubjectSlug == slug)
                || (_sentences.TryGetValue(n, out var s) && cited.Any(c => Touches(s, c))))
            .ToList();
    }

    public IReadOnlyList<EditorNote> For(string? subjectKind, string? slug, IEnumerable<Citation> citations) =>
        For(subjectKind, slug, CitationView.From(citations));

    /// <summary>
    /// The notes an item's page shows: about any of <paramref name="slugs"/> (items of one kind: an event,
    /// or an episode's events) and about the sentences <paramref name="citations"/> quote, each once, in note order.
    /// </summary>
    public IReadOnlyList<EditorNote> ForAll(string subjectKind, IEnumerable<string> slugs, IEnumerable<Citation> citations)
    {
        var cited = CitationView.From(citations);
        return slugs.Where(s => s.Length > 0).Distinct()
            .SelectMany(s => For(subjectKind, s, cited))
            .Concat(For(null, null, cited))
            .DistinctBy(n => n.Id)
            .OrderBy(n => n.Id)
            .ToList();
    }

    /// <summary>Where a note is shown in full, with its references: on the page of the item it names.</summary>
    public static string Href(EditorNote n) => n.SubjectKind switch
    {
        "event" => Urls.Event(n.SubjectSlug),
        "actor" => Urls.Actor(n.SubjectSlug),
        "agreement" => Urls.Agreement(n.SubjectSlug),
        _ => Urls.Source(n.SubjectSlug),
    } + "#note-" + n.Slug;

    /// <summary>"Editor’s note" or "Problem in the source".</summary>
    public static string Label(EditorNote n) => n.Kind == "source-problem" ? "Problem in the source" : "Editor’s note";

    private static bool Touches((string Source, int Paragraph, string Text, int Start, int End) s, CitationView c)
    {
        if (c.SourceSlug != s.Source || c.Paragraph != s.Paragraph)
        {
            return false;
        }

        // Each of the link's quotes; a quote not found as it stands counts as touching (the paragraph is the same).
        return c.Quotes.Any(q =>
        {
            var at = s.Text.IndexOf(q, StringComparison.Ordinal);
            return at < 0 || (at < s.End && at + q.Length > s.Start);
        });
    }
}

/// <summary>Sentence bounds in the source's prose, without a regex: a sentence ends at ". ", "? " or "! " before a capital, not after an initial ("U.S. Treasury").</summary>
public static class Sentences
{
    /// <summary>The start and end (exclusive) of the sentence or sentences covering [start, end).</summary>
    public static (int Start, int End) Around(string text, int start, int end)
    {
        var from = 0;
        for (var i = Math.Min(start, text.Length) - 1; i > 0; i--)
        {
            if (EndsAt(text, i - 1))
            {
                from = i;
                break;
            }
        }

        var to = text.Length;
        for (var i = Math.Max(end - 1, 0); i < text.Length; i++)
        {
            if (EndsAt(text, i))
            {
                to = i + 1;
                break;
            }
        }

        return (from, to);
    }

    /// <summary>The first sentence of a text (a note's gist).</summary>
    public static string First(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (EndsAt(text, i))
            {
                return text[..(i + 1)];
            }
        }

        return text;
    }

    /// <summary>Whether a sentence ends with the character at <paramref name="i"/>.</summary>
    private static bool EndsAt(string text, int i) =>
        i + 2 < text.Length && text[i] is '.' or '?' or '!' && text[i + 1] == ' ' && char.IsUpper(text[i + 2])
        && !(text[i] == '.' && i >= 2 && text[i - 2] == '.');
}
