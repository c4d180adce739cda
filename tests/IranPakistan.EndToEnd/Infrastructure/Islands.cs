namespace IranPakistan.EndToEnd.Infrastructure;

/// <summary>
/// Interactive islands start on demand: the page is static until a reader first focuses, touches or
/// types in one; islands.js then starts Blazor and marks the island's container
/// <c>data-interactive="true"</c> once its live component has rendered. Tests wait for that signal,
/// never for a guessed time.
/// </summary>
public static class Islands
{
    public const string SiteSearch = "site-search";
    public const string TimelineFilters = "timeline-filters";

    /// <summary>The island's container (the first, if a page shows it twice).</summary>
    public static ILocator Container(IPage page, string island) => page.Locator($"[data-island=\"{island}\"]").First;

    /// <summary>Waits until the island is live.</summary>
    public static Task ExpectLiveAsync(IPage page, string island) =>
        Expect(Container(page, island)).ToHaveAttributeAsync("data-interactive", "true");

    /// <summary>Asserts that nothing has started it (yet): no Blazor script, no live island.</summary>
    public static async Task ExpectNotStartedAsync(IPage page)
    {
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(0);
        Assert.False(await page.EvaluateAsync<bool>("() => 'Blazor' in window"), "Blazor was loaded before anyone used an island");
    }
}
