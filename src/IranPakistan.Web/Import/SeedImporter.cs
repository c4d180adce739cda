using IranPakistan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Import;

public enum ImportStatus
{
    /// <summary>The database already holds exactly these seeds.</summary>
    Unchanged,
    Imported,

    /// <summary>The seeds have errors; nothing was written.</summary>
    Failed,
}

public sealed record ImportResult(ImportStatus Status, IReadOnlyList<SeedError> Errors, bool DatabaseHasContent);

/// <summary>
/// Reads and validates all of seeds/ first, then replaces the content in one transaction.
/// A failed validation writes nothing, so the previous content stays served.
/// </summary>
public sealed class SeedImporter(IDbContextFactory<AppDbContext> dbFactory, ILogger<SeedImporter> logger)
{
    /// <summary>Bump when the import itself changes what it writes, so existing databases are rebuilt.</summary>
    public const int ImporterVersion = 3;

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

    public async Task<ImportResult> ImportAsync(string seedsPath, bool force = false, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var state = await db.ImportStates.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var errors = new List<SeedError>();
        var seeds = SeedReader.Read(seedsPath, errors);
        if (errors.Count == 0 && !force && state?.ContentHash == seeds.ContentHash)
        {
            logger.LogInformation("Seeds unchanged ({Hash}); nothing to import", seeds.ContentHash[..12]);
            return new ImportResult(ImportStatus.Unchanged, [], true);
        }

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

        if (content is null)
        {
            foreach (var error in errors)
            {
                logger.LogError("Seed error {File}:{Line}: {Problem}", error.File, error.Line, error.Message);
            }

            return new ImportResult(ImportStatus.Failed, errors, state is not null);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ClearAsync(db, cancellationToken);
        db.Sources.AddRange(content.Sources);
        db.Topics.AddRange(content.Topics);
        db.Actors.AddRange(content.Actors);
        db.Places.AddRange(content.Places);
        db.Figures.AddRange(content.Figures);
        db.Events.AddRange(content.Events);
        db.Agreements.AddRange(content.Agreements);
        db.Ties.AddRange(content.Ties);
        db.ImportStates.Add(new() { ContentHash = seeds.ContentHash, ImportedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        await SearchIndexBuilder.WriteAsync(db, SearchIndexBuilder.Build(content), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation(
            "Imported seeds {Hash}: {Sources} sources, {Topics} topics, {Actors} actors, {Places} places, {Figures} figures, {Events} events, {Agreements} agreements, {Ties} ties",
            seeds.ContentHash[..12], content.Sources.Count, content.Topics.Count, content.Actors.Count, content.Places.Count,
            content.Figures.Count, content.Events.Count, content.Agreements.Count, content.Ties.Count);
        return new ImportResult(ImportStatus.Imported, [], true);
    }

    // Children before parents, so the delete never depends on cascade settings.
    private static readonly string[] _tablesInDeleteOrder =
    [
        "Citations", "TopicClaims", "EventActors", "ActorMention", "PlaceMention", "TopicSection", "EventTopic",
        "EventPlace", "AgreementTopic", "AgreementParty", "Ties", "Agreements", "Figures", "Events", "Topics",
        "Actors", "Places", "Paragraphs", "Sections", "Sources", "ImportStates", "SearchIndex",
    ];

    private static async Task ClearAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        foreach (var table in _tablesInDeleteOrder)
        {
            // Table names are constants above, never input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{table}\"", cancellationToken);
#pragma warning restore EF1002
        }
    }
}
