namespace IranPakistan.Web.Data.Entities;

/// <summary>
/// A typed relation the source states between two actors ("Iran struck Jaish al-Adl"). For an
/// undirected type (<see cref="TieType.Directed"/>) the order of the two actors carries no meaning.
/// </summary>
public class Tie
{
    public int Id { get; set; }
    public int FromActorId { get; set; }
    public Actor FromActor { get; set; } = null!;
    public int ToActorId { get; set; }
    public Actor ToActor { get; set; } = null!;

    /// <summary>A slug from <see cref="Vocabulary.TieTypes"/>.</summary>
    public required string Type { get; set; }

    /// <summary>Our words: what the tie covers, never more than the citations say.</summary>
    public string? Note { get; set; }

    /// <summary>The source only floats it ("could position China as an effective mediator").</summary>
    public bool IsHedged { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
