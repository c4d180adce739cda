using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.App.Layout;

/// <summary>What every page's frame carries: the phone menu, back to top, and the content version in the footer.</summary>
public sealed class LayoutTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/topics/trade")]
    [InlineData("/agreements?status=agreed")]
    public async Task TheMenuLinkAndBackToTopPointAtThisPage(string url)
    {
        var page = await factory.GetPageAsync(url);

        Assert.Equal(url + "#site-nav", page.QuerySelector("a.menu-toggle")?.GetAttribute("href"));
        Assert.Equal("site-nav", page.QuerySelector("a.menu-toggle")?.GetAttribute("aria-controls"));
        Assert.NotNull(page.QuerySelector("nav#site-nav[aria-label='Main']"));
        Assert.Equal(url + "#top", page.QuerySelector(".back-to-top a")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#top"));
    }

    [Fact]
    public async Task TheFooterSaysWhichContentVersionIsServedWhenItLastChangedAndLinksToTheChanges()
    {
        var stamp = await factory.QueryAsync(db => db.ContentStamps.SingleAsync());
        var latest = await factory.QueryAsync(db => db.ContentReleases.OrderByDescending(r => r.BuiltAtUtc).Select(r => r.BuiltAtUtc).FirstAsync());

        foreach (var url in new[] { Urls.Timeline, Urls.Home, Urls.Episode("april-2024-visit") })
        {
            var page = await factory.GetPageAsync(url);

            var version = page.QuerySelector("footer .content-version");
            Assert.StartsWith("Last updated", version?.TextContent.Trim(), StringComparison.Ordinal);
            Assert.Contains(stamp.Hash[..8], version?.TextContent, StringComparison.Ordinal);
            Assert.Equal(latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), version?.QuerySelector("time")?.GetAttribute("datetime"));
            Assert.Equal(Urls.Changes, version?.QuerySelector("a")?.GetAttribute("href"));
        }
    }
}
