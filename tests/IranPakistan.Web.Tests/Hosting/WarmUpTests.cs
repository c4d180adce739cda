using System.Collections.Concurrent;
using System.Net;
using IranPakistan.Web.Hosting;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>
/// A fresh instance renders every kind of page once before /healthz says ready, so a proxy routing by
/// it never sends readers to a cold instance; a warm-up that fails or hangs still ends ready (issue 15).
/// </summary>
[Collection(HostLogCollection.Name)]
public sealed class WarmUpTests
{
    private static readonly TimeSpan _bound = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task HealthSaysWarmingUpWith503UntilTheWarmUpIsDoneThenHealthy()
    {
        using var app = new WarmUpExplorer(WarmUpExplorer.Hold.UntilReleased);
        using var client = app.StartKestrel();
        await app.FirstWarmUpRequest.Task.WaitAsync(_bound);

        using (var cold = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, cold.StatusCode);
            Assert.StartsWith("Degraded: warming up", await cold.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Meanwhile the instance serves whoever reaches it anyway.
        using (var page = await client.GetAsync("/timeline"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        app.Release.SetResult();
        var (status, text) = await WaitUntilHealthyAsync(client);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (status, text));
        Assert.Equal(app.Services.GetRequiredService<WarmUpState>().Paths.Count, app.WarmedPaths.Count);
        // A readiness probe's 503 is no error, and the health check service's warning per probe is left out.
        Assert.DoesNotContain(app.Logged, e => e.Level >= LogEventLevel.Error);
        Assert.DoesNotContain(app.Logged, e => e.MessageTemplate.Text.StartsWith("Health check", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(WarmUpExplorer.Hold.Fail)]
    [InlineData(WarmUpExplorer.Hold.Forever)]
    public async Task AWarmUpThatFailsOrTimesOutStillEndsHealthy(WarmUpExplorer.Hold hold)
    {
        using var app = new WarmUpExplorer(hold) { Timeout = "00:00:02" };
        using var client = app.StartKestrel();

        var (status, text) = await WaitUntilHealthyAsync(client);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (status, text));
        Assert.NotEmpty(app.WarmedPaths);
        Assert.True(app.Services.GetRequiredService<WarmUpState>().IsFinished);
        var expected = hold == WarmUpExplorer.Hold.Fail ? "answered 500" : "Warm-up stopped at its timeout";
        bool Warned() => app.Logged.Any(e => e.Level == LogEventLevel.Warning && e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(expected, StringComparison.Ordinal));
        // The warning is logged before the state changes, on the warm-up's thread; the bounded wait only keeps a
        // slow sink from failing the test (lines that went missing in CI were the static logger's doing: HostLogCollection).
        for (var waited = 0; !Warned() && waited < 100; waited++)
        {
            await Task.Delay(100);
        }

        Assert.True(Warned(), $"no warning containing '{expected}' among: {string.Join(" | ", app.Logged.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    /// <summary>Each route a reader can land on, by its template; the warm-up must have rendered one page of each.</summary>
    [Fact]
    public async Task TheWarmUpRendersOnePageOfEachKindIntoTheCache()
    {
        using var app = new WarmUpExplorer(WarmUpExplorer.Hold.None);
        using var client = app.StartKestrel();
        await WaitUntilHealthyAsync(client);

        var paths = app.Services.GetRequiredService<WarmUpState>().Paths;
        string[] kinds =
        [
            "/", "/timeline", "/timeline?episode=", "/events/", "/episodes/", "/topics/", "/actors", "/actors/", "/actors/graph",
            "/places", "/places/", "/map", "/agreements", "/agreements/", "/sources", "/sources/", "/figures", "/changes",
            "/search?q=", "/api/events",
        ];
        foreach (var kind in kinds)
        {
            var path = kind.EndsWith('/') || kind.EndsWith('=')
                ? paths.FirstOrDefault(p => p.StartsWith(kind, StringComparison.Ordinal) && p.Length > kind.Length && !p[kind.Length..].Contains('/') && !kinds.Contains(p))
                : paths.FirstOrDefault(p => p == kind);
            Assert.True(path is not null, $"no page of the kind {kind} was warmed: {string.Join(", ", paths)}");
            Assert.Contains(path, app.WarmedPaths);

            // Served from memory (the output cache adds Age only then): the warm-up rendered it, as a browser asks.
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Accept-Encoding", "br, gzip");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.Age is not null, $"{path} was not in the cache after the warm-up");
        }
    }

    [Fact]
    public async Task WarmUpRequestsDoNotCountAgainstTheClientsLimit()
    {
        // Two searches or API requests per client per hour: the warm-up's search and API list, also from
        // loopback, would use them up if they counted.
        using var app = new WarmUpExplorer(WarmUpExplorer.Hold.None,
            ("Explorer:Limits:RequestsPerWindow", "2"), ("Explorer:Limits:RequestWindow", "01:00:00"));
        using var client = app.StartKestrel();
        await WaitUntilHealthyAsync(client);
        Assert.Contains(app.WarmedPaths, p => p.StartsWith("/search?q=", StringComparison.Ordinal));

        using var first = await client.GetAsync("/api/events?page=2");
        using var second = await client.GetAsync("/search?q=gas");
        using var third = await client.GetAsync("/api/events?page=3");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], [first.StatusCode, second.StatusCode, third.StatusCode]);
    }

    [Fact]
    public async Task TheWarmUpHeaderWithoutTheProcesssTokenIsAnOrdinaryRequest()
    {
        using var app = new WarmUpExplorer(WarmUpExplorer.Hold.None, ("Explorer:Limits:RequestsPerWindow", "1"), ("Explorer:Limits:RequestWindow", "01:00:00"));
        using var client = app.StartKestrel();
        await WaitUntilHealthyAsync(client);

        var statuses = new List<HttpStatusCode>();
        foreach (var token in new[] { "guess", new string('0', 64) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events?page=" + (statuses.Count + 2));
            request.Headers.Add(WarmUp.Header, token);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://[::]:8080", "http://[::1]:8080/")]
    [InlineData("http://localhost:5000", "http://localhost:5000/")]
    [InlineData("https://127.0.0.1:5001;http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [InlineData("https://[::]:5001", "https://[::1]:5001/")]
    [InlineData("http://unix:/run/explorer.sock", null)]
    [InlineData("", null)]
    public void TheWarmUpUsesTheServersOwnAddressPreferringPlainHttpOnLoopback(string addresses, string? origin) =>
        Assert.Equal(origin, WarmUpOrigin.Pick(addresses.Split(';', StringSplitOptions.RemoveEmptyEntries))?.ToString());

    private static async Task<(HttpStatusCode Status, string Text)> WaitUntilHealthyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + _bound;
        while (true)
        {
            using var response = await client.GetAsync("/healthz");
            var text = await response.Content.ReadAsStringAsync();
            if (text == "Healthy" || DateTime.UtcNow > deadline)
            {
                return (response.StatusCode, text);
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The app on a loopback port with the warm-up on; its warm-up requests can be held, failed or let through.</summary>
    public sealed class WarmUpExplorer(WarmUpExplorer.Hold hold, params (string Key, string Value)[] settings) : ExplorerFactory
    {
        public enum Hold
        {
            None,
            UntilReleased,
            Forever,
            Fail,
        }

        /// <summary>Explorer:WarmUp:Timeout.</summary>
        public string Timeout { get; init; } = "00:02:00";

        public TaskCompletionSource FirstWarmUpRequest { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>What the app logged (at Warning and above, as every test host).</summary>
        public ConcurrentQueue<LogEvent> Logged { get; } = [];

        /// <summary>Every address a warm-up request (one carrying the header) asked for.</summary>
        public ConcurrentBag<string> WarmedPaths { get; } = [];

        private Hold HoldMode => hold;

        public HttpClient StartKestrel()
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            StartServer();
            var origin = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return new HttpClient { BaseAddress = new Uri(origin) };
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Explorer:WarmUp:Enabled", "true");
            builder.UseSetting("Explorer:WarmUp:Timeout", Timeout);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services =>
            {
                services.AddSingleton<IStartupFilter>(new Gate(this));
                // Program's Serilog configuration reads sinks from the services.
                services.AddSingleton<ILogEventSink>(new LogCollector(Logged));
            });
        }

        /// <summary>In front of the whole pipeline: sees (and holds or fails) each warm-up request before the app does.</summary>
        private sealed class Gate(WarmUpExplorer owner) : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use(async (context, nextMiddleware) =>
                {
                    if (context.Request.Headers.ContainsKey(WarmUp.Header))
                    {
                        owner.WarmedPaths.Add(context.Request.Path + context.Request.QueryString);
                        owner.FirstWarmUpRequest.TrySetResult();
                        switch (owner.HoldMode)
                        {
                            case Hold.UntilReleased:
                                await owner.Release.Task.WaitAsync(context.RequestAborted);
                                break;
                            case Hold.Forever:
                                await Task.Delay(System.Threading.Timeout.Infinite, context.RequestAborted);
                                break;
                            case Hold.Fail:
                                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                                return;
                        }
                    }

                    await nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}
