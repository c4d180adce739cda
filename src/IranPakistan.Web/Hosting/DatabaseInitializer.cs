using IranPakistan.Web.Data;
using IranPakistan.Web.Import;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Hosting;

public static class DatabaseInitializer
{
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
