using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>Citing a page by keyboard alone, and an embed framed by a page on another site (issue 14).</summary>
[Collection(BrowserCollection.Name)]
public sealed class CiteAndEmbedJourneys(BrowserFixture browser)
{
    private const string Event = "iran-strike-jaish-al-adl-baluchistan";

    [Fact]
    public Task AKeyboardUserCopiesACitationWithTodaysDate() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Event(Event));
        var summary = page.Locator("details.cite-this > summary");
        await summary.FocusAsync();

        // Open "Cite this", then Tab through the APA text to its copy button and press Enter.
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#cite-apa")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        var copy = page.GetByRole(AriaRole.Button, new() { Name = "Copy the APA citation" });
        await Expect(copy).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("details.cite-this [role=status]")).ToHaveTextAsync("Copied the APA citation to the clipboard.");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(await page.Locator("#cite-apa").InputValueAsync(), copied);
        // The reader's own date, filled in on their side; the public address, not the test server's.
        var today = await page.EvaluateAsync<string>("() => new Date().toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' })");
        Assert.Contains($"Retrieved {today}, from {BrowserFixture.PublicBaseUrl}{Urls.Event(Event)}", copied, StringComparison.Ordinal);
        Assert.DoesNotContain(CitationFormatter.AccessPlaceholder, copied, StringComparison.Ordinal);
        Assert.Contains("Source sentence:", copied, StringComparison.Ordinal);
        await Expect(copy).ToBeFocusedAsync();
    }, new() { Permissions = ["clipboard-read", "clipboard-write"] });

    [Fact]
    public Task WithTodaysDateTheCslJsonStaysValid() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Actor("jaish-al-adl"));

        var json = await page.Locator("#cite-csljson").InputValueAsync();

        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var parts = doc.RootElement[0].GetProperty("accessed").GetProperty("date-parts")[0];
        var year = await page.EvaluateAsync<int>("() => new Date().getFullYear()");
        Assert.Equal(year, parts[0].GetInt32());
        Assert.Contains("urldate = {" + year, await page.Locator("#cite-bibtex").InputValueAsync(), StringComparison.Ordinal);
    });

    [Fact]
    public Task AnEmbedLoadsInAFrameOnAnotherSiteAndTheFullPageDoesNot() => browser.RunAsync(async page =>
    {
        // Another site: a page on another origin (another loopback port, so the browser's private-network
        // rules treat both alike) that frames the embed and, for contrast, the full page.
        var article = $"""
            <!DOCTYPE html><html lang="en"><head><title>An article</title></head><body>
            <h1>An article about the strikes</h1>
            <iframe id="embed" title="The event" src="{browser.Url(Urls.Embed(Urls.Event(Event)))}" width="600" height="400"></iframe>
            <iframe id="full" title="The full page" src="{browser.Url(Urls.Event(Event))}" width="600" height="400"></iframe>
            </body></html>
            """;
        using var otherSite = new OtherSite(article);

        await page.GotoAsync(otherSite.Address);

        Assert.NotEqual(new Uri(otherSite.Address).GetLeftPart(UriPartial.Authority), new Uri(browser.Url("/")).GetLeftPart(UriPartial.Authority));
        var embed = page.FrameLocator("#embed");
        await Expect(embed.Locator("main h1")).ToHaveTextAsync("Iran's missile strike on Jaish al-Adl bases in Baluchistan");
        await Expect(embed.GetByRole(AriaRole.Link, new() { Name = "Open this event in the explorer" })).ToHaveAttributeAsync("href", Urls.Event(Event));
        await Expect(embed.Locator("footer")).ToContainTextAsync("author, publisher and date not stated in the text");
        // The full page refuses the frame (frame-ancestors 'none'): nothing of it renders there.
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.Equal(0, await page.FrameLocator("#full").Locator("main h1").CountAsync());
    });

    /// <summary>A one-page web site on a free loopback port, serving the given HTML for every request.</summary>
    private sealed class OtherSite : IDisposable
    {
        private readonly System.Net.HttpListener _listener = new();
        private readonly CancellationTokenSource _stop = new();

        public OtherSite(string html)
        {
            var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            probe.Start();
            var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Address = $"http://127.0.0.1:{port}/article";
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            _ = Task.Run(async () =>
            {
                var body = System.Text.Encoding.UTF8.GetBytes(html);
                while (!_stop.IsCancellationRequested)
                {
                    System.Net.HttpListenerContext context;
                    try
                    {
                        context = await _listener.GetContextAsync();
                    }
                    catch (Exception) when (_stop.IsCancellationRequested)
                    {
                        return;
                    }

                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(body);
                    context.Response.Close();
                }
            });
        }

        public string Address { get; }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Close();
            _stop.Dispose();
        }
    }
}
