using IranPakistan.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Import;

/// <summary>
/// Content can't be emptied by accident (issue 15): a seed file that holds nothing, or a kind of content
/// the served database has and the seeds no longer do (a file emptied, truncated or deleted), is an
/// error like any other, so nothing is written. Removing every item of a kind on purpose is said out
/// loud, with an explicitly empty list in any seed file — <c>figures: []</c> (docs/seed-format.md).
/// </summary>
public static class ContentGuard
{
    private sealed record Kind(
        string Key,
        Func<SeedFile, System.Collections.IList?> InSeeds,
        Func<AppDbContext, CancellationToken, Task<int>>? Served);

    private static readonly Kind[] _kinds =
    [
        new("topics", f => f.Topics, (db, ct) => db.Topics.CountAsync(ct)),
        new("actors", f => f.Actors, (db, ct) => db.Actors.CountAsync(ct)),
        new("places", f => f.Places, (db, ct) => db.Places.CountAsync(ct)),
        new("figures", f => f.Figures, (db, ct) => db.Figures.CountAsync(ct)),
        new("charts", f => f.Charts, (db, ct) => db.Charts.CountAsync(ct)),
        new("episodes", f => f.Episodes, (db, ct) => db.Episodes.CountAsync(ct)),
        new("events", f => f.Events, (db, ct) => db.Events.CountAsync(ct)),
        new("agreements", f => f.Agreements, (db, ct) => db.Agreements.CountAsync(ct)),
        new("ties", f => f.Ties, (db, ct) => db.Ties.CountAsync(ct)),
        new("notes", f => f.Notes, (db, ct) => db.EditorNotes.CountAsync(ct)),
        // Synonyms live only inside the search index: a file of them is content, but there is no count to compare.
        new("synonyms", f => f.Synonyms, null),
        new("redirects", f => f.Redirects, (db, ct) => db.Redirects.CountAsync(ct)),
    ];

    /// <summary>The seed keys of every kind of content the guard protects.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [.. _kinds.Select(k => k.Key)];

    /// <summary>A YAML file with no list of anything in it (empty, only comments, only <c>default_source</c>).</summary>
    public static SeedError? EmptyFile(string file, SeedFile content) =>
        _kinds.All(k => k.InSeeds(content) is null)
            ? new SeedError(file, 1,
                $"the file holds no content (no list of {string.Join(", ", Kinds.SkipLast(1))} or {Kinds[^1]}); "
                + "an emptied file would silently remove what it held. Delete the file if it is not needed, or say that a kind has "
                + "no items with an explicitly empty list, such as 'figures: []'")
            : null;

    /// <summary>
    /// Kinds the served database holds that the seeds list none of, unless a seed file lists the kind
    /// explicitly empty. Counted in the seeds as read, not in validated content, so the check runs (and
    /// reports) alongside any other problem. Nothing served (a first build): nothing to compare with.
    /// </summary>
    public static async Task<List<SeedError>> DisappearedAsync(ContentDatabase database, SeedSet seeds, CancellationToken cancellationToken)
    {
        var errors = new List<SeedError>();
        var gone = _kinds.Where(k => k.Served is not null
                && seeds.Files.Sum(f => k.InSeeds(f.Content)?.Count ?? 0) == 0
                && !seeds.Files.Any(f => k.InSeeds(f.Content) is { Count: 0 }))
            .ToList();
        if (gone.Count == 0 || !File.Exists(database.Path))
        {
            return errors;
        }

        try
        {
            var options = new DbContextOptionsBuilder<AppDbContext>()
                .UseSqlite(new SqliteConnectionStringBuilder(database.ReadConnectionString) { Pooling = false }.ToString())
                .Options;
            await using var db = new AppDbContext(options);
            foreach (var kind in gone)
            {
                var served = await kind.Served!(db, cancellationToken);
                if (served > 0)
                {
                    errors.Add(new SeedError(".", 0,
                        $"no {kind.Key} any more, but the content being served has {served}: was a file emptied or deleted? "
                        + $"To remove every one of them on purpose, write '{kind.Key}: []' in a seed file"));
                }
            }
        }
        catch (SqliteException)
        {
            // An unreadable live file is not content to protect; the new build replaces it.
        }

        return errors;
    }
}
