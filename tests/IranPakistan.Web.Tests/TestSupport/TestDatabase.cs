using IranPakistan.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace IranPakistan.Web.Tests.TestSupport;

/// <summary>
/// A real SQLite database in a file of its own temporary folder, migrated like the app's.
/// Disposing it closes pooled connections and deletes the folder.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(string directory)
    {
        Directory = directory;
        Path = System.IO.Path.Combine(directory, "explorer.db");
        Factory = new PooledDbContextFactory<AppDbContext>(
            new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={Path}").Options);
    }

    public string Directory { get; }

    public string Path { get; }

    public IDbContextFactory<AppDbContext> Factory { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ipx-db-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var database = new TestDatabase(directory);
        await using var db = await database.Factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        return database;
    }

    public AppDbContext CreateContext() => Factory.CreateDbContext();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
