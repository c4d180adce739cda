using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Features.Timeline;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>The timeline on a phone: the filters one tap away, years and episodes folded away by touch, with or without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelinePhoneJourneys(BrowserFixture browser)
{
    private static BrowserNewContextOptions Phone(bool javaScript = true) =>
        new() { ViewportSize = new() { Width = 360, Height = 800 }, HasTouch = true, JavaScriptEnabled = javaScript };

    [Fact]
    public Task TheFiltersAreOneTapFromTheTopAndKeepTheFilterInTheAddress() => browser.RunAsync(async page =>
    {
        var filtered = new TimelineFilter(Kind: "strike").ToUri();
        await page.GotoAsync(filtered);
        var jump = page.GetByRole(AriaRole.Navigation, new() { Name = "Jump to" });
        await Expect(jump).ToBeInViewportAsync();

        await jump.GetByRole(AriaRole.Link, new() { Name = "Filters" }).TapAsync();

        await Expect(page).ToHaveURLAsync(browser.Url(filtered + "#timeline-filters"));
        await Expect(page.GetByLabel("Episode", new() { Exact = true })).ToBeInViewportAsync();
        await Expect(page.GetByLabel("Kind", new() { Exact = true })).ToHaveValueAsync("strike");
    }, Phone());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task AYearFoldsAwayWithATapAndOpensAgain(bool javaScript) => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Timeline);
        var year = page.Locator("section.year", new() { Has = page.Locator("h2#year-1989") });
        var firstEvent = year.Locator("article.event").First;
        await Expect(firstEvent).ToBeVisibleAsync();

        await year.Locator("summary").First.TapAsync();
        await Expect(firstEvent).ToBeHiddenAsync();
        // The heading stays, so the reader can see what was folded and open it again.
        await Expect(year.Locator("h2")).ToBeVisibleAsync();

        await year.Locator("summary").First.TapAsync();
        await Expect(firstEvent).ToBeVisibleAsync();
    }, Phone(javaScript));
}
