using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace IranPakistan.Web.Tests.Infrastructure;

/// <summary>
/// The whole app over a fresh SQLite file built from the repository's real seeds/, so HTTP tests
/// see exactly what a reader sees. One per test class (xunit class fixture); nothing is shared
/// with other classes.
/// </summary>
public sealed class ExplorerFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ip-explorer-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_directory, "explorer.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Production");
        builder.UseSetting("Explorer:DatabasePath", DatabasePath);
        builder.UseSetting("Explorer:SeedsPath", RepositoryPaths.Seeds);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run over it is not.
        }
    }
}

public static class RepositoryPaths
{
    /// <summary>The folder holding IranPakistan.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IranPakistan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IranPakistan.sln not found above " + AppContext.BaseDirectory);
    }
}
