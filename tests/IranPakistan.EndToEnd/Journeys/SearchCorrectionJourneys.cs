using System.Text.RegularExpressions;
using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>
/// A reader who misspells a name gets results for the likely word and can still search for what they
/// typed; a reader typing a name in the header box finds the item of that name first, by keyboard alone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchCorrectionJourneys(BrowserFixture browser)
{
    [Fact]
    public Task AMisspeltNameShowsResultsForTheLikelyWordAndTheReaderCanSearchForWhatTheyTyped() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the explorer" });
        await box.FillAsync("Kashmr");
        await box.PressAsync("Escape");
        await box.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Search("Kashmr")));
        var correction = page.Locator("main .did-you-mean");
        await Expect(correction).ToHaveTextAsync("Showing results for Kashmir — search instead for Kashmr");
        await Expect(correction.GetByRole(AriaRole.Link, new() { Name = "Kashmir", Exact = true })).ToHaveAttributeAsync("href", Urls.Search("Kashmir"));
        // The results are Kashmir's: the topic among them, the word marked in them.
        await Expect(page.Locator("main a[href='/topics/kashmir']").First).ToBeVisibleAsync();
        await Expect(page.Locator("main mark", new() { HasTextRegex = new Regex("^Kashmir", RegexOptions.IgnoreCase) }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "results for" })).ToContainTextAsync("Kashmir");

        await correction.GetByRole(AriaRole.Link, new() { Name = "Kashmr", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Search("Kashmr", verbatim: true)));
        await Expect(page.Locator("main .did-you-mean")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Nothing matches" })).ToContainTextAsync("Kashmr");
        await Expect(page.Locator("main a[href='/topics/kashmir']")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task TypingTheStartOfANameSuggestsItsTopicFirstAndArrowDownThenEnterOpensIt() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the explorer" });
        await box.FocusAsync();
        await page.Keyboard.TypeAsync("kash");

        var options = page.GetByRole(AriaRole.Option);
        await Expect(options.First).ToContainTextAsync("Kashmir");
        await Islands.ExpectLiveAsync(page, Islands.SiteSearch);
        // The first suggestion is the topic named Kashmir, and says it is a topic.
        await Expect(options.First.Locator(".site-search__title")).ToHaveTextAsync("Kashmir");
        await Expect(options.First.Locator(".site-search__kind")).ToHaveTextAsync("Topic");
        Assert.True(await options.CountAsync() > 1, "only one suggestion for 'kash': the ranking had nothing to rank");

        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await options.First.GetAttributeAsync("id"))!);
        await Expect(box).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Topic("kashmir")));
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Kashmir");
    });
}
