namespace IranPakistan.Web.Data.Entities;

public class Topic
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public int Order { get; set; }
    public List<Section> Sections { get; set; } = [];
    public List<TopicClaim> Claims { get; set; } = [];
    public List<Figure> Figures { get; set; } = [];
    public List<Event> Events { get; set; } = [];
    public List<Agreement> Agreements { get; set; } = [];
}

/// <summary>One sentence of a topic's overview, in our words, backed by citations.</summary>
public class TopicClaim
{
    public int Id { get; set; }
    public int TopicId { get; set; }
    public Topic Topic { get; set; } = null!;
    public int Order { get; set; }
    public required string Text { get; set; }

    /// <summary>Whether the home page carries this claim among the source's arguments (seed key <c>home: true</c>).</summary>
    public bool OnHome { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
