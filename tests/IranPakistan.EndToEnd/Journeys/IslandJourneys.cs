using System.Text.RegularExpressions;
using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>
/// Islands start on demand: a page loads no Blazor at all until a reader uses one, and then the island
/// works whatever the page's age or where its HTML came from.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IslandJourneys(BrowserFixture browser)
{
    [Fact]
    public Task APageLoadsNoBlazorUntilAReaderUsesAnIsland() => browser.RunAsync(async page =>
    {
        var blazorRequests = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/_framework/", StringComparison.Ordinal) || request.Url.Contains("/_blazor", StringComparison.Ordinal))
            {
                blazorRequests.Add(request.Url);
            }
        };

        await page.GotoAsync(Urls.Timeline, new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Empty(blazorRequests);
        await Islands.ExpectNotStartedAsync(page);

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search the explorer" }).ClickAsync();

        await Islands.ExpectLiveAsync(page, Islands.SiteSearch);
        Assert.Contains(blazorRequests, url => url.Contains("blazor.server", StringComparison.Ordinal));
        // Only the island that was used is live; the timeline's filters stay a plain form.
        await Expect(Islands.Container(page, Islands.TimelineFilters)).Not.ToHaveAttributeAsync("data-interactive", "true");
    });

    [Fact]
    public Task AnIslandStartsHoursAfterItsPageWasServed() => browser.RunAsync(async page =>
    {
        var response = await page.GotoAsync(Urls.Topic("kashmir"));
        // Nothing in the page can expire: no prerendered component descriptor (those live five minutes).
        Assert.DoesNotContain("<!--Blazor:", await response!.TextAsync(), StringComparison.Ordinal);

        // The reader comes back to the tab two hours later.
        await page.Clock.SetSystemTimeAsync(DateTime.UtcNow.AddHours(2));
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the explorer" });
        await box.FillAsync("Kashmir");

        await Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await Islands.ExpectLiveAsync(page, Islands.SiteSearch);
    });

    [Fact]
    public Task TheHeaderBoxWorksOnAPageServedFromTheCache() => browser.RunAsync(async page =>
    {
        // Someone else asked for it first, so this reader's page comes out of the app's cache.
        await page.APIRequest.GetAsync(Urls.Figures);
        var cached = await page.GotoAsync(Urls.Figures);
        // The output cache marks what it serves from memory with an Age header.
        Assert.True(cached!.Headers.ContainsKey("age"), "the second load of /figures was not served from the cache");

        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the explorer" });
        await box.FillAsync("Gwadar");
        var suggestion = page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^Gwadar") });
        await Expect(suggestion).ToBeVisibleAsync();
        await box.PressAsync("ArrowDown");
        await box.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Place("gwadar")));
    });

    [Fact]
    public Task TheNotFoundPagesOwnSearchBoxIsAnIslandToo() => browser.RunAsync(async page =>
    {
        await page.GotoAsync("/no/such/page");
        var box = page.Locator("#not-found-search-q");

        await box.FillAsync("pipeline");

        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.Locator("#not-found-search-suggestions [role=option]").First).ToBeVisibleAsync();
        // The header's box was not used, so it did not start.
        await Expect(Islands.Container(page, Islands.SiteSearch)).Not.ToHaveAttributeAsync("data-interactive", "true");
    });
}
