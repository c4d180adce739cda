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

    /// <summary>
    /// The date as the source gives it: a <c>Shared.Dates.PartialDate</c> in its one JSON shape
    /// (docs/data-model.md, "Dates"); read it with <c>PartialDate.Of(event)</c>.
    /// </summary>
    public string DateJson { get; set; } = """{"precision":"undated"}""";

    /// <summary>The event's place on the timeline (0, 1, …), worked out by the import from dates and their relations.</summary>
    public int TimelineOrder { get; set; }
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
