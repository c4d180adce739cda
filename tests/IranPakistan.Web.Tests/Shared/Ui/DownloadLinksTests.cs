using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using IranPakistan.Web.Tests.Shared.Api;

namespace IranPakistan.Web.Tests.Shared.Ui;

/// <summary>
/// Every list page has a "Download" control for its exact current view, as CSV and JSON (the page's API
/// address + format=…), a feed where the list has one, and links the same as &lt;link rel="alternate"&gt;.
/// </summary>
public sealed class DownloadLinksTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    public static TheoryData<string, string, bool> Pages() => new()
    {
        { "/timeline?topic=trade&kind=visit", "/api/events?topic=trade&kind=visit", true },
        { "/timeline?from=2024-01&to=2024-01", "/api/events?from=2024-01&to=2024-01", true },
        { "/agreements?q=pipeline&between=bilateral&sort=title", "/api/agreements?q=pipeline&between=bilateral&sort=title", true },
        { "/actors", "/api/actors", false },
        { "/places", "/api/places", false },
        { "/figures", "/api/figures", false },
        { "/search?q=Kashmr&kind=event", "/api/search?q=Kashmr&kind=event", false },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task TheDownloadControlOffersTheCurrentViewAsCsvAndJson(string page, string data, bool feed)
    {
        var document = await factory.GetPageAsync(page);

        var control = document.QuerySelector("nav.downloads");
        Assert.NotNull(control);
        Assert.Equal("Download", control.GetAttribute("aria-label"));
        Assert.Contains("Download this view", control.TextContent, StringComparison.Ordinal);
        var links = control.QuerySelectorAll("a").ToDictionary(a => a.GetAttribute("type")!, a => a);
        Assert.Equal(With(data, "csv"), links["text/csv"].GetAttribute("href"));
        Assert.True(links["text/csv"].HasAttribute("download"));
        Assert.Equal(With(data, "json"), links["application/json"].GetAttribute("href"));
        Assert.Equal(feed, links.ContainsKey("application/atom+xml"));
        if (feed)
        {
            Assert.Equal(With(data, "atom"), links["application/atom+xml"].GetAttribute("href"));
            Assert.Equal(With(data, "atom"), document.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
        }

        Assert.Equal(With(data, "json"), document.QuerySelector("link[rel=alternate][type='application/json']")?.GetAttribute("href"));
        Assert.Equal(With(data, "csv"), document.QuerySelector("link[rel=alternate][type='text/csv']")?.GetAttribute("href"));
        using var csv = await factory.Client.GetAsync(With(data, "csv"));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/timeline?topic=trade&kind=visit", "/api/events?topic=trade&kind=visit")]
    [InlineData("/timeline?actor=iran&from=2024-01&to=2024-04", "/api/events?actor=iran&from=2024-01&to=2024-04")]
    [InlineData("/timeline?from=2024-01-17&to=2024-01-25", "/api/events?from=2024-01-17&to=2024-01-25")]
    public async Task TheTimelineDownloadHoldsExactlyTheEventsThePageLists(string page, string data)
    {
        var document = await factory.GetPageAsync(page);
        var onPage = document.QuerySelectorAll("article.event").Select(a => a.Id!["event-".Length..]).ToList();

        var rows = CsvListsTests.Parse(await factory.GetOkAsync(With(data, "csv")), out _);

        Assert.NotEmpty(onPage);
        Assert.Equal(onPage.Order(StringComparer.Ordinal), rows.Select(r => r["slug"]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/agreements?status=not-fully-realised&sort=title", "/api/agreements?status=not-fully-realised&sort=title")]
    [InlineData("/agreements?q=pipeline", "/api/agreements?q=pipeline")]
    public async Task TheAgreementsDownloadHoldsTheTableInItsOrder(string page, string data)
    {
        var document = await factory.GetPageAsync(page);
        var onPage = Slugs(document.QuerySelectorAll("tr.agreement .agreement__title > a"));

        var rows = CsvListsTests.Parse(await factory.GetOkAsync(With(data, "csv")), out _);

        Assert.NotEmpty(onPage);
        Assert.Equal(onPage, rows.Select(r => r["slug"]));
    }

    [Fact]
    public async Task TheSearchDownloadHoldsTheResultsThePageGroups()
    {
        var document = await factory.GetPageAsync("/search?q=Chabahar");
        var onPage = document.QuerySelectorAll("section.result-group:not(.result-group--best) .result__title").Select(a => a.GetAttribute("href")).ToList();

        using var json = JsonDocument.Parse(await factory.GetOkAsync("/api/search?q=Chabahar&format=json"));

        Assert.NotEmpty(onPage);
        Assert.Equal(onPage, json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task ANoResultSearchHasNothingToDownload()
    {
        var document = await factory.GetPageAsync("/search?q=xylophone");

        Assert.Null(document.QuerySelector("nav.downloads"));
        Assert.Null(document.QuerySelector("link[rel=alternate][type='text/csv']"));
    }

    [Theory]
    [InlineData("/events/ambassadors-resume-posts")]
    [InlineData("/agreements/iran-pakistan-gas-pipeline")]
    [InlineData("/episodes/january-2024-strikes")]
    public async Task AnItemPageLinksItsOwnJsonAndThatAnswers(string page)
    {
        var document = await factory.GetPageAsync(page);

        var json = document.QuerySelector("link[rel=alternate][type='application/json']")?.GetAttribute("href");

        Assert.Equal("/api" + page, json);
        using var item = JsonDocument.Parse(await factory.GetOkAsync(json!));
        // The JSON is about this item: it carries the page's heading as a value.
        Assert.Contains(document.QuerySelector("h1")!.TextContent.Trim(), Strings(item.RootElement));
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [e.GetString()!],
        _ => [],
    };

    private static List<string> Slugs(IHtmlCollection<IElement> links) =>
        links.Select(a => a.GetAttribute("href")!.Split('/')[^1]).ToList();

    private static string With(string data, string format) => data + (data.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "format=" + format;
}
