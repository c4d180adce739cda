using System.Net;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;
using static IranPakistan.Web.Tests.Shared.Citations.CitationReaders;

namespace IranPakistan.Web.Tests.Features.Citing;

/// <summary>A host whose public address is configured, as citations need one.</summary>
public sealed class CitingExplorer : ExplorerFactory
{
    public const string Base = "https://iran-pakistan.example.org";

    public CitingExplorer() => PublicBaseUrl = Base;
}

/// <summary>"Cite this" on the pages and the /cite downloads, over the real seeds.</summary>
public sealed class CiteThisTests(CitingExplorer factory) : IClassFixture<CitingExplorer>
{
    public static TheoryData<string> FactPages =>
    [
        Urls.Event("iran-strike-jaish-al-adl-baluchistan"),
        Urls.Agreement("joint-film-production-mou"),
        Urls.Topic("security"),
        Urls.Actor("jaish-al-adl"),
        Urls.Place("taftan"),
        CiteAddresses.ParagraphPage("iran-pakistan-relations", 3),
    ];

    [Theory]
    [MemberData(nameof(FactPages))]
    public async Task EveryFactPageOffersEachFormatWithItsOwnAbsoluteAddress(string path)
    {
        var page = await factory.GetPageAsync(path);

        var block = page.QuerySelector("details.cite-this");
        Assert.NotNull(block);
        var areas = block.QuerySelectorAll("textarea[readonly]");
        Assert.Equal(CitationFormatter.All.Count, areas.Length);
        var cited = path.StartsWith("/cite/", StringComparison.Ordinal) ? CitingExplorer.Base + Urls.Paragraph("iran-pakistan-relations", 3) : CitingExplorer.Base + path;
        foreach (var area in areas)
        {
            // Each format has a label, the page's own public address, the content version and a place for the access date.
            Assert.NotNull(page.QuerySelector($"label[for='{area.Id}']"));
            Assert.Contains(cited, area.TextContent, StringComparison.Ordinal);
            Assert.Contains(CitationFormatter.AccessPlaceholder, area.TextContent, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(area.GetAttribute("data-date-style")));
            var button = block.QuerySelector($"button[data-copy='{area.Id}']");
            Assert.NotNull(button);
            Assert.Equal("button", button.GetAttribute("type"));
        }

        Assert.NotNull(block.QuerySelector("[role=status][data-copy-status]"));
        // The downloads beside each format.
        var downloads = block.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(CitationFormatter.All.Select(CitationFormatter.Extension).Order(), downloads.Select(h => CitationFormatter.FromFileName(h.Split('/')[^1])!.Value.Format).Select(CitationFormatter.Extension).Order());
        var bib = ReadBibTeX(areas.Single(a => a.Id == "cite-bibtex").TextContent);
        Assert.Equal(cited, bib[0].Fields["url"]);
    }

    [Fact]
    public async Task CitingAFactAlsoCitesItsSourceSentences()
    {
        var slug = "iran-strike-jaish-al-adl-baluchistan";
        var quotes = await factory.QueryAsync(db => db.Citations.Where(c => c.Event!.Slug == slug).Select(c => new { c.Quote, c.Paragraph.Number }).ToListAsync());
        Assert.NotEmpty(quotes);

        var page = await factory.GetPageAsync(Urls.Event(slug));

        var apa = page.QuerySelector("#cite-apa")!.TextContent;
        var ris = ReadRis(page.QuerySelector("#cite-ris")!.TextContent);
        foreach (var q in quotes)
        {
            Assert.Contains($"“{q.Quote}”", apa, StringComparison.Ordinal);
            Assert.Contains(CitingExplorer.Base + Urls.Paragraph("iran-pakistan-relations", q.Number), apa, StringComparison.Ordinal);
            Assert.Contains(ris.Skip(1), r => r.Contains(("UR", CitingExplorer.Base + Urls.Paragraph("iran-pakistan-relations", q.Number))));
        }

        Assert.Contains("Author, publisher and date not stated in the text", apa, StringComparison.Ordinal);
        Assert.Contains("(n.d.)", apa, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAddressIsTheConfiguredOneWhateverTheHostHeaderSays()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Urls.Actor("jaish-al-adl"));
        request.Headers.Host = "attacker.example";

        using var response = await factory.Client.SendAsync(request);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(CitingExplorer.Base + Urls.Actor("jaish-al-adl"), page.QuerySelector("#cite-mla")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", page.QuerySelector("details.cite-this")!.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSourceReaderLinksEachParagraphToItsCitation()
    {
        var count = await factory.QueryAsync(db => db.Paragraphs.CountAsync());

        var page = await factory.GetPageAsync(Urls.Source("iran-pakistan-relations"));

        var links = page.QuerySelectorAll(".reader-paragraph .para-cite a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(count, links.Count);
        Assert.Contains(CiteAddresses.ParagraphPage("iran-pakistan-relations", 3), links);
    }

    [Theory]
    [InlineData("/cite/events/iran-strike-jaish-al-adl-baluchistan.bib", "application/x-bibtex")]
    [InlineData("/cite/agreements/joint-film-production-mou.ris", "application/x-research-info-systems")]
    [InlineData("/cite/topics/security.json", "application/vnd.citationstyles.csl+json")]
    [InlineData("/cite/actors/jaish-al-adl.apa.txt", "text/plain")]
    [InlineData("/cite/places/taftan.chicago.txt", "text/plain")]
    [InlineData("/cite/sources/iran-pakistan-relations/3.mla.txt", "text/plain")]
    public async Task DownloadsCarryTheDayTheyWereMadeAsTheAccessDate(string path, string mediaType)
    {
        var before = DateOnly.FromDateTime(DateTime.UtcNow);
        using var response = await factory.Client.GetAsync(path);
        var after = DateOnly.FromDateTime(DateTime.UtcNow);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.DoesNotContain(CitationFormatter.AccessPlaceholder, text, StringComparison.Ordinal);
        var style = CitationFormatter.DateStyle(CitationFormatter.FromFileName(path.Split('/')[^1])!.Value.Format);
        Assert.True(
            style == AccessDateStyle.CslJson
                ? text.Contains($"{before.Year},", StringComparison.Ordinal)
                : text.Contains(CitationFormatter.FormatDate(before, style), StringComparison.Ordinal) || text.Contains(CitationFormatter.FormatDate(after, style), StringComparison.Ordinal),
            text);
        Assert.Contains(CitingExplorer.Base, text, StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/cite/events/no-such-event.bib")]
    [InlineData("/cite/events/iran-strike-jaish-al-adl-baluchistan.pdf")]
    [InlineData("/cite/figures/anything.bib")]
    [InlineData("/cite/sources/iran-pakistan-relations/9999.bib")]
    [InlineData("/cite/sources/no-such-source/3.bib")]
    [InlineData("/cite/sources/iran-pakistan-relations/9999")]
    public async Task UnknownCitationsAreNotFound(string path)
    {
        using var response = await factory.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
