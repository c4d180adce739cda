namespace IranPakistan.Web.Data.Entities;

/// <summary>
/// One version of the content as the changelog (<c>/changes</c>) lists it: recorded by the import that
/// built it from seeds whose items differ from the version it replaced. Earlier releases are carried
/// forward from the replaced file into each new one, so the history outlives every rebuild.
/// </summary>
public class ContentRelease
{
    public int Id { get; set; }

    /// <summary>The seeds' hash (<see cref="ContentStamp.SeedsHash"/>) of this version.</summary>
    public required string SeedsHash { get; set; }

    /// <summary>When the import built this version.</summary>
    public DateTime BuiltAtUtc { get; set; }

    /// <summary>How many items (of every kind) the version held.</summary>
    public int Items { get; set; }

    /// <summary>The first version recorded: there was nothing to compare it with.</summary>
    public bool IsFirst { get; set; }

    public List<ContentChange> Changes { get; set; } = [];
}

/// <summary>An item added, changed or removed by a <see cref="ContentRelease"/>, by kind and slug.</summary>
public class ContentChange
{
    public const string Added = "added";
    public const string Changed = "changed";
    public const string Removed = "removed";

    public int Id { get; set; }
    public int ContentReleaseId { get; set; }
    public ContentRelease Release { get; set; } = null!;

    /// <summary><c>added</c>, <c>changed</c> or <c>removed</c>.</summary>
    public required string Change { get; set; }

    /// <summary>The kind of item: <c>source</c>, <c>topic</c>, <c>actor</c>, <c>place</c>, <c>figure</c>, <c>chart</c>, <c>episode</c>, <c>event</c>, <c>agreement</c>, <c>tie</c> or <c>note</c>.</summary>
    public required string Kind { get; set; }
    public required string Slug { get; set; }

    /// <summary>Its title or name in that version (a removed item's last one).</summary>
    public required string Title { get; set; }
}

/// <summary>
/// Every item of this version with a fingerprint of its seed (kind, slug, title, hash of what the seed
/// says): what the next import compares its own items with to tell added, changed and removed apart.
/// </summary>
public class ContentItem
{
    public int Id { get; set; }
    public required string Kind { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Hash { get; set; }
}
