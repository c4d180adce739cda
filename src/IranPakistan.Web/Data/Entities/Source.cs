namespace IranPakistan.Web.Data.Entities;

/// <summary>A quoted text the facts cite: its words are kept verbatim.</summary>
public class Source
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Author { get; set; }
    public string? Publisher { get; set; }
    public string? Published { get; set; }
    public string? Url { get; set; }
    public string? Note { get; set; }
    public List<Section> Sections { get; set; } = [];
    public List<Paragraph> Paragraphs { get; set; } = [];
}

public class Section
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;
    public required string Slug { get; set; }
    public required string Title { get; set; }

    /// <summary>False for the opening section, whose heading is ours, not the source's.</summary>
    public bool IsSourceHeading { get; set; }
    public int Order { get; set; }
    public List<Paragraph> Paragraphs { get; set; } = [];
    public List<Topic> Topics { get; set; } = [];
}

public class Paragraph
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;
    public int SectionId { get; set; }
    public Section Section { get; set; } = null!;

    /// <summary>1-based position in the source; the reader anchors it as <c>#p-{Number}</c>.</summary>
    public int Number { get; set; }
    public required string Text { get; set; }
    public List<Actor> MentionedActors { get; set; } = [];
    public List<Place> MentionedPlaces { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
