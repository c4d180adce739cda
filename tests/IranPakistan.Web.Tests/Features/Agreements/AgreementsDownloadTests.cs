using System.Net;

namespace IranPakistan.Web.Tests.Features.Agreements;

/// <summary>A list page links its exact current view as JSON and CSV (and offers the CSV as a download).</summary>
public sealed class AgreementsDownloadTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Theory]
    [InlineData("/agreements?status=stalled&q=pipeline", "/api/agreements?q=pipeline&status=stalled")]
    [InlineData("/timeline?kind=strike&episode=january-2024-strikes", "/api/events?kind=strike&episode=january-2024-strikes")]
    public async Task ThePageLinksItsViewAsJsonAndCsv(string page, string data)
    {
        var document = await factory.GetPageAsync(page);

        Assert.Equal(data, document.QuerySelector("link[rel=alternate][type='application/json']")?.GetAttribute("href"));
        var csv = document.QuerySelector("link[rel=alternate][type='text/csv']")?.GetAttribute("href");
        Assert.Equal(data + "&format=csv", csv);
        using var response = await factory.Client.GetAsync(csv);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheAgreementsPageOffersItsCurrentViewAsADownload()
    {
        var document = await factory.GetPageAsync("/agreements?status=stalled");
        var items = document.QuerySelectorAll(".agreement__title a").Length;

        var link = document.QuerySelector("a[download]");
        Assert.NotNull(link);
        Assert.Equal("/api/agreements?status=stalled&format=csv", link.GetAttribute("href"));
        var csv = await factory.GetOkAsync(link.GetAttribute("href")!);
        Assert.Equal(items + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
