namespace IranPakistan.Web.Data.Entities;

/// <summary>
/// The single row saying what a database file was built from. <see cref="Hash"/> covers the seeds,
/// the schema and the importer, so equal hashes mean the file is exactly what an import would build.
/// </summary>
public class ContentStamp
{
    public const string Table = "ContentStamp";

    public int Id { get; set; }

    /// <summary>SHA-256 (hex) over <see cref="SeedsHash"/>, <see cref="SchemaHash"/> and <see cref="ImporterId"/>.</summary>
    public required string Hash { get; set; }

    public required string SeedsHash { get; set; }

    public required string SchemaHash { get; set; }

    /// <summary>The build of the app that imported (its assembly's module version id).</summary>
    public required string ImporterId { get; set; }

    public DateTime BuiltAtUtc { get; set; }
}
