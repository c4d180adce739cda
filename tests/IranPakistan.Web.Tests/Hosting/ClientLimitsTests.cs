using System.Net;
using IranPakistan.Web.Hosting;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>One client cannot take an instance for itself (issue 15): searches, API calls, circuits, connections.</summary>
public sealed class ClientLimitsTests
{
    private static readonly IPAddress _flooder = IPAddress.Parse("198.51.100.7");
    private static readonly IPAddress _reader = IPAddress.Parse("198.51.100.8");

    [Fact]
    public async Task AFloodingClientGets429sWithRetryAfterWhileAnotherKeepsGetting200s()
    {
        using var app = new ConfiguredExplorer(("Explorer:Limits:RequestsPerWindow", "5"), ("Explorer:Limits:RequestWindow", "00:05:00"));

        var answers = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            answers.Add((await ConfiguredExplorer.SendAsync(app, $"/api/search?q=iran{i % 2}", _flooder)).Context.Response.StatusCode);
        }

        Assert.Equal([200, 200, 200, 200, 200, 429, 429, 429], answers);
        var (refused, body) = await ConfiguredExplorer.SendAsync(app, "/search?q=iran", _flooder);
        Assert.Equal(429, refused.Response.StatusCode);
        Assert.True(int.Parse(refused.Response.Headers.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 300);
        Assert.Equal("no-store", refused.Response.Headers.CacheControl);
        Assert.StartsWith("application/problem+json", refused.Response.ContentType);
        Assert.Contains("\"status\":429", body, StringComparison.Ordinal);

        // The same addresses from another client: answered, and not with anything the refusals left behind.
        var (other, otherBody) = await ConfiguredExplorer.SendAsync(app, "/search?q=iran", _reader);
        Assert.Equal(200, other.Response.StatusCode);
        Assert.Contains("<h1", otherBody, StringComparison.Ordinal);
        Assert.Equal(200, (await ConfiguredExplorer.SendAsync(app, "/api/search?q=iran0", _reader)).Context.Response.StatusCode);
        // Pages that are not searches stay open to the flooder: they cost nothing once cached.
        Assert.Equal(200, (await ConfiguredExplorer.SendAsync(app, "/timeline", _flooder)).Context.Response.StatusCode);
    }

    [Fact]
    public async Task BehindATrustedProxyTheLimitIsPerReaderNotPerProxy()
    {
        using var app = new ConfiguredExplorer(("Explorer:Limits:RequestsPerWindow", "2"), ("Explorer:Limits:RequestWindow", "00:05:00"));
        Task<int> ViaProxyAsync(string reader) => ConfiguredExplorer.SendAsync(app, "/api/search?q=iran", IPAddress.Loopback,
            c => c.Request.Headers["X-Forwarded-For"] = reader).ContinueWith(t => t.Result.Context.Response.StatusCode, TaskScheduler.Default);
        Task<int> SpoofingAsync() => ConfiguredExplorer.SendAsync(app, "/api/search?q=iran", _flooder,
            c => c.Request.Headers["X-Forwarded-For"] = $"203.0.113.{Random.Shared.Next(1, 250)}")
            .ContinueWith(t => t.Result.Context.Response.StatusCode, TaskScheduler.Default);

        var sameReader = new List<int> { await ViaProxyAsync("203.0.113.1"), await ViaProxyAsync("203.0.113.1"), await ViaProxyAsync("203.0.113.1") };
        Assert.Equal([200, 200, 429], sameReader);
        Assert.Equal(200, await ViaProxyAsync("203.0.113.2"));
        // A client that is no proxy cannot claim a new address per request.
        var spoofed = new List<int> { await SpoofingAsync(), await SpoofingAsync(), await SpoofingAsync() };
        Assert.Equal([200, 200, 429], spoofed);
    }

    [Fact]
    public async Task CircuitsAreCappedPerClientAndInTotal()
    {
        using var limiter = ClientLimits.CreateLimiter(new LimitsOptions { CircuitsPerClient = 2, CircuitsTotal = 3 });

        var first = await limiter.AcquireAsync(Circuit("10.0.0.1"));
        var second = await limiter.AcquireAsync(Circuit("10.0.0.1"));
        var third = await limiter.AcquireAsync(Circuit("10.0.0.1"));
        var otherClient = await limiter.AcquireAsync(Circuit("10.0.0.2"));
        var overTotal = await limiter.AcquireAsync(Circuit("10.0.0.3"));
        var notACircuit = await limiter.AcquireAsync(Page("10.0.0.1"));

        Assert.Equal([true, true, false, true, false, true],
            new[] { first, second, third, otherClient, overTotal, notACircuit }.Select(l => l.IsAcquired));
        first.Dispose();
        Assert.True((await limiter.AcquireAsync(Circuit("10.0.0.1"))).IsAcquired, "a closed circuit frees its place");
    }

    [Fact]
    public void IPv6ClientsCountByTheirSlash64()
    {
        var one = Page("2001:db8:1:2:aaaa::1");
        var other = Page("2001:db8:1:2:bbbb::2");
        var elsewhere = Page("2001:db8:1:3::1");

        Assert.Equal(ClientLimits.ClientKey(one), ClientLimits.ClientKey(other));
        Assert.NotEqual(ClientLimits.ClientKey(one), ClientLimits.ClientKey(elsewhere));
    }

    [Fact]
    public async Task KestrelCapsConnectionsAndDoesNotNameItself()
    {
        using var app = new ConfiguredExplorer(("Explorer:Limits:MaxConnections", "300"), ("Explorer:Limits:CircuitsTotal", "40"));
        var origin = app.StartKestrel();
        using var client = new HttpClient();

        using var response = await client.GetAsync(origin + "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), "no Server header");
        var kestrel = app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        Assert.Equal(300, kestrel.Limits.MaxConcurrentConnections);
        Assert.Equal(40, kestrel.Limits.MaxConcurrentUpgradedConnections);
    }

    private static DefaultHttpContext Circuit(string client)
    {
        var context = Page(client);
        context.Request.Path = "/_blazor";
        context.Features.Set<IHttpWebSocketFeature>(new WebSocketRequest());
        return context;
    }

    private static DefaultHttpContext Page(string client)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/timeline";
        context.Connection.RemoteIpAddress = IPAddress.Parse(client);
        return context;
    }

    private sealed class WebSocketRequest : IHttpWebSocketFeature
    {
        public bool IsWebSocketRequest => true;

        public Task<System.Net.WebSockets.WebSocket> AcceptAsync(WebSocketAcceptContext context) => throw new NotSupportedException();
    }
}
