using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Features.Discovery;

/// <summary>/sitemap.xml lists every page, each of which answers; /robots.txt points to it.</summary>
public sealed class DiscoveryTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    private static readonly XNamespace _sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task TheSitemapListsEveryItemPageWithTheContentDateAndEachAnswers()
    {
        using var response = await factory.Client.GetAsync("/sitemap.xml");
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var urls = sitemap.Root!.Elements(_sitemap + "url").ToList();
        var locs = urls.Select(u => u.Element(_sitemap + "loc")!.Value).ToList();
        var items = await factory.QueryAsync(async db =>
            await db.Events.CountAsync() + await db.Agreements.CountAsync() + await db.Actors.CountAsync()
            + await db.Places.CountAsync() + await db.Topics.CountAsync() + await db.Sources.CountAsync() + await db.Episodes.CountAsync());
        var episodes = await factory.QueryAsync(db => db.Episodes.Select(e => e.Slug).ToListAsync());

        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("urlset", sitemap.Root.Name.LocalName);
        Assert.True(locs.Count > items, $"{locs.Count} addresses for {items} items and the list pages");
        Assert.Equal(locs.Count, locs.Distinct().Count());
        // lastmod is the content version's date: the day the served content was built.
        var built = await factory.QueryAsync(db => db.ContentStamps.AsNoTracking().Select(s => s.BuiltAtUtc).SingleAsync());
        Assert.All(urls, u => Assert.Equal(built.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), u.Element(_sitemap + "lastmod")!.Value));
        Assert.Contains("/events/kashmir-violence-1989", locs);
        Assert.All(episodes, slug => Assert.Contains(IranPakistan.Web.Shared.Links.Urls.Episode(slug), locs));
        foreach (var loc in locs)
        {
            using var page = await factory.Client.GetAsync(loc);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{loc} answered {(int)page.StatusCode}");
        }
    }

    [Fact]
    public async Task RobotsTxtAllowsEverythingButTheCircuitAndPointsToTheSitemap()
    {
        var robots = await factory.GetOkAsync("/robots.txt");

        Assert.Contains("User-agent: *", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /_blazor", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: /sitemap.xml", robots, StringComparison.Ordinal);
    }
}
