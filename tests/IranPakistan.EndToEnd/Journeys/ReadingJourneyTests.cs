using System.Text.RegularExpressions;
using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>A reader goes from the overview to a topic and checks a claim against its source.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingJourneyTests(BrowserFixture browser)
{
    [Fact]
    public Task ReaderFollowsACitationFromATopicToTheHighlightedSentence() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        await Expect(page.Locator("h1")).ToContainTextAsync("from the January 2024 strikes to the April 2024 visit");

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await nav.GetByRole(AriaRole.Link, new() { Name = "Security", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Topic("security")));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Security");

        var cite = page.Locator(".claims a.cite").First;
        // The title holds the quote, or several joined by " … "; the first is the one marked #cited.
        var title = await cite.GetAttributeAsync("title");
        var quote = title!.Split(" … ")[0].Trim('“', '”');
        await cite.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/sources/[a-z0-9-]+\?quote=[^#]+#p-\d+$"));
        var fragment = new Uri(page.Url).Fragment.TrimStart('#');
        var mark = page.Locator($"[id='{fragment}'] mark#cited");
        await Expect(mark).ToBeVisibleAsync();
        await Expect(mark).ToHaveTextAsync(quote);
        await Expect(page.Locator("mark#cited")).ToHaveCountAsync(1);
    });

    [Fact]
    public Task ParagraphPermalinkInTheReaderKeepsTheReaderOnThatParagraph() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Source("iran-pakistan-relations"));
        var permalink = page.Locator("#p-3 a.para-number");
        await permalink.ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Paragraph("iran-pakistan-relations", 3)));
        await Expect(page.Locator("#p-3")).ToBeInViewportAsync();
    });
}
