namespace IranPakistan.Web.Data.Entities;

public class Actor
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public ActorKind Kind { get; set; }
    public List<string> Aliases { get; set; } = [];
    public required string Description { get; set; }
    public List<Citation> Citations { get; set; } = [];
    public List<Paragraph> MentionedIn { get; set; } = [];
    public List<EventActor> Events { get; set; } = [];
    public List<Agreement> Agreements { get; set; } = [];
}

public enum ActorKind
{
    Country,
    Person,
    GovernmentBody,
    InternationalOrganisation,
    Forum,
    MilitantGroup,
    Institution,
    Community,
}
