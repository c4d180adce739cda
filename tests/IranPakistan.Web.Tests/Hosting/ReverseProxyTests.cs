using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>
/// Behind a reverse proxy (deploy/nginx.conf): X-Forwarded-For and X-Forwarded-Proto are believed from
/// loopback or the configured proxies only, and never change a page's bytes.
/// </summary>
public sealed class ReverseProxyTests
{
    private static readonly IPAddress _stranger = IPAddress.Parse("203.0.113.7");
    private static readonly IPAddress _configuredProxy = IPAddress.Parse("192.0.2.10");

    [Fact]
    public async Task ALoopbackProxyIsBelievedByDefault()
    {
        using var app = new ExplorerFactory();

        var context = await SendThroughProxyAsync(app, from: IPAddress.Loopback);

        Assert.Equal(_stranger, context.Connection.RemoteIpAddress);
        Assert.Equal("https", context.Request.Scheme);
        // Production sends HSTS on https only: the app now knows the reader came over https.
        Assert.True(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ForwardedHeadersFromAnAddressThatIsNoProxyAreIgnored()
    {
        using var app = new ExplorerFactory();

        var context = await SendThroughProxyAsync(app, from: _stranger, forwardedFor: "198.51.100.1");

        Assert.Equal(_stranger, context.Connection.RemoteIpAddress);
        Assert.Equal("http", context.Request.Scheme);
        Assert.False(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ConfiguredProxiesReplaceLoopback()
    {
        using var app = new ProxyFactory(("Explorer:ForwardedHeaders:KnownProxies:0", _configuredProxy.ToString()));

        var fromProxy = await SendThroughProxyAsync(app, from: _configuredProxy);
        var fromLoopback = await SendThroughProxyAsync(app, from: IPAddress.Loopback);

        Assert.Equal(_stranger, fromProxy.Connection.RemoteIpAddress);
        Assert.Equal("https", fromProxy.Request.Scheme);
        Assert.Equal(IPAddress.Loopback, fromLoopback.Connection.RemoteIpAddress);
        Assert.Equal("http", fromLoopback.Request.Scheme);
    }

    [Fact]
    public async Task ConfiguredNetworksAreBelieved()
    {
        using var app = new ProxyFactory(("Explorer:ForwardedHeaders:KnownNetworks:0", "192.0.2.0/24"));

        var fromNetwork = await SendThroughProxyAsync(app, from: IPAddress.Parse("192.0.2.99"));
        var fromOutside = await SendThroughProxyAsync(app, from: IPAddress.Parse("192.0.3.1"));

        Assert.Equal("https", fromNetwork.Request.Scheme);
        Assert.Equal("http", fromOutside.Request.Scheme);
    }

    [Fact]
    public async Task OnlyTheAddressTheProxyAppendedCountsNotWhatTheClientClaimedBeforeIt()
    {
        using var app = new ExplorerFactory();

        var context = await SendThroughProxyAsync(app, from: IPAddress.Loopback, forwardedFor: $"10.9.9.9, {_stranger}");

        Assert.Equal(_stranger, context.Connection.RemoteIpAddress);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/events/pakistan-strikes-saravan")]
    [InlineData("/topics/security")]
    public async Task APageIsTheSameBytesWithOrWithoutAProxyInFront(string url)
    {
        using var app = new ProxyFactory(("Explorer:PublicBaseUrl", "https://explorer.example.org"));
        var kestrel = app.Start();
        using var client = new HttpClient { BaseAddress = new Uri(kestrel) };

        using var direct = await client.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "mirror.example.net";
        request.Headers.Add("X-Forwarded-For", _stranger.ToString());
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        using var proxied = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        Assert.Equal(await direct.Content.ReadAsByteArrayAsync(), await proxied.Content.ReadAsByteArrayAsync());
        Assert.Equal(direct.Headers.ETag, proxied.Headers.ETag);
        var html = await proxied.Content.ReadAsStringAsync();
        Assert.Contains("https://explorer.example.org/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("mirror.example.net", html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
        // The proxy said https, from loopback: believed (HSTS), and still nothing else changed.
        Assert.True(proxied.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void AStoppingInstanceDrainsForTheConfiguredTime()
    {
        using var standard = new ExplorerFactory();
        using var configured = new ProxyFactory(("Explorer:ShutdownTimeout", "00:00:03"));

        Assert.Equal(TimeSpan.FromSeconds(10), standard.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        Assert.Equal(TimeSpan.FromSeconds(3), configured.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    /// <summary>
    /// GET / as a proxy at <paramref name="from"/> would send it for a reader at 203.0.113.7 who came over
    /// https; returns the request as the app saw it once the whole pipeline ran.
    /// </summary>
    private static Task<HttpContext> SendThroughProxyAsync(ExplorerFactory app, IPAddress from, string? forwardedFor = null) =>
        app.Server.SendAsync(context =>
        {
            context.Connection.RemoteIpAddress = from;
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = "/";
            context.Request.Host = new HostString("explorer.example.org");
            context.Request.Headers["X-Forwarded-For"] = forwardedFor ?? _stranger.ToString();
            context.Request.Headers["X-Forwarded-Proto"] = "https";
        });

    private sealed class ProxyFactory(params (string Key, string Value)[] settings) : ExplorerFactory
    {
        /// <summary>Serves on a free loopback port, as behind a real proxy; returns the origin.</summary>
        public string Start()
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
