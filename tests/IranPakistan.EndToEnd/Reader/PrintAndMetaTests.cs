using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Reader;

/// <summary>What a reader expects around the content: a print version, a favicon, and a good link preview.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintAndMetaTests(BrowserFixture browser)
{
    [Fact]
    public Task PrintedTopicDropsNavigationAndKeepsCitationsWithTheirAddresses() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Topic("security"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator(".site-nav")).ToBeHiddenAsync();
        await Expect(page.Locator("h1")).ToBeVisibleAsync();

        var cite = page.Locator(".claims a.cite").First;
        await Expect(cite).ToBeVisibleAsync();
        var href = new Uri(browser.Url((await cite.GetAttributeAsync("href"))!));
        var printed = await cite.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        // The absolute address of the cited paragraph, at the site's configured public address (never
        // the Host header the request came with): something a reader can type back in from paper.
        Assert.Contains(BrowserFixture.PublicBaseUrl + href.AbsolutePath + href.Fragment, printed, StringComparison.Ordinal);

        // The printout says where relative addresses start, so every footnote can be followed from paper.
        await Expect(page.Locator(".print-origin")).ToBeVisibleAsync();
        await Expect(page.Locator(".print-origin")).ToContainTextAsync(BrowserFixture.PublicBaseUrl + Urls.Topic("security"));
    });

    [Theory]
    [InlineData("/events/iran-strike-jaish-al-adl-baluchistan")]
    [InlineData("/agreements/joint-film-production-mou")]
    public Task PrintedEventAndAgreementKeepTheirCitationsWithAddresses(string path) => browser.RunAsync(async page =>
    {
        await page.GotoAsync(path);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator(".site-nav")).ToBeHiddenAsync();
        var quote = page.Locator("main section.citations blockquote").First;
        await Expect(quote).ToBeVisibleAsync();
        var link = page.Locator("main section.citations a").First;
        var href = new Uri(browser.Url((await link.GetAttributeAsync("href"))!));
        var printed = await link.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains(BrowserFixture.PublicBaseUrl + href.AbsolutePath + href.Fragment, printed, StringComparison.Ordinal);
    }, caseName: path.Split('/')[1]);

    [Fact]
    public Task ScreenHidesThePrintOnlyOrigin() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Topic("security"));

        await Expect(page.Locator(".print-origin")).ToHaveCountAsync(1);
        await Expect(page.Locator(".print-origin")).ToBeHiddenAsync();
    });

    [Theory]
    [MemberData(nameof(SitePages.Kinds), MemberType = typeof(SitePages))]
    public Task EveryKindOfPageHasATitleDescriptionAndOpenGraphPreview(string kind) => browser.RunAsync(async page =>
    {
        await page.GotoAsync(SitePages.ByKind[kind]);

        var title = await page.TitleAsync();
        Assert.EndsWith("Iran–Pakistan Relations Explorer", title, StringComparison.Ordinal);
        var description = await page.Locator("meta[name=description]").GetAttributeAsync("content");
        Assert.False(string.IsNullOrWhiteSpace(description), "meta description is empty");
        await Expect(page.Locator("meta[property='og:title']")).ToHaveAttributeAsync("content", title);
        await Expect(page.Locator("meta[property='og:description']")).ToHaveAttributeAsync("content", description!);
        await Expect(page.Locator("meta[property='og:site_name']")).ToHaveAttributeAsync("content", "Iran–Pakistan Relations Explorer");
        await Expect(page.Locator("head meta[name=description]")).ToHaveCountAsync(1);
        await Expect(page.Locator("head title")).ToHaveCountAsync(1);
    }, caseName: kind);

    [Fact]
    public Task FaviconIsAnSvgTheServerDelivers() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        var href = await page.Locator("link[rel=icon]").GetAttributeAsync("href");

        var response = await page.APIRequest.GetAsync(href!);

        Assert.Equal(200, response.Status);
        Assert.StartsWith("image/svg+xml", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("<svg", await response.TextAsync(), StringComparison.Ordinal);
    });
}
