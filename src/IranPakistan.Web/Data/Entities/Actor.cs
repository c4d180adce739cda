namespace IranPakistan.Web.Data.Entities;

public class Actor
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public ActorKind Kind { get; set; }
    public List<string> Aliases { get; set; } = [];

    /// <summary>The name in Persian script (seeds: <c>native_names: {fa: …}</c>); null where none is given.</summary>
    public string? NameFa { get; set; }

    /// <summary>The name in Urdu script (<c>native_names: {ur: …}</c>); null where none is given.</summary>
    public string? NameUr { get; set; }
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
