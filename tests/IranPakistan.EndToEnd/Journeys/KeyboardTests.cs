using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>Everything a mouse user reaches, a keyboard user reaches too, in a sensible order, and sees where focus is.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/topics/kashmir")]
    public Task FirstTabReachesTheSkipLinkWhichMovesFocusToMain(string path) => browser.RunAsync(async page =>
    {
        await page.GotoAsync(path);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await AssertFocusIsVisibleAsync(page);

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
        await Expect(page).ToHaveURLAsync(browser.Url(path + "#main"));
    }, caseName: path.Trim('/').Replace('/', '-'));

    [Fact]
    public Task TabOrderRunsThroughTheHeaderFromBrandToSearchToNavigation() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Topic("trade"));
        var navLinks = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link);
        var expected = new List<ILocator>
        {
            page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" }),
            page.Locator("header a.brand"),
            page.GetByRole(AriaRole.Combobox, new() { Name = "Search the explorer" }),
            page.Locator("header form[role=search] button[type=submit]"),
        };
        for (var i = 0; i < await navLinks.CountAsync(); i++)
        {
            expected.Add(navLinks.Nth(i));
        }

        foreach (var element in expected)
        {
            await page.Keyboard.PressAsync("Tab");
            await Expect(element).ToBeFocusedAsync();
            await AssertFocusIsVisibleAsync(page);
        }
    });

    [Fact]
    public Task KeyboardAloneFollowsANavigationLinkAndStartsTheNewPageAtTheSkipLink() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        var places = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Places" });
        await places.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Places));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Places");
        // A real page load (there is no client-side navigation): screen readers announce the new
        // title, and the keyboard starts again at the top, where the skip link is.
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Places"));
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
    });

    /// <summary>The focused element draws a real outline (not 'none', not zero width, not transparent).</summary>
    private static async Task AssertFocusIsVisibleAsync(IPage page)
    {
        var outline = await page.EvaluateAsync<string[]>(
            """
            () => {
              const s = getComputedStyle(document.activeElement);
              return [document.activeElement.outerHTML.slice(0, 120), s.outlineStyle, s.outlineWidth, s.outlineColor];
            }
            """);
        Assert.True(outline[1] != "none" && outline[2] != "0px" && outline[3] != "rgba(0, 0, 0, 0)",
            $"Focused element shows no outline (style {outline[1]}, width {outline[2]}, colour {outline[3]}): {outline[0]}");
    }
}
