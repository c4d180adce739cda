using System.Globalization;
using System.Xml.Linq;
using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Discovery;

/// <summary>/sitemap.xml and /robots.txt: every page, for search engines and archivers.</summary>
public static class DiscoveryFeature
{
    public const string SitemapPath = "/sitemap.xml";
    public const string RobotsPath = "/robots.txt";

    private static readonly XNamespace _sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SitemapPath, async (IDbContextFactory<AppDbContext> dbFactory, ContentDatabase database, SiteAddress site, CancellationToken ct) =>
            Results.Text(await SitemapAsync(dbFactory, database, site, ct), "application/xml; charset=utf-8"))
            .WithMetadata(StaticFirstMetadata.Instance)
            .ExcludeFromDescription();

        endpoints.MapGet(RobotsPath, (SiteAddress site) => Results.Text(
            $"User-agent: *\nAllow: /\nDisallow: /_blazor\nDisallow: /_framework\n\nSitemap: {site.Absolute(SitemapPath)}\n",
            "text/plain; charset=utf-8"))
            .WithMetadata(StaticFirstMetadata.Instance)
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Every page's address; lastmod is the day the served content was built (its content version).</summary>
    public static async Task<string> SitemapAsync(IDbContextFactory<AppDbContext> dbFactory, ContentDatabase database, SiteAddress site, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pages = new List<string>
        {
            Urls.Home, Urls.Timeline, Urls.Agreements, Urls.Actors, Urls.ActorGraph, Urls.Places, Urls.Map, Urls.Figures, Urls.Sources, Urls.ApiReference, Urls.Changes,
        };
        pages.AddRange((await db.Topics.AsNoTracking().OrderBy(t => t.Order).Select(t => t.Slug).ToListAsync(ct)).Select(Urls.Topic));
        pages.AddRange((await db.Episodes.AsNoTracking().OrderBy(e => e.Order).Select(e => e.Slug).ToListAsync(ct)).Select(Urls.Episode));
        pages.AddRange((await db.Events.AsNoTracking().Select(e => e.Slug).ToListAsync(ct)).Order(StringComparer.Ordinal).Select(Urls.Event));
        pages.AddRange((await db.Agreements.AsNoTracking().Select(a => a.Slug).ToListAsync(ct)).Order(StringComparer.Ordinal).Select(Urls.Agreement));
        pages.AddRange((await db.Actors.AsNoTracking().Select(a => a.Slug).ToListAsync(ct)).Order(StringComparer.Ordinal).Select(Urls.Actor));
        pages.AddRange((await db.Places.AsNoTracking().Select(p => p.Slug).ToListAsync(ct)).Order(StringComparer.Ordinal).Select(Urls.Place));
        pages.AddRange((await db.Sources.AsNoTracking().Select(s => s.Slug).ToListAsync(ct)).Order(StringComparer.Ordinal).Select(Urls.Source));

        var lastModified = database.Current?.BuiltAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(_sitemap + "urlset",
            pages.Select(p => new XElement(_sitemap + "url",
                new XElement(_sitemap + "loc", site.Absolute(p)),
                lastModified is null ? null : new XElement(_sitemap + "lastmod", lastModified)))));
        return document.Declaration + "\n" + document.ToString();
    }
}
