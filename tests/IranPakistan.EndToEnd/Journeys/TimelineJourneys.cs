using System.Text.RegularExpressions;
using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Features.Timeline;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>A reader follows what happened in order, narrows it down, shares the view and checks a step.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelineJourneys(BrowserFixture browser)
{
    private const string Episode = "january-2024-strikes";

    [Fact]
    public Task NavigationLeadsToTheTimelineWhichListsEventsInOrder() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Timeline" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Timeline));
        await Expect(page.Locator("main h1")).ToHaveTextAsync(new Regex("Timeline"));
        var years = await page.Locator("main section.year h2").AllTextContentsAsync();
        Assert.True(years.Count >= 5, $"expected the events grouped under several years, found {years.Count}");
        Assert.Equal(years.Order(StringComparer.Ordinal), years);
        // Each event carries a machine-readable date no more precise than the source.
        var dates = await page.Locator("main article.event time").EvaluateAllAsync<string[]>("ts => ts.map(t => t.getAttribute('datetime'))");
        Assert.Contains("1989", dates);
        Assert.Contains("2024-01-16", dates);
    });

    [Fact]
    public Task FilteringByEpisodeInteractivelyChangesTheListAndTheUrlAndReloadShowsTheSameView() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Timeline);
        var events = page.Locator("main article.event");
        var all = await events.CountAsync();
        var episode = page.GetByLabel("Episode", new() { Exact = true });

        // Choosing a value filters at once (no Apply button), live or not yet.
        await episode.SelectOptionAsync(Episode);
        await Expect(page).ToHaveURLAsync(browser.Url(new TimelineFilter(Episode: Episode).ToUri()));

        await Expect(page.Locator("main [role=status].summary__count")).ToContainTextAsync(new Regex($@"^\d+ of {all} events match$"));
        var shown = await EventSlugsAsync(page);
        Assert.InRange(shown.Count, 2, all - 1);
        Assert.DoesNotContain("kashmir-violence-1989", shown);
        Assert.Contains("iran-strike-jaish-al-adl-baluchistan", shown);
        Assert.Contains("pakistan-strikes-saravan", shown);
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Active filters" })).ToContainTextAsync("January 2024 strikes");

        await page.ReloadAsync();

        await Expect(page).ToHaveURLAsync(browser.Url(new TimelineFilter(Episode: Episode).ToUri()));
        await Expect(episode).ToHaveValueAsync(Episode);
        Assert.Equal(shown, await EventSlugsAsync(page));
    });

    [Fact]
    public Task ALiveFilterChangeLoadsTheNewListAndKeepsTheSelectFocused() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Timeline);
        var episode = page.GetByLabel("Episode", new() { Exact = true });
        var status = page.Locator("main [role=status].summary__count");
        var before = (await status.TextContentAsync())!.Trim();

        await episode.FocusAsync();
        await Islands.ExpectLiveAsync(page, Islands.TimelineFilters);
        await episode.SelectOptionAsync("april-2024-visit");

        await Expect(page).ToHaveURLAsync(browser.Url(new TimelineFilter(Episode: "april-2024-visit").ToUri()));
        await Expect(status).Not.ToHaveTextAsync(before);
        Assert.Contains("raisi-visit-to-pakistan", await EventSlugsAsync(page));
        // A full load of the new (cached) page, and focus is back on the control that changed.
        await Expect(episode).ToBeFocusedAsync();
        await Expect(episode).ToHaveValueAsync("april-2024-visit");

        // Back: the list and the form return to the earlier state.
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Timeline));
        await Expect(episode).ToHaveValueAsync("");
        await Expect(status).ToHaveTextAsync(before);
    });

    [Fact]
    public Task KeyboardAloneStartsTheFiltersAndFocusStaysOnTheSelectAcrossTheLoad() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Timeline);
        var kind = page.GetByLabel("Kind", new() { Exact = true });
        await Islands.ExpectNotStartedAsync(page);

        // Tab from the top of the page until the Kind select has focus: that is the island's first use.
        for (var i = 0; i < 60 && !await kind.EvaluateAsync<bool>("s => s === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(kind).ToBeFocusedAsync();
        await Islands.ExpectLiveAsync(page, Islands.TimelineFilters);
        // A closed select takes the arrow keys: the next kind is chosen, and it applies at once.
        await page.Keyboard.PressAsync("ArrowDown");

        await Expect(page).ToHaveURLAsync(new Regex(@"/timeline\?kind=[a-z-]+$"));
        await Expect(kind).ToBeFocusedAsync();
        await Expect(kind).Not.ToHaveValueAsync("");
    });

    [Fact]
    public Task RemovingAFilterChipShowsEverythingAgain() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(new TimelineFilter(Kind: "strike", Episode: Episode).ToUri());
        var filters = page.GetByRole(AriaRole.List, new() { Name = "Active filters" });

        await filters.GetByRole(AriaRole.Link, new() { Name = "Remove filter Kind: Strike" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Url(new TimelineFilter(Episode: Episode).ToUri()));
        await Expect(page.GetByLabel("Kind", new() { Exact = true })).ToHaveValueAsync("");
        await filters.GetByRole(AriaRole.Link, new() { Name = "Remove filter Episode: January 2024 strikes" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Timeline));
        await Expect(page.Locator("main [role=status].summary__count")).ToHaveTextAsync(new Regex(@"^All \d+ events$"));
        await Expect(page.GetByLabel("Episode", new() { Exact = true })).ToHaveValueAsync("");
        await Expect(filters).ToHaveCountAsync(0);
    });

    [Fact]
    public Task WithJavaScriptOffTheFiltersAreAPlainFormWhoseUrlCanBeShared() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Timeline);
        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync("strike");
        await page.GetByLabel("From", new() { Exact = true }).FillAsync("2024-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/timeline\?(.*&)?kind=strike(&.*)?$"));
        await Expect(page).ToHaveURLAsync(new Regex(@"from=2024-01"));
        var kinds = await page.Locator("main article.event a.tag").AllTextContentsAsync();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("Strike", k.Trim()));
    }, new() { JavaScriptEnabled = false });

    [Fact]
    public Task BadFilterValuesGetAMessageAndTheRestStillApply() => browser.RunAsync(async page =>
    {
        var response = await page.GotoAsync("/timeline?from=not-a-date&topic=no-such-topic&kind=strike");

        Assert.Equal(200, response!.Status);
        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("not-a-date");
        await Expect(alert).ToContainTextAsync("no-such-topic");
        await Expect(page.Locator("main article.event").First).ToBeVisibleAsync();
    });

    [Fact]
    public Task AnEmptyResultSaysSoAndClearingShowsEverything() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(new TimelineFilter(From: "1990", To: "1991").ToUri());

        await Expect(page.Locator("main .empty")).ToContainTextAsync("No events match these filters.");
        await page.Locator("main .empty").GetByRole(AriaRole.Link, new() { Name = "Clear filters" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Timeline));
        await Expect(page.Locator("main article.event").First).ToBeVisibleAsync();
    });

    [Fact]
    public Task EventPageCitesItsSourceAndTheCitationHighlightsTheQuote() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Timeline);
        await page.Locator("main article.event").First.Locator("a[href^='/events/']").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/events/[a-z0-9-]+$"));
        await Expect(page.Locator("main h1")).ToBeVisibleAsync();

        // The event page lists its citations as "Read in the source, paragraph N" links.
        await page.Locator("main a[href^='/sources/'][href*='quote=']").First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/sources/[a-z0-9-]+\?quote=[^#]+#p-\d+$"));
        var fragment = new Uri(page.Url).Fragment.TrimStart('#');
        await Expect(page.Locator($"[id='{fragment}'] mark#cited")).ToBeVisibleAsync();
    });

    [Fact]
    public Task EventPageLeadsToTheNextEventAndToItsPlaceOnTheMap() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Event("iran-strike-jaish-al-adl-baluchistan"));
        var title = await page.Locator("main h1").TextContentAsync();

        await page.Locator("main nav[aria-label='Timeline order'] a[rel=next]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/events/[a-z0-9-]+$"));
        await Expect(page.Locator("main h1")).Not.ToHaveTextAsync(title!);
        await page.Locator("main nav[aria-label='Timeline order'] a[rel=prev]").ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Event("iran-strike-jaish-al-adl-baluchistan")));

        await page.GetByRole(AriaRole.Link, new() { Name = "map: Baluchistan", Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/map\?place=baluchistan$"));
        await Expect(page.Locator("main aside.panel h2")).ToHaveTextAsync("Baluchistan");
    });

    [Fact]
    public Task UnknownEventAnswersTheNotFoundPage() => browser.RunAsync(async page =>
    {
        var response = await page.GotoAsync(Urls.Event("no-such-event"));

        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Not found");
    });

    private static async Task<List<string>> EventSlugsAsync(IPage page) =>
        [.. (await page.Locator("main article.event").EvaluateAllAsync<string[]>("es => es.map(e => e.id)"))
            .Select(id => id.Replace("event-", "", StringComparison.Ordinal))];
}
