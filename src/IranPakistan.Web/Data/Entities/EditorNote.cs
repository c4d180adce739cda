namespace IranPakistan.Web.Data.Entities;

/// <summary>
/// An editor's note: our words about the source, kept apart from its cited facts (docs/data-model.md,
/// "Editor's notes"). A <c>public-record</c> note says what outside reporting says, with its own
/// references; a <c>source-problem</c> note says what is wrong with the text itself (it ends
/// mid-sentence, a typing slip). A note never feeds a fact, a date, a date filter or a status.
/// </summary>
public class EditorNote
{
    public int Id { get; set; }
    public required string Slug { get; set; }

    /// <summary><c>public-record</c> or <c>source-problem</c>.</summary>
    public required string Kind { get; set; }
    public required string Text { get; set; }

    /// <summary>What it annotates: <c>event</c>, <c>actor</c>, <c>agreement</c> or <c>source</c>, and that item's slug.</summary>
    public required string SubjectKind { get; set; }
    public required string SubjectSlug { get; set; }

    /// <summary>The source's words the note is about, when it is about a sentence (verified like a citation).</summary>
    public string? Quote { get; set; }
    public int? ParagraphId { get; set; }
    public Paragraph? Paragraph { get; set; }
    public List<NoteReference> References { get; set; } = [];
}

/// <summary>An outside reference of an editor's note: title, publisher, date (ISO, when known), address (when known).</summary>
public class NoteReference
{
    public int Id { get; set; }
    public int EditorNoteId { get; set; }
    public required string Title { get; set; }
    public required string Publisher { get; set; }
    public string? Date { get; set; }
    public string? Url { get; set; }
    public int Order { get; set; }
}
