using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Changes;

/// <summary>An item as the changelog lists it: kind, title, and its page when it still has one.</summary>
public sealed record ChangedItem(string Kind, string Slug, string Title, string? Href);

/// <summary>One version of the content: when it was built, how many items it held, and what it added, changed and removed.</summary>
public sealed record ReleaseView(
    DateTime BuiltAtUtc, string SeedsHash, int Items, bool IsFirst,
    IReadOnlyList<ChangedItem> Added, IReadOnlyList<ChangedItem> Changed, IReadOnlyList<ChangedItem> Removed);

/// <summary>The changelog's read: every release the import recorded, newest first.</summary>
public sealed class ChangesQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ReleaseView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var releases = await db.ContentReleases.AsNoTracking().Include(r => r.Changes)
            .OrderByDescending(r => r.BuiltAtUtc).ThenByDescending(r => r.Id)
            .ToListAsync(cancellationToken);
        // A link only to what this version still has: an item removed later has no page any more.
        var current = (await db.ContentItems.AsNoTracking().Select(i => new { i.Kind, i.Slug }).ToListAsync(cancellationToken))
            .Select(i => (i.Kind, i.Slug)).ToHashSet();
        return releases.Select(r => new ReleaseView(
            r.BuiltAtUtc, r.SeedsHash, r.Items, r.IsFirst,
            Items(r, ContentChange.Added, current), Items(r, ContentChange.Changed, current), Items(r, ContentChange.Removed, current)))
            .ToList();
    }

    /// <summary>The page of an item of <paramref name="kind"/>, or null for kinds without one of their own.</summary>
    public static string? PageOf(string kind, string slug) => kind switch
    {
        "source" => Urls.Source(slug),
        "topic" => Urls.Topic(slug),
        "actor" => Urls.Actor(slug),
        "place" => Urls.Place(slug),
        "episode" => Urls.Episode(slug),
        "event" => Urls.Event(slug),
        "agreement" => Urls.Agreement(slug),
        "figure" or "chart" => Urls.Figures,
        _ => null,
    };

    /// <summary>The kind in words, for a reader.</summary>
    public static string KindLabel(string kind) => kind switch
    {
        "tie" => "Tie between actors",
        "note" => "Editor’s note",
        _ => char.ToUpperInvariant(kind[0]) + kind[1..],
    };

    private static List<ChangedItem> Items(ContentRelease r, string change, HashSet<(string, string)> current) =>
        r.Changes.Where(c => c.Change == change)
            .OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Title, StringComparer.OrdinalIgnoreCase)
            .Select(c => new ChangedItem(c.Kind, c.Slug, c.Title, current.Contains((c.Kind, c.Slug)) ? PageOf(c.Kind, c.Slug) : null))
            .ToList();
}
