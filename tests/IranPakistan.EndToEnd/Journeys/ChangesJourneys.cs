using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>A reader checks when the content last changed and what changed, from any page's footer.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChangesJourneys(BrowserFixture browser)
{
    [Fact]
    public Task TheFooterSaysWhenTheContentWasLastUpdatedAndLinksToTheChangelog() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Topic("kashmir"));
        var footer = page.Locator("footer .content-version");
        await Expect(footer).ToContainTextAsync("Last updated");
        var updated = await footer.Locator("time").GetAttributeAsync("datetime");

        await footer.GetByRole(AriaRole.Link, new() { Name = "What changed" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Changes));
        await Expect(page.Locator("h1")).ToHaveTextAsync("What changed");
        // The newest version comes first, and it is the one the footer dates.
        await Expect(page.Locator("section.release h2 time").First).ToHaveAttributeAsync("datetime", updated!);
    });
}
