using System.Text.RegularExpressions;
using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Features.Agreements;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>A reader looks for what the two countries agreed: the tracker, one agreement, and search.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgreementsAndSearchJourneys(BrowserFixture browser)
{
    private const string FilmMou = "Memorandum on joint film production";
    private static readonly string _filmMouPath = Urls.Agreement("joint-film-production-mou");

    [Fact]
    public Task SearchingTheHeaderBoxForTheFilmMouSuggestsItAndOpensIt() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Topic("soft-power"));
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the explorer" });
        var suggestion = page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex(FilmMou) });

        await Islands.ExpectNotStartedAsync(page);

        // Typed before the island is live: the text is handed over and the suggestions follow.
        await box.FillAsync("film");

        await Expect(suggestion).ToBeVisibleAsync();
        await Islands.ExpectLiveAsync(page, Islands.SiteSearch);
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await suggestion.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Url(_filmMouPath));
        await Expect(page.Locator("main h1")).ToHaveTextAsync(FilmMou);
        await Expect(page.Locator("main .status").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^Read in the source, paragraph \d+$") }).First).ToBeVisibleAsync();
    });

    [Fact]
    public Task KeyboardAloneFindsTheFilmMouFromTheHeaderBox() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the explorer" });
        await page.Keyboard.PressAsync("Tab"); // skip link
        await page.Keyboard.PressAsync("Tab"); // brand
        await page.Keyboard.PressAsync("Tab");
        await Expect(box).ToBeFocusedAsync();

        var options = page.GetByRole(AriaRole.Option);
        // Tab was the first use: the island starts, and what is typed meanwhile reaches it.
        await page.Keyboard.TypeAsync("film");
        await Expect(options.Filter(new() { HasText = FilmMou })).ToBeVisibleAsync();
        await Islands.ExpectLiveAsync(page, Islands.SiteSearch);
        await Expect(box).ToHaveValueAsync("film");

        var titles = (await options.Locator(".site-search__title").AllTextContentsAsync()).ToList();
        var index = titles.IndexOf(FilmMou);
        for (var i = 0; i <= index; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        var active = options.Nth(index);
        await Expect(active).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await active.GetAttributeAsync("id"))!);
        await Expect(box).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(browser.Url(_filmMouPath));
        await Expect(page.Locator("main h1")).ToHaveTextAsync(FilmMou);
    });

    [Fact]
    public Task EscapeClosesTheSuggestionsAndEnterThenSearchesForTheWords() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the explorer" });
        await box.FillAsync("pipeline");
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");

        await box.PressAsync("Escape");
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
        await box.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Search("pipeline")));
        await Expect(page.Locator("main a[href='/agreements/iran-pakistan-gas-pipeline']").First).ToBeVisibleAsync();
    });

    [Fact]
    public Task WithJavaScriptOffTheHeaderBoxSearchesAndAnotherSpellingFindsThePlace() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search the explorer" }).FillAsync("Chabahar");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Search("Chabahar")));
        await Expect(page.Locator("main a[href='/places/chahbahar']").First).ToBeVisibleAsync();
        await Expect(page.Locator("main mark").First).ToBeVisibleAsync();
    }, new() { JavaScriptEnabled = false });

    [Fact]
    public Task TrackerFiltersByStatusThroughTheUrlAndOpensAnAgreement() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Agreements" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Agreements and commitments");
        var all = await page.Locator("main tr.agreement").CountAsync();

        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("not-fully-realised");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/agreements\?(.*&)?status=not-fully-realised(&.*)?$"));
        var badges = page.Locator("main tr.agreement .status");
        await Expect(badges.First).ToBeVisibleAsync();
        Assert.InRange(await badges.CountAsync(), 1, all - 1);
        foreach (var badge in await badges.AllAsync())
        {
            await Expect(badge).ToHaveClassAsync(new Regex(@"\bstatus--not-fully-realised\b"));
        }

        await page.Locator("main tr.agreement .agreement__title a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/agreements/[a-z0-9-]+$"));
        await Expect(page.Locator("main .status--not-fully-realised").First).ToBeVisibleAsync();
    });

    [Fact]
    public Task TheTrackerTableSortsByAColumnHeadingAndKeepsTheFilters() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(new AgreementFilter(Topic: "trade").ToUri());
        var statusHeading = page.Locator("main table thead th").Filter(new() { HasText = "Status and basis" });
        await Expect(statusHeading).Not.ToHaveAttributeAsync("aria-sort", new Regex("."));

        await statusHeading.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url(new AgreementFilter(Topic: "trade", Sort: AgreementSort.Status).ToUri()));
        await Expect(statusHeading).ToHaveAttributeAsync("aria-sort", "ascending");
        await Expect(page.Locator("main tr.agreement .status").First).ToHaveTextAsync("Signed");

        // Filtering again keeps the order: the form carries it.
        await page.Locator("#agreements-between").SelectOptionAsync("bilateral");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("between=bilateral.*sort=status"));
    });

    [Fact]
    public Task TrackerWordSearchHighlightsTheMatch() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(new AgreementFilter(Q: "film").ToUri());

        await Expect(page.Locator("main tr.agreement .agreement__title a").First).ToHaveTextAsync(FilmMou);
        await Expect(page.Locator("main tr.agreement mark").First).ToHaveTextAsync(new Regex("^film$", RegexOptions.IgnoreCase));
    });

    [Fact]
    public Task HostileSearchIsShownAsTextNotRun() => browser.RunAsync(async page =>
    {
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        const string hostile = "\"<img src=x onerror=alert(1)> OR * NEAR(";

        var response = await page.GotoAsync(Urls.Search(hostile));

        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Search");
        await Expect(page.Locator("main img")).ToHaveCountAsync(0);
        // Whether read as words or offered back as "search instead for", the query is shown as text.
        await Expect(page.Locator("main")).ToContainTextAsync("<img src=x onerror=alert(1)>");
        Assert.Equal(0, dialogs);
    });
}
