namespace IranPakistan.EndToEnd.Infrastructure;

/// <summary>
/// Finds the system's Chromium. Playwright's own browser download cannot be used here, so the tests
/// drive Debian's <c>chromium</c> package; without one they fail and say how to get it.
/// </summary>
public static class ChromiumLocator
{
    public const string EnvironmentVariable = "CHROMIUM_PATH";

    private static readonly string[] _candidates =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException(
                    $"{EnvironmentVariable} is set to '{configured}', but there is no file there. " +
                    "Point it at a Chromium or Chrome binary, or unset it and run: apt-get install -y chromium");
        }

        return _candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "No Chromium found for the end-to-end tests (looked in " + string.Join(", ", _candidates) + "). " +
                $"Install one with: apt-get install -y chromium — or set {EnvironmentVariable} to a Chromium/Chrome binary. " +
                "Do not run 'playwright install': its download servers are not reachable from this machine.");
    }
}
