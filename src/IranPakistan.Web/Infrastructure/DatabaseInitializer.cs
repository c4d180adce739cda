using IranPakistan.Web.Data;
using IranPakistan.Web.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Infrastructure;

public static class DatabaseInitializer
{
    /// <summary>
    /// Applies migrations and imports changed seeds. Returns false when the app must not start:
    /// the seeds are broken and there is no earlier content to serve.
    /// </summary>
    public static async Task<bool> InitializeDatabaseAsync(this WebApplication app, bool force = false, bool importOnly = false)
    {
        var paths = app.Services.GetRequiredService<ExplorerPaths>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("IranPakistan.Web.Startup");
        Directory.CreateDirectory(Path.GetDirectoryName(paths.DatabasePath)!);

        var dbFactory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        if (!importOnly && !app.Services.GetRequiredService<IOptions<ExplorerOptions>>().Value.ImportOnStart)
        {
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
