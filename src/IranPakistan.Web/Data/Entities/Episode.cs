namespace IranPakistan.Web.Data.Entities;

/// <summary>
/// A run of events the timeline groups under one heading ("January 2024 strikes"). Events name it by
/// slug (<see cref="Event.Episode"/>); the title is our name for it, the description is cited.
/// </summary>
public class Episode
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }

    /// <summary>One sentence in our words; its citations back it.</summary>
    public required string Description { get; set; }

    /// <summary>Position in the timeline's episode filter (the order of the seeds).</summary>
    public int Order { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
