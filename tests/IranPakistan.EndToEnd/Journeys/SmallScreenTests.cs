using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>On a 360 px phone every page fits the width and every navigation destination is reachable.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SmallScreenTests(BrowserFixture browser)
{
    // Not IsMobile: mobile emulation widens the layout viewport to fit overflowing content, which
    // would hide exactly the sideways scrolling these tests look for.
    private static BrowserNewContextOptions Phone => new() { ViewportSize = new() { Width = 360, Height = 800 } };

    [Fact]
    public Task ThePhoneHeaderIsCompactAndTheMenuButtonOpensTheNavigationByTouch() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        var header = await page.Locator("header.site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 120, $"The phone header is {header.Height} px tall; it should be at most 120 px");

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        await Expect(nav).ToBeHiddenAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await menu.TapAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Timeline" })).ToBeVisibleAsync();
        await menu.TapAsync();
        await Expect(nav).ToBeHiddenAsync();
    }, new() { ViewportSize = new() { Width = 360, Height = 800 }, HasTouch = true });

    [Fact]
    public Task ThePhoneMenuWorksByKeyboard() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");

        // The navigation follows the button in the tab order.
        await page.Keyboard.PressAsync("Tab");
        var first = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link).First;
        await Expect(first).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(menu).ToBeFocusedAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToBeHiddenAsync();
    }, Phone);

    [Fact]
    public Task WithoutJavaScriptTheMenuLinkJumpsToTheNavigation() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Topic("trade"));
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(nav).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Menu" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Topic("trade") + "#site-nav"));
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Agreements" })).ToBeVisibleAsync();
    }, new() { ViewportSize = new() { Width = 360, Height = 800 }, JavaScriptEnabled = false });

    [Fact]
    public Task ALongPageHasAContentsListAndBackToTop() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Topic("trade"));
        var contents = page.GetByRole(AriaRole.Navigation, new() { Name = "On this page" });
        await contents.GetByRole(AriaRole.Link, new() { Name = "What the source says" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Topic("trade") + "#source-text-heading"));
        await Expect(page.Locator("#source-text-heading")).ToBeInViewportAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to top" }).ClickAsync();
        await Expect(page.Locator("header.site-header")).ToBeInViewportAsync();
    }, Phone);

    [Fact]
    public Task EveryNavigationDestinationIsReachableOnAPhone() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        var links = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link);
        var count = await links.CountAsync();
        Assert.True(count >= 5, $"Expected the main navigation to list the site's sections, found {count} links");
        var hrefs = new List<string>();
        for (var i = 0; i < count; i++)
        {
            hrefs.Add((await links.Nth(i).GetAttributeAsync("href"))!);
        }

        foreach (var href in hrefs)
        {
            await page.GotoAsync(Urls.Home);
            await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
            var link = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).Locator($"a[href='{href}']");
            await Expect(link).ToBeVisibleAsync();
            var box = await link.BoundingBoxAsync();
            Assert.True(box is { X: >= 0, Width: > 0 } && box.X + box.Width <= 360, $"Navigation link {href} lies outside the 360 px screen: {box?.X}+{box?.Width}");
            Assert.True(box!.Height >= 24, $"Navigation link {href} is only {box.Height} px tall: too small to tap");

            await link.ClickAsync();
            await Expect(page).ToHaveURLAsync(browser.Url(href));
            await Expect(page.Locator("main h1")).ToBeVisibleAsync();
            await AssertNoHorizontalOverflowAsync(page, href);
        }
    }, Phone);

    [Theory]
    [MemberData(nameof(SitePages.Kinds), MemberType = typeof(SitePages))]
    public Task EveryKindOfPageFitsAPhoneScreen(string kind) => browser.RunAsync(async page =>
    {
        await page.GotoAsync(SitePages.ByKind[kind]);
        await Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await AssertNoHorizontalOverflowAsync(page, SitePages.ByKind[kind]);
    }, Phone, caseName: kind);

    [Theory]
    [InlineData(360)]
    [InlineData(768)]
    [InlineData(1440)]
    public Task EveryKindOfPageFitsCommonWidthsWithoutSidewaysScrolling(int width) => browser.RunAsync(async page =>
    {
        var folder = Path.Combine(TestResultsFolder.Path, "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var (kind, path) in SitePages.ByKind)
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("main h1")).ToBeVisibleAsync();
            // Kept for a person to look at (docs/quality.md); the assertion is the overflow check.
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{kind}-{width}.png") });
            await AssertNoHorizontalOverflowAsync(page, path);
        }
    }, new() { ViewportSize = new() { Width = width, Height = 900 } }, caseName: width.ToString(System.Globalization.CultureInfo.InvariantCulture));

    internal static async Task AssertNoHorizontalOverflowAsync(IPage page, string path)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        if (widths[0] <= widths[1])
        {
            return;
        }

        // Name the elements that stick out, so the failure says where to look.
        var culprits = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && e.getBoundingClientRect().width > 0)
                .filter(e => !e.parentElement?.closest('.table-scroll, .graph-scroll, svg'))
                .slice(0, 6)
                .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().width)} px)`)
            """);
        Assert.Fail($"{path} scrolls sideways: content is {widths[0]} px wide in a {widths[1]} px window; sticking out: {string.Join(", ", culprits)}");
    }
}
