using AngleSharp.Dom;
using IranPakistan.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Testing;

/// <summary>
/// The whole app, in Production, over its own copy of the database built from the real seeds/
/// (<see cref="SeededDatabase"/>), so tests see exactly what a reader sees. One per test class (an
/// xunit class fixture) or per browser collection; nothing is shared between hosts but that file.
/// </summary>
public class ExplorerFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ip-explorer-tests", "hosts", Guid.NewGuid().ToString("N"));
    private HttpClient? _client;

    public string DatabasePath => System.IO.Path.Combine(_directory, "explorer.db");

    /// <summary>Explorer:PublicBaseUrl for this host (none by default: absolute addresses stay relative).</summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>A client for this host (created on first use; no redirects followed).</summary>
    public HttpClient Client => _client ??= CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>GETs <paramref name="url"/>, fails unless it answers 200, and returns the body.</summary>
    public async Task<string> GetOkAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode}, not 200");
        }

        return body;
    }

    /// <summary>GETs a page that must answer 200 and parses it, so tests assert on elements and text.</summary>
    public async Task<IDocument> GetPageAsync(string url) => await Html.ParseAsync(await GetOkAsync(url));

    /// <summary>Runs a query against this host's database through the app's own context factory.</summary>
    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        var dbFactory = Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        return await query(db);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        SeededDatabase.CopyTo(DatabasePath);
        builder.UseEnvironment("Production");
        builder.UseSetting("Explorer:DatabasePath", DatabasePath);
        builder.UseSetting("Explorer:SeedsPath", RepositoryRoot.Seeds);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every test request comes from one "client"; the limits have tests of their own (ClientLimitsTests).
        builder.UseSetting("Explorer:Limits:RequestsPerWindow", "0");
        // A test server has no address to warm up over, and tests ask for what they need; the warm-up
        // has tests of its own (WarmUpTests), on a real port.
        builder.UseSetting("Explorer:WarmUp:Enabled", "false");
        if (PublicBaseUrl is not null)
        {
            builder.UseSetting("Explorer:PublicBaseUrl", PublicBaseUrl);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _client?.Dispose();
        }

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

/// <summary>
/// The app on a real Kestrel port (a free loopback port), serving its static files as <c>dotnet run</c>
/// does, for a browser to visit.
/// </summary>
public sealed class KestrelExplorerFactory : ExplorerFactory
{
    public KestrelExplorerFactory()
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
        base.ConfigureWebHost(builder);
        // Serve wwwroot and the scoped-CSS bundle from the build output as `dotnet run` does; outside
        // Development this is off by default, and pages would render without any stylesheet.
        builder.UseStaticWebAssets();
    }
}
