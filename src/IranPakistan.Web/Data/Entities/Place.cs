namespace IranPakistan.Web.Data.Entities;

public class Place
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public PlaceKind Kind { get; set; }
    public List<string> Aliases { get; set; } = [];

    /// <summary>The name in Persian script (seeds: <c>native_names: {fa: …}</c>); null where none is given.</summary>
    public string? NameFa { get; set; }

    /// <summary>The name in Urdu script (<c>native_names: {ur: …}</c>); null where none is given.</summary>
    public string? NameUr { get; set; }
    public required string Description { get; set; }

    /// <summary>The country the place lies in, as written in the seeds (e.g. "Iran").</summary>
    public required string Country { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public List<Citation> Citations { get; set; } = [];
    public List<Paragraph> MentionedIn { get; set; } = [];
    public List<Event> Events { get; set; } = [];
}

public enum PlaceKind
{
    Country,
    Province,
    Region,
    City,
    BorderCrossing,
    Port,
    Shrine,
}
