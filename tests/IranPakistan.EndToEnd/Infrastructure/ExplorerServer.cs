using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.EndToEnd.Infrastructure;

/// <summary>
/// The whole app on a real Kestrel port (a free loopback port), over a fresh SQLite file built from
/// the repository's real seeds/, so the browser sees exactly what a reader sees.
/// </summary>
public sealed class ExplorerServer : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ip-explorer-e2e", Guid.NewGuid().ToString("N"));

    public ExplorerServer()
    {
        // Port 0: Kestrel picks a free port, so parallel runs and other apps on this machine never clash.
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>The server's origin, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string Origin { get; private set; } = "";

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Origin = addresses.Single().TrimEnd('/');
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Production");
        // Serve wwwroot and the scoped-CSS bundle from the build output as `dotnet run` does; outside
        // Development this is off by default, and pages would render without any stylesheet.
        builder.UseStaticWebAssets();
        builder.UseSetting("Explorer:DatabasePath", Path.Combine(_directory, "explorer.db"));
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

    /// <summary>Where failure screenshots and page HTML go (git-ignored).</summary>
    public static string TestResults => Path.Combine(Root, "tests", "IranPakistan.EndToEnd", "TestResults");

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
