using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Shared.Api;

/// <summary>One entry of a feed: what it is called, says and links to (an absolute page address when Explorer:PublicBaseUrl is set).</summary>
public sealed record FeedEntry(string Kind, string Slug, string Title, string Summary, string Url, IReadOnlyList<string> Categories);

/// <summary>What makes a list a feed: its title and how an item becomes an entry.</summary>
public sealed record FeedSpec<T>(string Title, Func<T, FeedEntry> Entry);

/// <summary>
/// Lists as Atom 1.0 feeds (RFC 4287), written with <see cref="XmlWriter"/>. Every entry's
/// <c>updated</c> is the content version's date (when the served content was built: the only date at
/// which anything here changes); ids are <c>urn:uuid:</c> names derived from the kind and slug, so they
/// stay the same whatever address the site is served at.
/// </summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const string MediaType = "application/atom+xml";
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static string Write(string title, string selfUrl, string alternateUrl, DateTimeOffset updated, IEnumerable<FeedEntry> entries)
    {
        var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            var stamp = updated.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, Id("feed", selfUrl));
            xml.WriteElementString("title", Atom, title);
            xml.WriteElementString("updated", Atom, stamp);
            Link(xml, "self", selfUrl, MediaType);
            Link(xml, "alternate", alternateUrl, "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "Iran–Pakistan Relations Explorer");
            xml.WriteEndElement();
            xml.WriteElementString("rights", Atom, "Quotes are the source's words; summaries are the explorer's. Every fact cites its source sentence.");
            foreach (var e in entries)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, Id(e.Kind, e.Slug));
                xml.WriteElementString("title", Atom, e.Title);
                xml.WriteElementString("updated", Atom, stamp);
                Link(xml, "alternate", e.Url, "text/html");
                foreach (var category in e.Categories)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", category);
                    xml.WriteEndElement();
                }

                xml.WriteElementString("summary", Atom, e.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString();
    }

    /// <summary>A list's feed: <paramref name="all"/> as entries, dated by the served content.</summary>
    public static IResult Result<T>(IReadOnlyList<T> all, FeedSpec<T> spec, HttpContext context)
    {
        var site = context.RequestServices.GetRequiredService<SiteAddress>();
        var keys = (QueryKeys.Of(context.GetEndpoint()) ?? []).Where(k => k is not ("page" or "pageSize")).ToList();
        var self = QueryKeys.CanonicalPathAndQuery(context.Request, keys);
        var updated = context.RequestServices.GetRequiredService<ContentDatabase>().Current?.BuiltAtUtc ?? DateTime.UnixEpoch;
        var body = Write(spec.Title, site.Absolute(self), site.Absolute(PageOf(self)), new DateTimeOffset(DateTime.SpecifyKind(updated, DateTimeKind.Utc)), all.Select(spec.Entry));
        return Results.Text(body, ContentType, Encoding.UTF8);
    }

    /// <summary>The page a list's address shows: <c>/api/events?topic=trade&amp;format=atom</c> → <c>/timeline?topic=trade</c>.</summary>
    public static string PageOf(string apiPathAndQuery)
    {
        var q = apiPathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = q < 0 ? apiPathAndQuery : apiPathAndQuery[..q];
        var query = q < 0 ? "" : apiPathAndQuery[(q + 1)..];
        var kept = string.Join('&', query.Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("format=", StringComparison.Ordinal)));
        var page = DataLinks.PageFor(path) ?? Urls.Home;
        return kept.Length == 0 ? page : page + "?" + kept;
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>A name-based UUID (RFC 9562 version 8: the first 128 bits of SHA-256) for <paramref name="kind"/>/<paramref name="key"/>.</summary>
    private static string Id(string kind, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"iran-pakistan-explorer:{kind}:{key}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    private sealed class Utf8StringWriter() : StringWriter(CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
