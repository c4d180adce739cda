using System.Net;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>Headers as Mozilla Observatory grades them over https (issue 15; docs/security.md).</summary>
public sealed class TransportSecurityTests
{
    [Fact]
    public async Task OverHttpsHstsLastsAYearAndCoversSubdomains()
    {
        using var app = new ExplorerFactory();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://explorer.example.org"), AllowAutoRedirect = false });

        using var response = await client.GetAsync("/topics/trade");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(response.Headers.Contains("Set-Cookie"), "pages set no cookie at all");
    }

    [Theory]
    [InlineData("/topics/trade")]
    [InlineData("/api/events")]
    [InlineData("/healthz")]
    public async Task EveryAnswerCarriesTheSecurityHeaders(string url)
    {
        using var app = new ExplorerFactory();

        using var response = await app.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task WhenHttpsIsConfiguredHttpIsRedirectedToIt()
    {
        using var app = new ConfiguredExplorer(("Explorer:HttpsRedirect", "true"));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://explorer.example.org"), AllowAutoRedirect = false });

        using var response = await client.GetAsync("/topics/trade?x=1");

        Assert.True(response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect or HttpStatusCode.MovedPermanently);
        Assert.Equal("https://explorer.example.org/topics/trade?x=1", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task WithoutHttpsNothingIsRedirected()
    {
        using var app = new ExplorerFactory();

        using var response = await app.Client.GetAsync("/topics/trade");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS means nothing over http");
    }
}
