using System.Net;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>Errors are pages: with their real status, a body, and without needing the database or a Host (issue 15).</summary>
public sealed class ErrorHandlingTests
{
    [Theory]
    [InlineData("/error", 404, "Not found")]
    [InlineData("/not-found", 404, "Not found")]
    [InlineData("/no/such/page", 404, "Not found")]
    public async Task ErrorPagesAskedForDirectlyAnswerWithTheirRealStatus(string url, int status, string heading)
    {
        using var app = new ExplorerFactory();

        using var response = await app.Client.GetAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent.Trim());
        // Twice: the second answer must not be a cached 200 of the first.
        using var again = await app.Client.GetAsync(url);
        Assert.Equal(status, (int)again.StatusCode);
    }

    [Theory]
    [InlineData("/topics/trade", "")]
    [InlineData("/no/such/page", "")]
    [InlineData("/topics/trade", "bad host name")]
    public async Task ARequestWithoutAUsableHostHeaderGetsThePage(string url, string host)
    {
        using var app = new ExplorerFactory();

        var (context, body) = await ConfiguredExplorer.SendAsync(app, url, configure: c =>
        {
            c.Request.Protocol = "HTTP/1.0";
            c.Request.Host = host.Length == 0 ? default : new HostString(host);
        });

        Assert.Equal(url == "/topics/trade" ? 200 : 404, context.Response.StatusCode);
        Assert.Contains("<h1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("bad host name", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheDatabaseVanishesReadersGetCachedPagesOrAClearPageAndHealthSaysWhy()
    {
        using var app = new ExplorerFactory();
        var cached = await app.GetOkAsync("/topics/trade");

        File.Delete(app.DatabasePath);
        // Connections already open keep reading the deleted file; new ones must fail, as after a restart.
        SqliteConnection.ClearAllPools();

        using var health = await app.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.StartsWith("Unhealthy: the database file", await health.Content.ReadAsStringAsync());
        Assert.Contains("is missing", await health.Content.ReadAsStringAsync());

        Assert.Equal(cached, await app.GetOkAsync("/topics/trade"));

        using var uncached = await app.Client.GetAsync("/topics/security");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, uncached.StatusCode);
        Assert.True(uncached.Headers.RetryAfter is not null, "a 503 says when to try again");
        var page = await Html.ParseAsync(await uncached.Content.ReadAsStringAsync());
        Assert.Equal("Something went wrong", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("cannot be read at the moment", page.QuerySelector("main")!.TextContent);
        Assert.False(File.Exists(app.DatabasePath), "the app must never create an empty database in place of the missing one");

        using var missing = await app.Client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Not found", await missing.Content.ReadAsStringAsync());

        // Back again: the 503 was not kept, the page is whole.
        SeededDatabase.CopyTo(app.DatabasePath);
        var whole = await Html.ParseAsync(await app.GetOkAsync("/topics/security"));
        Assert.Equal("Security", whole.QuerySelector("h1")!.TextContent.Trim());
        using var healthy = await app.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }

    [Fact]
    public async Task TheErrorPageRendersWithoutTheDatabaseFromTheFirstRequest()
    {
        using var app = new ExplorerFactory();
        _ = app.Client;
        File.Delete(app.DatabasePath);
        SqliteConnection.ClearAllPools();

        using var response = await app.Client.GetAsync("/timeline");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("Something went wrong", page.QuerySelector("h1")!.TextContent.Trim());
        // The footer says what it can without the list of sources.
        Assert.Contains("Every fact here cites the exact sentence of its source.", page.QuerySelector("footer")!.TextContent);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("TRACE")]
    [InlineData("MADEUP")]
    public async Task HealthAnswersGetOnly(string method)
    {
        using var app = new ExplorerFactory();

        using var response = await app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/healthz"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("405 Method Not Allowed\n", await response.Content.ReadAsStringAsync());
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
        using var get = await app.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("Healthy", await get.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("POST", "/topics/trade")]
    [InlineData("POST", "/search")]
    [InlineData("DELETE", "/_blazor")]
    public async Task PagesOnlyReadAndSaySo(string method, string url)
    {
        using var app = new ExplorerFactory();

        using var response = await app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("405 Method Not Allowed\n", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("PUT", "/api/events")]
    [InlineData("POST", "/api/agreements")]
    [InlineData("DELETE", "/api/search?q=iran")]
    public async Task TheApiOnlyReadsAndSaysSoAsAProblem(string method, string url)
    {
        using var app = new ExplorerFactory();

        using var response = await app.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(405, problem.RootElement.GetProperty("status").GetInt32());
    }
}
