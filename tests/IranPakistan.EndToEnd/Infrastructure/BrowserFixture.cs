using System.Runtime.CompilerServices;

namespace IranPakistan.EndToEnd.Infrastructure;

/// <summary>
/// One app server and one headless Chromium for a whole test collection; each test gets its own
/// browser context (cookies, storage, viewport, colour scheme) and page.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] _chromiumArgs =
    [
        "--no-sandbox", // the tests run as root
        "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>The public address the app is configured with: printed and permanent links use it.</summary>
    public const string PublicBaseUrl = "https://iran-pakistan.example.org";

    private IPlaywright? _playwright;

    public KestrelExplorerFactory Server { get; } = new() { PublicBaseUrl = PublicBaseUrl };

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = ChromiumLocator.Find();
        // Only this run's failures are kept, so the folder never shows stale pictures.
        if (Directory.Exists(FailureCapture.Folder))
        {
            Directory.Delete(FailureCapture.Folder, recursive: true);
        }

        Server.Start();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executable,
            Headless = true,
            Args = _chromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>An absolute URL on the test server for a path such as <c>/topics/security</c>.</summary>
    public string Url(string path) => Server.Origin + path;

    /// <summary>
    /// Runs <paramref name="body"/> on a fresh page. If it throws, a screenshot and the page's HTML are
    /// saved under TestResults/failures/ (named after the test) before the failure is rethrown.
    /// </summary>
    public async Task RunAsync(
        Func<IPage, Task> body,
        BrowserNewContextOptions? options = null,
        string? caseName = null,
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string testName = "")
    {
        var contextOptions = options ?? new BrowserNewContextOptions();
        contextOptions.BaseURL ??= Server.Origin;
        contextOptions.ViewportSize ??= new ViewportSize { Width = 1280, Height = 800 };
        await using var context = await Browser.NewContextAsync(contextOptions);
        // Auto-retrying assertions wait up to this long for a prerendered page to become interactive.
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        try
        {
            await body(page);
        }
        catch (Exception)
        {
            var name = Path.GetFileNameWithoutExtension(callerFile) + "." + testName + (caseName is null ? "" : "-" + caseName);
            await FailureCapture.SaveAsync(page, name);
            throw;
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
