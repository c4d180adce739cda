using System.Text.RegularExpressions;
using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>
/// A reader who reads Persian or Urdu searches in their script and finds the item, its name shown in
/// that script, right to left, with its language; and shows dates in the calendars they choose.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScriptsAndCalendarsJourneys(BrowserFixture browser)
{
    [Theory]
    [InlineData("ایران", "/actors/iran", "Iran", "fa", "ایران")] // Persian keyboard
    [InlineData("ايران", "/actors/iran", "Iran", "fa", "ایران")] // Arabic keyboard: ي for ی
    [InlineData("بلوچستان", "/places/baluchistan", "Baluchistan", "ur", "بلوچستان")]
    public Task SearchingInPersianOrUrduFindsTheItem(string query, string href, string name, string lang, string written) => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Search());
        var field = page.Locator("main input[name=q]");
        await field.FillAsync(query);
        await field.PressAsync("Enter");

        var first = page.Locator("main .result").First;
        await Expect(first.Locator("a.result__title")).ToHaveAttributeAsync("href", href);
        await Expect(first.Locator("a.result__title")).ToHaveTextAsync(name);
        // Where Persian and Urdu write the name alike, a result shows it once (tagged with the first, Persian).
        var native = first.Locator(".native-names bdi.native-name").First;
        await Expect(native).ToHaveTextAsync(written);
        await Expect(native).ToHaveAttributeAsync("lang", new Regex("^(fa|ur)$"));
        await Expect(native).ToHaveAttributeAsync("dir", "rtl");
        Assert.Equal("rtl", await native.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal("isolate", await native.EvaluateAsync<string>("e => getComputedStyle(e).unicodeBidi"));

        await first.Locator("a.result__title").ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync(name);
        await Expect(page.Locator($"main header .native-names bdi[lang={lang}]")).ToHaveTextAsync(written);
    }, caseName: href.Replace('/', '-') + "-" + (query == "ايران" ? "arabic" : lang));

    [Fact]
    public Task HeaderBoxSuggestsPakistanForItsUrduName() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search the explorer" });
        await box.FillAsync("پاکستان");

        var option = page.GetByRole(AriaRole.Option).Filter(new() { Has = page.Locator("a[href='/actors/pakistan']") });
        await Expect(option).ToBeVisibleAsync();
        await Expect(option.Locator("bdi[lang=fa][dir=rtl]")).ToHaveTextAsync("پاکستان");
        await option.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Url("/actors/pakistan"));
        await Expect(page.Locator("main header .native-names bdi[lang=ur]")).ToHaveTextAsync("پاکستان");
    });

    [Fact]
    public Task ReaderChoosesCalendarsAndTheChoiceIsKept() => browser.RunAsync(async page =>
    {
        var eventPath = Urls.Event("raisi-visit-to-pakistan");
        await page.GotoAsync(eventPath);
        var date = page.Locator("main .event-page__date");
        var persian = date.Locator(".cal-persian");
        var hijri = date.Locator(".cal-hijri");

        // By default: Gregorian and Solar Hijri.
        await Expect(date.Locator("time")).ToBeVisibleAsync();
        await Expect(persian).ToBeVisibleAsync();
        await Expect(persian).ToContainTextAsync("3–5 Ordibehesht 1403 SH");
        await Expect(hijri).ToBeHiddenAsync();

        var choice = page.Locator("footer form.calendar-choice");
        await Expect(choice).ToBeVisibleAsync();
        await choice.Locator("input[value=hijri]").CheckAsync();
        await Expect(hijri).ToBeVisibleAsync();
        await Expect(hijri).ToContainTextAsync("13–15 Shawwal 1445 AH");

        // Kept in the browser: another page shows the same calendars.
        await page.GotoAsync(Urls.Event("iran-strike-jaish-al-adl-baluchistan"));
        await Expect(page.Locator("main .event-page__date .cal-hijri")).ToBeVisibleAsync();
        await Expect(page.Locator("footer form.calendar-choice").Locator("input[value=hijri]")).ToBeCheckedAsync();

        // Solar Hijri off; at least one calendar stays on.
        await page.Locator("footer form.calendar-choice").Locator("input[value=persian]").UncheckAsync();
        await Expect(page.Locator("main .event-page__date .cal-persian")).ToBeHiddenAsync();
        await page.Locator("footer form.calendar-choice").Locator("input[value=gregorian]").UncheckAsync();
        await page.Locator("footer form.calendar-choice").Locator("input[value=hijri]").ClickAsync();
        await Expect(page.Locator("footer form.calendar-choice").Locator("input[value=hijri]")).ToBeCheckedAsync();
        await Expect(page.Locator("main .event-page__date .cal-hijri")).ToBeVisibleAsync();
        await Expect(page.Locator("main .event-page__date time")).ToBeHiddenAsync();

        // A link can carry a choice: ?cal= wins, and is remembered.
        await page.GotoAsync(eventPath + "?cal=gregorian,persian,hijri");
        await Expect(date.Locator("time")).ToBeVisibleAsync();
        await Expect(persian).ToBeVisibleAsync();
        await Expect(hijri).ToBeVisibleAsync();
        await page.GotoAsync(Urls.Home);
        Assert.Equal("gregorian persian hijri", await page.EvaluateAsync<string>("() => document.documentElement.dataset.cal"));
    });

    [Fact]
    public Task PagesWithNativeNamesAndThreeCalendarsHaveNoAxeViolations() => browser.RunAsync(async page =>
    {
        foreach (var path in (string[])[Urls.Actor("ebrahim-raisi"), Urls.Place("islamabad"), Urls.Search("ايران"), Urls.Event("raisi-visit-to-pakistan") + "?cal=gregorian,persian,hijri"])
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("main h1")).ToBeVisibleAsync();
            await Accessibility.AxeTests.AssertNoViolationsAsync(page);
        }
    });
}
