using System.Security.Cryptography;
using System.Text;
using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Import;

public enum ImportStatus
{
    /// <summary>The database was already built from exactly these seeds, schema and importer.</summary>
    Unchanged,
    Imported,

    /// <summary>The seeds have errors; nothing was written.</summary>
    Failed,
}

public sealed record ImportResult(ImportStatus Status, IReadOnlyList<SeedError> Errors, bool DatabaseHasContent);

/// <summary>
/// Reads and validates all of seeds/ first, then builds a complete new database file and swaps it in
/// (<see cref="ContentDatabase.ReplaceAsync"/>). A failed validation writes nothing, so the previous
/// content stays served. The file is stamped with a hash of the seeds, the schema and the importer's
/// build, so a start with nothing changed costs a hash of the seed files and nothing else.
/// </summary>
public sealed class SeedImporter(ContentDatabase database, ILogger<SeedImporter> logger)
{
    private static readonly Lazy<string> _schemaHash = new(() =>
    {
        // Generating the DDL needs the model and the provider, not a connection.
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);
        return ContentSchema.Hash(db);
    });

    /// <summary>
    /// Some files did not parse (their errors are in <paramref name="errors"/>): still check the ones
    /// that did — schema, dates, quotes — so one typo does not hide every other problem. References
    /// into a file that did not parse would all look unknown, so those wait until it parses; and with
    /// a source that did not parse no quote can be checked, so then nothing more is said.
    /// </summary>
    private static void CheckTheRest(SeedSet seeds, List<SeedError> errors)
    {
        if (errors.Any(e => !e.File.EndsWith(".yaml", StringComparison.Ordinal) && !e.File.EndsWith(".yml", StringComparison.Ordinal)))
        {
            return;
        }

        var more = new List<SeedError>();
        SeedValidator.Validate(seeds, more);
        errors.AddRange(more.Where(e => !e.IsUnknownReference));
    }

    /// <summary>The stamp a database built now from these seeds would carry.</summary>
    public static ContentStamp Stamp(string seedsHash) => new()
    {
        Hash = Combine(seedsHash, _schemaHash.Value, ContentDatabase.ImporterId),
        SeedsHash = seedsHash,
        SchemaHash = _schemaHash.Value,
        ImporterId = ContentDatabase.ImporterId,
        BuiltAtUtc = DateTime.UtcNow,
    };

    private static string Combine(string seedsHash, string schemaHash, string importerId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"seeds:{seedsHash}\nschema:{schemaHash}\nimporter:{importerId}\n")));

    /// <summary>
    /// Would an import now build exactly this file? Same seeds and the same build of the app — which
    /// fixes the schema too, so the start-up check needs no EF model — and a stamp that adds up.
    /// </summary>
    private static bool IsCurrent(ContentStamp live, string seedsHash) =>
        live.SeedsHash == seedsHash
        && live.ImporterId == ContentDatabase.ImporterId
        && live.Hash == Combine(live.SeedsHash, live.SchemaHash, live.ImporterId);

    public async Task<ImportResult> ImportAsync(string seedsPath, bool force = false, CancellationToken cancellationToken = default)
    {
        logger.LogInformation("Checking the content database {Path} against the seeds in {SeedsPath}", database.Path, seedsPath);
        database.DeleteAbandonedBuilds();
        var live = await database.RefreshAsync(cancellationToken);
        if (!force && live is not null && SeedReader.Hash(seedsPath) is { } seedsHash && IsCurrent(live, seedsHash))
        {
            logger.LogInformation("Seeds, schema and importer unchanged ({Hash}); nothing to import", live.Hash[..12]);
            return new ImportResult(ImportStatus.Unchanged, [], true);
        }

        var errors = new List<SeedError>();
        var seeds = SeedReader.Read(seedsPath, errors);
        ValidatedContent? content = null;
        if (errors.Count == 0)
        {
            content = SeedValidator.Validate(seeds, errors);
        }
        else
        {
            // Nothing is imported while any error stands; still report what else is wrong.
            CheckTheRest(seeds, errors);
        }

        // Whatever else is wrong, say too what would vanish, so one run names every problem. Unless a
        // seed file did not parse: what it holds is unknown, so any kind could look gone.
        var unparsed = errors.Any(e => (e.File.EndsWith(".yaml", StringComparison.Ordinal) || e.File.EndsWith(".yml", StringComparison.Ordinal))
            && !seeds.Files.Any(f => f.File == e.File));
        if (!unparsed && await ContentGuard.DisappearedAsync(database, seeds, cancellationToken) is { Count: > 0 } gone)
        {
            errors.AddRange(gone);
            content = null;
        }

        if (content is null)
        {
            foreach (var error in errors)
            {
                logger.LogError("Seed error {File}:{Line}: {Problem}", error.File, error.Line, error.Message);
            }

            return new ImportResult(ImportStatus.Failed, errors, live is not null);
        }

        var stamp = Stamp(seeds.ContentHash);
        // The changelog: this build's items against the replaced file's, its releases carried forward.
        var items = ContentHistory.Fingerprint(seeds);
        var releases = ContentHistory.Next(await ContentHistory.ReadAsync(database, cancellationToken), items, seeds.ContentHash, stamp.BuiltAtUtc);
        logger.LogInformation("Building a new content database {Hash} from {SeedsPath} beside {Path}", stamp.Hash[..12], seedsPath, database.Path);
        await database.ReplaceAsync(stamp, (db, ct) => WriteAsync(db, content, items, releases, ct), cancellationToken);

        logger.LogInformation(
            "Imported seeds {Hash}: {Sources} sources, {Topics} topics, {Actors} actors, {Places} places, {Figures} figures, {Charts} charts, {Episodes} episodes, {Events} events, {Agreements} agreements, {Ties} ties",
            stamp.Hash[..12], content.Sources.Count, content.Topics.Count, content.Actors.Count, content.Places.Count,
            content.Figures.Count, content.Charts.Count, content.Episodes.Count, content.Events.Count, content.Agreements.Count, content.Ties.Count);
        return new ImportResult(ImportStatus.Imported, [], true);
    }

    private static async Task WriteAsync(
        AppDbContext db, ValidatedContent content, List<ContentItem> items, List<ContentRelease> releases, CancellationToken cancellationToken)
    {
        // One transaction: SQLite would otherwise commit (and sync) every statement on its own.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Sources.AddRange(content.Sources);
        db.Topics.AddRange(content.Topics);
        db.Actors.AddRange(content.Actors);
        db.Places.AddRange(content.Places);
        db.Figures.AddRange(content.Figures);
        db.Charts.AddRange(content.Charts);
        db.Episodes.AddRange(content.Episodes);
        db.EditorNotes.AddRange(content.Notes);
        db.Events.AddRange(content.Events);
        db.Agreements.AddRange(content.Agreements);
        db.Ties.AddRange(content.Ties);
        db.Redirects.AddRange(content.Redirects);
        db.ContentItems.AddRange(items);
        db.ContentReleases.AddRange(releases);
        await db.SaveChangesAsync(cancellationToken);
        await SearchIndexBuilder.WriteAsync(db, SearchIndexBuilder.Build(content), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
