using IranPakistan.Web.Data;
using IranPakistan.Web.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace IranPakistan.Web.Tests.TestSupport;

/// <summary>
/// A place for a real SQLite content database in its own temporary folder: nothing exists until an
/// import builds it (<see cref="Importer"/>). <see cref="CreateContext"/> opens it read-write, so a
/// test can also change it behind the importer's back. Disposing closes pooled connections and
/// deletes the folder.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ipx-db-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, "explorer.db");
        Content = new ContentDatabase(Path);
        Factory = new PooledDbContextFactory<AppDbContext>(
            new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={Path};Mode=ReadWrite;Pooling=False").Options);
    }

    public string Directory { get; }

    public string Path { get; }

    public ContentDatabase Content { get; }

    /// <summary>Read-write contexts over the built file, unpooled so each opens the file there now.</summary>
    public IDbContextFactory<AppDbContext> Factory { get; }

    public AppDbContext CreateContext() => Factory.CreateDbContext();

    public SeedImporter Importer() => new(Content, NullLogger<SeedImporter>.Instance);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
