using IranPakistan.Web.Data;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// Notices when another process (<c>dotnet run -- import</c>, a deploy step) swaps a new database file
/// in, and starts serving it: <see cref="ContentDatabase.RefreshAsync"/> drops pooled connections to
/// the old file and raises <see cref="ContentDatabase.Replaced"/>.
/// </summary>
public sealed class ContentDatabaseWatcher(ContentDatabase database, ILogger<ContentDatabaseWatcher> logger) : BackgroundService
{
    // A rename arrives as several file events; one refresh after they settle is enough.
    private static readonly TimeSpan _settle = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var directory = Path.GetDirectoryName(database.Path)!;
        Directory.CreateDirectory(directory);
        var signal = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(directory, Path.GetFileName(database.Path))
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, _) => signal.Release();
        watcher.Created += changed;
        watcher.Changed += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, _) => signal.Release();
        watcher.EnableRaisingEvents = true;

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(stoppingToken);
                await Task.Delay(_settle, stoppingToken);
                while (signal.CurrentCount > 0)
                {
                    await signal.WaitAsync(stoppingToken);
                }

                var before = database.Current?.Hash;
                var now = await database.RefreshAsync(stoppingToken);
                if (now?.Hash != before)
                {
                    logger.LogInformation("Now serving content {Hash} from {Path}", now?.Hash[..12] ?? "(none)", database.Path);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }
}
