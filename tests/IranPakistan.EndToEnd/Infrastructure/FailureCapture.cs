using System.Text.RegularExpressions;

namespace IranPakistan.EndToEnd.Infrastructure;

/// <summary>Keeps what the browser showed when a test failed: a full-page screenshot and the live DOM.</summary>
public static partial class FailureCapture
{
    public static string Folder => Path.Combine(TestResultsFolder.Path, "failures");

    public static async Task SaveAsync(IPage page, string testName)
    {
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, UnsafeCharacters().Replace(testName, "_"));
        try
        {
            await page.ScreenshotAsync(new() { Path = file + ".png", FullPage = true, Timeout = 10_000 });
            await File.WriteAllTextAsync(file + ".html", await page.ContentAsync());
            Console.Error.WriteLine($"Failure captured: {file}.png and {file}.html (page {page.Url})");
        }
        catch (PlaywrightException ex)
        {
            // The page may be closed or crashed; the original failure matters more than the capture.
            Console.Error.WriteLine($"Could not capture the failing page for {testName}: {ex.Message}");
        }
    }

    [GeneratedRegex(@"[^A-Za-z0-9._-]+")]
    private static partial Regex UnsafeCharacters();
}
