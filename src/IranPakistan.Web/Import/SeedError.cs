namespace IranPakistan.Web.Import;

/// <summary>One problem in the seeds, pointing at the file (relative to seeds/) and line.</summary>
public sealed record SeedError(string File, int Line, string Message)
{
    /// <summary>A slug that names nothing: possibly something in a file that did not parse.</summary>
    public bool IsUnknownReference { get; init; }

    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
