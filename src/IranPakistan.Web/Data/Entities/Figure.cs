namespace IranPakistan.Web.Data.Entities;

/// <summary>A number the source states, with the hedging it states it with.</summary>
public class Figure
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Label { get; set; }
    public decimal Value { get; set; }

    /// <summary>Upper bound when the source gives a range ("600 to 700").</summary>
    public decimal? ValueMax { get; set; }
    public FigureUnit Unit { get; set; }
    public FigureQualifier Qualifier { get; set; }
    public string? Period { get; set; }

    /// <summary>The source's own wording when a number would overstate it ("hundreds of thousands").</summary>
    public string? Display { get; set; }
    public bool IsKey { get; set; }
    public int Order { get; set; }
    public int TopicId { get; set; }
    public Topic Topic { get; set; } = null!;
    public List<Citation> Citations { get; set; } = [];
}

public enum FigureUnit
{
    Usd,
    Count,
    TrucksPerDay,
    GoodsTypesPerDay,
    PeoplePerYear,
    Rank,
    Year,
}

public enum FigureQualifier
{
    Exact,
    Approximate,
    Estimate,
    Target,
    AtLeast,
    Range,
}
