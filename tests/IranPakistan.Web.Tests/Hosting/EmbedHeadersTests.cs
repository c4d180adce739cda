using System.Net;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>
/// Other sites may frame /embed/… and nothing else: frame-ancestors * there, 'none' and
/// X-Frame-Options: DENY everywhere else (issue 14; docs/security.md).
/// </summary>
public sealed class EmbedHeadersTests(CitingExplorerForEmbeds factory) : IClassFixture<CitingExplorerForEmbeds>
{
    [Theory]
    [InlineData("/embed/timeline")]
    [InlineData("/embed/timeline?topic=security&from=2024")]
    [InlineData("/embed/events/iran-strike-jaish-al-adl-baluchistan")]
    [InlineData("/embed/figures/trade-by-direction")]
    [InlineData("/embed/figures/children-killed-in-iranian-strike")]
    [InlineData("/embed/map?place=taftan")]
    public async Task EmbedsMayBeFramedByAnySite(string path)
    {
        using var response = await factory.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.EndsWith("frame-ancestors *", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'none'", csp.Split(';').Single(d => d.Trim().StartsWith("frame-ancestors", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"), "X-Frame-Options would forbid the frame whatever the CSP says");
        // Everything else about the policy stays as strict as on every other page.
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/timeline")]
    [InlineData("/events/iran-strike-jaish-al-adl-baluchistan")]
    [InlineData("/figures")]
    [InlineData("/map?place=taftan")]
    [InlineData("/embedded")]
    [InlineData("/api/events")]
    [InlineData("/cite/events/iran-strike-jaish-al-adl-baluchistan.bib")]
    public async Task EveryOtherAnswerRefusesToBeFramed(string path)
    {
        using var response = await factory.Client.GetAsync(path);

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task AnEmbedIsTheViewALinkBackAndTheAttributionWithoutTheSiteChrome()
    {
        var page = await factory.GetPageAsync(Urls.Embed(Urls.Event("iran-strike-jaish-al-adl-baluchistan")));

        Assert.Null(page.QuerySelector("nav#site-nav"));
        Assert.Null(page.QuerySelector("form"));
        Assert.Equal("_blank", page.QuerySelector("base")!.GetAttribute("target"));
        Assert.NotNull(page.QuerySelector($"main a[href='{Urls.Event("iran-strike-jaish-al-adl-baluchistan")}']"));
        var footer = page.QuerySelector("footer")!.TextContent;
        Assert.Contains("Iran-Pakistan Relations: Balancing Geopolitical Realities", footer, StringComparison.Ordinal);
        Assert.Contains("author, publisher and date not stated", footer, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("main a.citations__source"));
    }

    [Fact]
    public async Task TheEmbeddedTimelineTakesTheSameFiltersAsTheTimeline()
    {
        var full = await factory.GetPageAsync("/timeline?topic=security&from=2024");
        var embed = await factory.GetPageAsync("/embed/timeline?topic=security&from=2024");

        static List<string?> Events(AngleSharp.Dom.IDocument d) => d.QuerySelectorAll("ol.events > li h3 a, ol.events > li h4 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(Events(embed));
        Assert.Equal(Events(full), Events(embed));
        Assert.NotNull(embed.QuerySelector("main a[href='/timeline?topic=security&from=2024']"));
        Assert.Null(full.QuerySelector("base[target]"));
    }

    [Theory]
    [InlineData("/timeline?topic=security", "/embed/timeline?topic=security", "embed-code-timeline")]
    [InlineData("/events/iran-strike-jaish-al-adl-baluchistan", "/embed/events/iran-strike-jaish-al-adl-baluchistan", "embed-code-event")]
    [InlineData("/map?place=taftan", "/embed/map?place=taftan", "embed-code-map")]
    public async Task ThePagesOfferTheirIframeWithThePublicAddress(string path, string embed, string id)
    {
        var page = await factory.GetPageAsync(path);

        var snippet = page.GetElementById(id)!.TextContent;
        var frame = (await Html.ParseAsync(snippet)).QuerySelector("iframe")!;
        Assert.Equal(CitingExplorerForEmbeds.Base + embed, frame.GetAttribute("src"));
        Assert.False(string.IsNullOrWhiteSpace(frame.GetAttribute("title")));
        Assert.NotNull(page.QuerySelector($"button[data-copy='{id}']"));
    }

    [Fact]
    public async Task TheFiguresPageOffersAnIframePerChart()
    {
        var page = await factory.GetPageAsync(Urls.Figures);

        var sources = page.QuerySelectorAll("details.embed-code textarea").Select(t => Html.ParseAsync(t.TextContent).Result.QuerySelector("iframe")!.GetAttribute("src")).ToList();
        Assert.Contains(CitingExplorerForEmbeds.Base + Urls.EmbedFigure("trade-by-direction"), sources);
        Assert.Equal(page.QuerySelectorAll("figure[id^='chart-'], [id^='chart-']").Length > 0 ? sources.Count : 0, sources.Distinct().Count());
    }
}

public sealed class CitingExplorerForEmbeds : ExplorerFactory
{
    public const string Base = "https://iran-pakistan.example.org";

    public CitingExplorerForEmbeds() => PublicBaseUrl = Base;
}
