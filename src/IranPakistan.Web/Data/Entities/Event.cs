namespace IranPakistan.Web.Data.Entities;

public class Event
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string Kind { get; set; }

    /// <summary>The slug of the <see cref="Entities.Episode"/> the event belongs to, if any (a foreign key to it).</summary>
    public string? Episode { get; set; }
    public DateTime DateStart { get; set; }
    public DateTime? DateEnd { get; set; }
    public DatePrecision DatePrecision { get; set; }

    /// <summary>How the source words a vague date ("early 2000s", "shortly before the visit").</summary>
    public string? DateLabel { get; set; }

    /// <summary>Orders events that share a start (mixed precisions, relative dates).</summary>
    public int SortOrder { get; set; }
    public List<EventActor> Actors { get; set; } = [];
    public List<Place> Places { get; set; } = [];
    public List<Topic> Topics { get; set; } = [];
    public List<Agreement> Agreements { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

public class EventActor
{
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public int ActorId { get; set; }
    public Actor Actor { get; set; } = null!;
    public required string Role { get; set; }
}

public enum DatePrecision
{
    Day,
    Month,
    Year,
    Approximate,
    Relative,
}
