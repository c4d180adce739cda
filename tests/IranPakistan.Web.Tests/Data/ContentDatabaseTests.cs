using IranPakistan.Web.Data;
using IranPakistan.Web.Import;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Data;

/// <summary>The database as a build product: built whole in a new file, swapped in, never half-written.</summary>
public sealed class ContentDatabaseTests
{
    [Fact]
    public async Task AFailedBuildLeavesTheServedFileAsItWasAndNoHalfBuiltFile()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await database.Importer().ImportAsync(folder.Path);
        var before = await File.ReadAllBytesAsync(database.Path);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => database.Content.ReplaceAsync(
            SeedImporter.Stamp("changed"),
            async (db, ct) =>
            {
                db.Actors.Add(new() { Slug = "half", Name = "Half written", Kind = Web.Data.Entities.ActorKind.Country, Description = "" });
                await db.SaveChangesAsync(ct);
                throw new InvalidOperationException("the import died here");
            }));

        Assert.Equal("the import died here", failure.Message);
        Assert.Equal(before, await File.ReadAllBytesAsync(database.Path));
        Assert.Equal(["explorer.db"], Directory.EnumerateFiles(database.Directory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ABuildAbandonedByADeadProcessIsClearedByTheNextImport()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        // No process has id int.MaxValue: this is what a kill -9 in the middle of an import leaves.
        var abandoned = Path.Combine(database.Directory, $"explorer.db.{int.MaxValue}-0123abcd.building");
        await File.WriteAllTextAsync(abandoned, "half a database");

        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.False(File.Exists(abandoned));
    }

    [Fact]
    public async Task AReaderOfTheOldFileFinishesWhileTheNewOneIsSwappedIn()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await database.Importer().ImportAsync(folder.Path);
        await using var reader = new SqliteConnection(database.Content.ReadConnectionString);
        await reader.OpenAsync();
        Assert.Equal("Balochistan Liberation Army", await NameOfBlaAsync(reader));

        folder.Replace("actors.yaml", "name: Balochistan Liberation Army", "name: Baloch Liberation Army");
        await database.Importer().ImportAsync(folder.Path);

        // The open connection still reads the file it opened; a new one reads the new file.
        Assert.Equal("Balochistan Liberation Army", await NameOfBlaAsync(reader));
        await using var fresh = new SqliteConnection(database.Content.ReadConnectionString);
        await fresh.OpenAsync();
        Assert.Equal("Baloch Liberation Army", await NameOfBlaAsync(fresh));
    }

    [Fact]
    public async Task ReadersNeverCreateADatabaseFile()
    {
        using var database = new TestDatabase();
        var options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite(database.Content.ReadConnectionString).Options;
        await using var db = new AppDbContext(options);

        await Assert.ThrowsAsync<SqliteException>(() => db.Actors.CountAsync());

        Assert.False(File.Exists(database.Path));
        Assert.Null(await database.Content.ReadStampAsync());
    }

    [Fact]
    public async Task AFileWithAnotherStampIsRebuiltEvenWhenTheSeedsAreUnchanged()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await database.Importer().ImportAsync(folder.Path);
        // What a database built by another version of the app (another schema or importer) carries.
        await using (var db = database.CreateContext())
        {
            await db.ContentStamps.ExecuteUpdateAsync(s => s.SetProperty(x => x.Hash, "built-by-another-version"));
        }

        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Imported, result.Status);
        var stamp = await database.Content.ReadStampAsync();
        Assert.Equal(SeedImporter.Stamp(SeedReader.Hash(folder.Path)!).Hash, stamp?.Hash);
    }

    [Fact]
    public async Task AFileBuiltByAnotherBuildOfTheAppIsRebuilt()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await database.Importer().ImportAsync(folder.Path);
        await using (var db = database.CreateContext())
        {
            await db.ContentStamps.ExecuteUpdateAsync(s => s.SetProperty(x => x.ImporterId, "0123456789abcdef0123456789abcdef"));
        }

        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Equal(ContentDatabase.ImporterId, (await database.Content.ReadStampAsync())?.ImporterId);
    }

    [Fact]
    public async Task AFileThatIsNotADatabaseIsReplacedByTheImport()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await File.WriteAllTextAsync(database.Path, "not a database");

        Assert.Null(await database.Content.ReadStampAsync());
        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.NotNull(await database.Content.ReadStampAsync());
    }

    [Fact]
    public async Task TheBuiltFileIsOneSelfContainedFile()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();

        await database.Importer().ImportAsync(folder.Path);
        SqliteConnection.ClearAllPools();

        Assert.Equal(["explorer.db"], Directory.EnumerateFiles(database.Directory).Select(Path.GetFileName));
        await using var connection = new SqliteConnection(database.Content.ReadConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("delete", (string?)await command.ExecuteScalarAsync());
    }

    private static async Task<string?> NameOfBlaAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Name FROM Actors WHERE Slug = 'bla'";
        return (string?)await command.ExecuteScalarAsync();
    }
}
