using CsvHelper;
using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Features.Timeline;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>A journalist narrows the timeline down and takes that view away as a spreadsheet.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OpenDataJourneys(BrowserFixture browser)
{
    [Fact]
    public Task AFilteredTimelineDownloadsAsACsvOfExactlyTheEventsShown() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Timeline);
        await page.GetByLabel("Episode", new() { Exact = true }).SelectOptionAsync("january-2024-strikes");
        await Expect(page).ToHaveURLAsync(browser.Url(new TimelineFilter(Episode: "january-2024-strikes").ToUri()));
        var shown = (await page.Locator("main article.event").EvaluateAllAsync<string[]>("es => es.map(e => e.id)"))
            .Select(id => id.Replace("event-", "", StringComparison.Ordinal)).ToList();

        var downloads = page.GetByRole(AriaRole.Navigation, new() { Name = "Download" });
        var csvLink = downloads.GetByRole(AriaRole.Link, new() { Name = "CSV file" });
        // By keyboard: the control is reachable and works without a mouse.
        await csvLink.FocusAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Keyboard.PressAsync("Enter"));

        Assert.Equal("events.csv", download.SuggestedFilename);
        var path = await download.PathAsync();
        var text = await File.ReadAllTextAsync(path);
        using var reader = CsvReader.Create(new StringReader(text), null, false);
        Assert.Contains("slug", reader.Headers);
        Assert.Contains("citations", reader.Headers);
        var slugs = new List<string>();
        while (reader.Read())
        {
            slugs.Add(reader.GetString("slug"));
        }

        Assert.InRange(shown.Count, 2, 100);
        Assert.Equal(shown.Order(StringComparer.Ordinal), slugs.Order(StringComparer.Ordinal));
    });
}
