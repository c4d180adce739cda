namespace IranPakistan.Web.Data.Entities;

/// <summary>
/// A verbatim quote from one paragraph backing one fact. Exactly one of the subject keys is
/// set; one table (rather than one per subject) lets the source reader show, for each
/// paragraph, every fact that cites it.
/// </summary>
public class Citation
{
    public int Id { get; set; }
    public int ParagraphId { get; set; }
    public Paragraph Paragraph { get; set; } = null!;
    public required string Quote { get; set; }
    public int Order { get; set; }
    public int? TopicClaimId { get; set; }
    public TopicClaim? TopicClaim { get; set; }
    public int? ActorId { get; set; }
    public Actor? Actor { get; set; }
    public int? PlaceId { get; set; }
    public Place? Place { get; set; }
    public int? FigureId { get; set; }
    public Figure? Figure { get; set; }
    public int? EventId { get; set; }
    public Event? Event { get; set; }
    public int? AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public int? TieId { get; set; }
    public Tie? Tie { get; set; }
    public int? EpisodeId { get; set; }
    public Episode? Episode { get; set; }
}
