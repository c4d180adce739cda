using System.Diagnostics;
using IranPakistan.Web.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Data;

/// <summary>
/// The SQLite file the app serves, treated as a build product of seeds/: the app only ever reads it
/// (read-only connections, so a missing file is an error rather than a new empty database), and an
/// import builds a complete new file next to it and renames it over the old one. A rename is atomic,
/// so readers see the old file or the new one, never half of either, and a crash at any point leaves
/// the last good file in place.
/// </summary>
public sealed class ContentDatabase
{
    private const string BuildingSuffix = ".building";
    private readonly object _gate = new();
    private ContentStamp? _current;

    public ContentDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        // A locked file (another process holding an exclusive lock) fails a reader after 3 s instead of
        // the default 30, so the reader gets a "try again" page and /healthz an answer.
        ReadConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, DefaultTimeout = 3 }.ToString();
    }

    /// <summary>The live database file.</summary>
    public string Path { get; }

    /// <summary>What every reader uses: read-only, pooled.</summary>
    public string ReadConnectionString { get; }

    /// <summary>The build of the app (its assembly's module version id): part of every stamp.</summary>
    public static string ImporterId { get; } = typeof(ContentDatabase).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The stamp of the file being served, as last read or built; null before there is one.</summary>
    public ContentStamp? Current
    {
        get { lock (_gate) { return _current; } }
    }

    /// <summary>Raised after the served file changed (a new build swapped in, here or by another process).</summary>
    public event Action<ContentStamp?>? Replaced;

    /// <summary>Reads the live file's stamp, or null when there is no readable, stamped file.</summary>
    public async Task<ContentStamp?> ReadStampAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        // Unpooled, so probing a file never keeps a handle on it.
        var probe = new SqliteConnectionStringBuilder(ReadConnectionString) { Pooling = false }.ToString();
        try
        {
            await using var connection = new SqliteConnection(probe);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT Hash, SeedsHash, SchemaHash, ImporterId, BuiltAtUtc FROM \"{ContentStamp.Table}\" LIMIT 1";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? new ContentStamp
                {
                    Hash = reader.GetString(0),
                    SeedsHash = reader.GetString(1),
                    SchemaHash = reader.GetString(2),
                    ImporterId = reader.GetString(3),
                    BuiltAtUtc = reader.GetDateTime(4),
                }
                : null;
        }
        catch (SqliteException)
        {
            // Not a database, an older layout without a stamp, or unreadable: nothing to serve from.
            return null;
        }
    }

    /// <summary>
    /// Reads the live file's stamp and, if it differs from <see cref="Current"/>, starts serving it:
    /// pooled connections to the old file are dropped and <see cref="Replaced"/> is raised. A file
    /// that vanished or lost its stamp while being served is not a new version: the connections
    /// already open keep reading it until a good file arrives. Returns the stamp on disk.
    /// </summary>
    public async Task<ContentStamp?> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var stamp = await ReadStampAsync(cancellationToken);
        Serve(stamp);
        return stamp;
    }

    /// <summary>
    /// Builds a complete database in a new file next to the live one — schema, then whatever
    /// <paramref name="fill"/> writes, then <paramref name="stamp"/> — and renames it over the live
    /// file. If anything fails, the new file is deleted and the live file is untouched.
    /// </summary>
    public async Task ReplaceAsync(ContentStamp stamp, Func<AppDbContext, CancellationToken, Task> fill, CancellationToken cancellationToken = default)
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(directory);
        DeleteAbandonedBuilds(directory);

        var building = $"{Path}.{Environment.ProcessId}-{Guid.NewGuid():N}{BuildingSuffix}";
        try
        {
            var options = new DbContextOptionsBuilder<AppDbContext>()
                .UseSqlite(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString())
                .Options;
            await using (var db = new AppDbContext(options))
            {
                await ContentSchema.CreateAsync(db, cancellationToken);
                await fill(db, cancellationToken);
                db.ContentStamps.Add(stamp);
                await db.SaveChangesAsync(cancellationToken);
                // EF creates SQLite files in WAL mode; a rollback-journal file is one self-contained file
                // that read-only readers can open without a -shm beside it.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE;", cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(building, Path, overwrite: true);
        }
        catch
        {
            DeleteWithSidecars(building);
            throw;
        }

        // An older, WAL-mode file may have left these; they do not belong to the new file.
        DeleteQuietly(Path + "-wal");
        DeleteQuietly(Path + "-shm");
        Serve(stamp);
    }

    private void Serve(ContentStamp? stamp)
    {
        lock (_gate)
        {
            if (_current?.Hash == stamp?.Hash || (stamp is null && _current is not null))
            {
                return;
            }

            _current = stamp;
        }

        // Pooled connections still point at the file that was replaced; new ones open the new file.
        using (var connection = new SqliteConnection(ReadConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        Replaced?.Invoke(stamp);
    }

    /// <summary>
    /// Deletes half-built files a killed import left beside the live file (a live process's build is
    /// left alone), so no half-state outlives a crash even when the next start has nothing to build.
    /// </summary>
    public void DeleteAbandonedBuilds()
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        if (Directory.Exists(directory))
        {
            DeleteAbandonedBuilds(directory);
        }
    }

    /// <summary>Builds left by a process that died mid-import; a live process's build is left alone.</summary>
    private void DeleteAbandonedBuilds(string directory)
    {
        var prefix = System.IO.Path.GetFileName(Path) + ".";
        foreach (var file in Directory.EnumerateFiles(directory, prefix + "*" + BuildingSuffix))
        {
            var name = System.IO.Path.GetFileName(file);
            var owner = name[prefix.Length..].Split('-')[0];
            if (!int.TryParse(owner, out var pid) || !IsRunning(pid))
            {
                DeleteWithSidecars(file);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void DeleteWithSidecars(string file)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            DeleteQuietly(file + suffix);
        }
    }

    private static void DeleteQuietly(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next build to clear; never worth failing an import over.
        }
    }
}
