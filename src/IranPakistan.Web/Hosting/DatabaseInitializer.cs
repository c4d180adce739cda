using IranPakistan.Web.Data;
using IranPakistan.Web.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Hosting;

public static class DatabaseInitializer
{
    /// <summary>
    /// Builds the EF model on another thread while the host goes on starting: on a cold start it is
    /// the largest single piece of the first request's work (docs/performance.md), and it needs no
    /// database. A failure here is not one: the first request would meet it again and report it.
    /// </summary>
    public static void WarmUpModelInBackground(this WebApplication app)
    {
        var dbFactory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        _ = Task.Run(() =>
        {
            try
            {
                using var db = dbFactory.CreateDbContext();
                _ = db.Model;
            }
            catch (Exception ex) when (ex is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                // Left for the first request to run into, with a proper error page.
            }
        });
    }

    /// <summary>
    /// Builds the database from seeds/ when the seeds, the schema or the importer changed. Returns
    /// false when the app must not start: the seeds are broken and there is no earlier content to serve.
    /// </summary>
    public static async Task<bool> InitializeDatabaseAsync(this WebApplication app, bool force = false, bool importOnly = false)
    {
        var paths = app.Services.GetRequiredService<ExplorerPaths>();
        var database = app.Services.GetRequiredService<ContentDatabase>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("IranPakistan.Web.Startup");

        if (!importOnly && !app.Services.GetRequiredService<IOptions<ExplorerOptions>>().Value.ImportOnStart)
        {
            if (await database.RefreshAsync() is null)
            {
                logger.LogWarning("No content database at {Path} and Explorer:ImportOnStart is false: pages will fail until an import builds it", database.Path);
            }

            return true;
        }

        var result = await app.Services.GetRequiredService<SeedImporter>().ImportAsync(paths.SeedsPath, force);
        if (result.Status != ImportStatus.Failed)
        {
            return true;
        }

        var report = string.Join(Environment.NewLine, result.Errors.Select(e => "  " + e));
        if (result.DatabaseHasContent && !importOnly)
        {
            logger.LogWarning("The seeds in {SeedsPath} have {Count} errors; still serving the previously imported content:{NewLine}{Errors}",
                paths.SeedsPath, result.Errors.Count, Environment.NewLine, report);
            return true;
        }

        await Console.Error.WriteLineAsync($"The seeds in {paths.SeedsPath} have {result.Errors.Count} error(s); nothing was imported:{Environment.NewLine}{report}");
        return false;
    }
}
