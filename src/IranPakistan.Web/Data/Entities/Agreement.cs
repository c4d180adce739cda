namespace IranPakistan.Web.Data.Entities;

/// <summary>An agreement, MoU, commitment, project, target or joint position.</summary>
public class Agreement
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string Kind { get; set; }
    public required string Status { get; set; }

    /// <summary>The source's own words the status rests on (part of one of its cited quotes), when given.</summary>
    public string? StatusQuote { get; set; }

    /// <summary>The date, if the source gives one: a <c>Shared.Dates.PartialDate</c> in its JSON shape (see <see cref="Event.DateJson"/>).</summary>
    public string? DateJson { get; set; }
    public int? EventId { get; set; }
    public Event? Event { get; set; }
    public List<Actor> Parties { get; set; } = [];
    public List<Topic> Topics { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}
