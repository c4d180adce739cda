using IranPakistan.Web.Data;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// What a cached answer was computed from: the served database (its stamp) and this build of the
/// app. Part of every cache key and every ETag, so neither a new import nor a new release can ever
/// serve or confirm bytes the other one made.
/// </summary>
public sealed class ContentVersion(ContentDatabase database)
{
    private static readonly string _build = ContentDatabase.ImporterId[..8];

    /// <summary>Null while no database is served (nothing is cached then).</summary>
    public string? Current => database.Current is { } stamp ? stamp.Hash[..12] + _build : null;
}
