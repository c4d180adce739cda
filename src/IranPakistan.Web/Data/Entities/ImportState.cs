namespace IranPakistan.Web.Data.Entities;

/// <summary>The single row recording which seeds the database holds.</summary>
public class ImportState
{
    public int Id { get; set; }
    public required string ContentHash { get; set; }
    public DateTime ImportedAtUtc { get; set; }
}
