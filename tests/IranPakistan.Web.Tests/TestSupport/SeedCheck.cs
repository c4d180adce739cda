using IranPakistan.Web.Import;

namespace IranPakistan.Web.Tests.TestSupport;

/// <summary>Reads and validates a seeds folder the way the importer does, without a database.</summary>
public static class SeedCheck
{
    public static SeedCheckResult Run(string seedsPath)
    {
        var errors = new List<SeedError>();
        var seeds = SeedReader.Read(seedsPath, errors);
        var content = errors.Count == 0 ? SeedValidator.Validate(seeds, errors) : null;
        return new SeedCheckResult(seeds, content, errors);
    }
}

public sealed record SeedCheckResult(SeedSet Seeds, ValidatedContent? Content, IReadOnlyList<SeedError> Errors)
{
    /// <summary>The errors one per line, for assertion messages.</summary>
    public string Report => Errors.Count == 0 ? "(no errors)" : string.Join(Environment.NewLine, Errors);
}
