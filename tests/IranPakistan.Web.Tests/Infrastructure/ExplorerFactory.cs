using IranPakistan.Web.Tests.TestSupport;
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
        builder.UseSetting("Explorer:SeedsPath", RepositoryRoot.SeedsPath);
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
