using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using IranPakistan.Web.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Serilog.Events;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// The warm-up at start (docs/security.md, "Warm-up before ready"): once the server listens, every kind
/// of page is requested once over the server's own address, so the first readers a proxy sends do not
/// pay for the JIT, EF Core's query compilation and the first render. <c>/healthz</c> is not ready
/// (Degraded, 503) until it has finished, failed or timed out; it never keeps a working site out of service.
/// </summary>
public static class WarmUp
{
    /// <summary>The header a warm-up request carries, with this process's secret token.</summary>
    public const string Header = "X-Explorer-Warm-Up";

    public static IServiceCollection AddWarmUp(this IServiceCollection services)
    {
        services.AddSingleton<WarmUpState>();
        services.AddHostedService<WarmUpService>();
        return services;
    }

    private static readonly object _warmingUpAnswer = new();

    /// <summary>Marks a /healthz answer as "not ready: warming up" (<see cref="HealthEndpoint"/>).</summary>
    internal static void MarkWarmingUpAnswer(HttpContext context) => context.Items[_warmingUpAnswer] = true;

    /// <summary>
    /// A 503 from /healthz because the warm-up is running: what a readiness answer is for, not a failure,
    /// so not logged as an error (a proxy may ask several times a second).
    /// </summary>
    public static bool IsWarmingUpAnswer(HttpContext context) => context.Items.ContainsKey(_warmingUpAnswer);

    /// <summary>
    /// The health check service's own line about the warm-up check ("Health check warm-up with status
    /// Degraded…", a warning on every probe while it runs): left out of the log, which says once what
    /// the warm-up does (<see cref="WarmUpService"/>).
    /// </summary>
    public static bool IsHealthCheckLineAboutTheWarmUp(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("HealthCheckName", out var name) && name is ScalarValue { Value: WarmUpHealthCheck.Name }
        && logEvent.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: string context }
        && context.StartsWith("Microsoft.Extensions.Diagnostics.HealthChecks", StringComparison.Ordinal);

    /// <summary>
    /// A request this process's warm-up sent: not counted against any client's limits and not logged
    /// as slow. Needs the token, which the process sends only to its own address.
    /// </summary>
    public static bool IsWarmUpRequest(HttpContext context) =>
        context.Request.Headers.TryGetValue(Header, out var value) && value.Count == 1
        && context.RequestServices?.GetService<WarmUpState>() is { } state && state.Accepts(value[0]);
}

/// <summary>Where the warm-up is: not started, running (pages done of all), or finished.</summary>
public sealed class WarmUpState
{
    private readonly byte[] _token = RandomNumberGenerator.GetBytes(32);
    private volatile bool _finished;
    private int _total;
    private int _done;

    public WarmUpState(IOptions<ExplorerOptions> options) => _finished = !options.Value.WarmUp.Enabled;

    /// <summary>True once the warm-up has finished, failed or timed out (or when it is turned off).</summary>
    public bool IsFinished => _finished;

    /// <summary>The addresses being warmed (empty until the warm-up has read them from the store).</summary>
    public IReadOnlyList<string> Paths { get; private set; } = [];

    public int Done => Volatile.Read(ref _done);

    internal string Token => Convert.ToHexString(_token);

    internal bool Accepts(string? token) =>
        token is { Length: 64 } && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token), Encoding.ASCII.GetBytes(Token));

    internal void Begin(IReadOnlyList<string> paths)
    {
        Paths = paths;
        Volatile.Write(ref _total, paths.Count);
    }

    internal void PageDone() => Interlocked.Increment(ref _done);

    internal void Finish() => _finished = true;

    internal string Progress => Volatile.Read(ref _total) is var total and > 0 ? $"warming up ({Done} of {total} pages)" : "warming up";
}

/// <summary>Healthy once the warm-up is over; Degraded "warming up" before (/healthz answers 503 then).</summary>
public sealed class WarmUpHealthCheck(WarmUpState state) : IHealthCheck
{
    public const string Name = "warm-up";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsFinished ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded(state.Progress));
}

/// <summary>
/// Runs the warm-up once, after the server has started: reads one address of each kind from the store
/// (<see cref="WarmUpPaths"/>), requests them <c>Explorer:WarmUp:Concurrency</c> at a time over the
/// server's own address, the whole within <c>Explorer:WarmUp:Timeout</c>. Failures are warnings.
/// </summary>
public sealed class WarmUpService(
    WarmUpState state,
    IServer server,
    IHostApplicationLifetime lifetime,
    IDbContextFactory<AppDbContext> dbFactory,
    IOptions<ExplorerOptions> options,
    IConfiguration configuration,
    ILogger<WarmUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (state.IsFinished)
        {
            return;
        }

        try
        {
            await WhenStartedAsync(stoppingToken);
            await RunAsync(options.Value.WarmUp, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before the warm-up finished: nothing to report.
        }
        finally
        {
            state.Finish();
        }
    }

    /// <summary>ApplicationStarted: the database is ready (Program runs the import before the host starts) and Kestrel listens.</summary>
    private async Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        await started.Task;
    }

    private async Task RunAsync(WarmUpOptions warmUp, CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(warmUp.Timeout);

        var origin = WarmUpOrigin.Pick(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        if (origin is null)
        {
            logger.LogInformation("Warm-up skipped: the server has no TCP address to request its pages from");
            return;
        }

        IReadOnlyList<string> paths;
        try
        {
            paths = await WarmUpPaths.ReadAsync(dbFactory, timeout.Token);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException
            || (ex is OperationCanceledException && !stoppingToken.IsCancellationRequested))
        {
            logger.LogWarning("Warm-up skipped: the content database could not be read ({Message}); reporting ready anyway", ex.Message);
            return;
        }

        state.Begin(paths);
        logger.LogInformation("Warming up {Count} pages at {Origin}, {Concurrency} at a time…", paths.Count, origin, warmUp.Concurrency);
        using var client = CreateClient(origin);
        var failed = 0;
        try
        {
            await Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = warmUp.Concurrency, CancellationToken = timeout.Token },
                async (path, ct) =>
                {
                    try
                    {
                        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, ct);
                        if (response.StatusCode != HttpStatusCode.OK)
                        {
                            Interlocked.Increment(ref failed);
                            logger.LogWarning("Warm-up: {Path} answered {Status}", path, (int)response.StatusCode);
                        }
                    }
                    catch (HttpRequestException ex)
                    {
                        Interlocked.Increment(ref failed);
                        logger.LogWarning("Warm-up: {Path} failed: {Message}", path, ex.Message);
                    }

                    state.PageDone();
                });
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Warm-up stopped at its timeout ({Timeout}) with {Done} of {Count} pages done; reporting ready anyway",
                warmUp.Timeout, state.Done, paths.Count);
            return;
        }

        if (failed == 0)
        {
            logger.LogInformation("Warm-up done in {Seconds:0.0} s ({Count} pages)", clock.Elapsed.TotalSeconds, paths.Count);
        }
        else
        {
            logger.LogWarning("Warm-up done in {Seconds:0.0} s: {Failed} of {Count} pages failed; reporting ready anyway",
                clock.Elapsed.TotalSeconds, failed, paths.Count);
        }
    }

    private HttpClient CreateClient(Uri origin)
    {
        // Certificates are checked as for any client: an https-only server whose certificate this machine
        // does not trust for its own address gets warnings instead of a warm-up (and reports ready).
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false };
        var client = new HttpClient(handler) { BaseAddress = origin, Timeout = Timeout.InfiniteTimeSpan };
        var headers = client.DefaultRequestHeaders;
        headers.Add(WarmUp.Header, state.Token);
        // As a browser asks: the cache keeps one entry per encoding, and readers' browsers take br.
        headers.Add("Accept-Encoding", "br, gzip");
        headers.Add("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
        // AllowedHosts may be limited to the public name.
        if (!string.IsNullOrEmpty(options.Value.PublicBaseUrl))
        {
            headers.Host = new Uri(options.Value.PublicBaseUrl).Authority;
        }

        // Behind a proxy that terminates TLS (Explorer:HttpsRedirect), plain http is redirected; say the
        // request came over https, as that proxy would (believed from loopback, the default proxy).
        if (origin.Scheme == Uri.UriSchemeHttp && TransportSecurity.HttpsConfigured(configuration, options.Value))
        {
            headers.Add("X-Forwarded-Proto", "https");
        }

        return client;
    }
}

/// <summary>Which of the server's addresses the warm-up requests its pages from.</summary>
public static class WarmUpOrigin
{
    /// <summary>
    /// An http address if there is one, else https; a wildcard host (<c>0.0.0.0</c>, <c>[::]</c>, <c>*</c>,
    /// <c>+</c>) as loopback. Null when the server has only Unix sockets or no address at all.
    /// </summary>
    public static Uri? Pick(IEnumerable<string> addresses)
    {
        var tcp = addresses.Select(BindingAddress.Parse).Where(a => !a.IsUnixPipe && a.Port > 0).ToList();
        var chosen = tcp.FirstOrDefault(a => a.Scheme == Uri.UriSchemeHttp) ?? tcp.FirstOrDefault(a => a.Scheme == Uri.UriSchemeHttps);
        if (chosen is null)
        {
            return null;
        }

        var host = chosen.Host switch
        {
            "0.0.0.0" or "*" or "+" => "127.0.0.1",
            "[::]" or "::" => "[::1]",
            var named => named,
        };
        return new Uri($"{chosen.Scheme}://{host}:{chosen.Port}/");
    }
}

/// <summary>
/// One address of each kind of page, read from the content being served, so no slug is hard-coded
/// that a seed change could remove: the lists, the first (by slug) event, episode, topic, actor, place,
/// agreement and source, a search with a word of the content, a filtered timeline and the API's list.
/// The most visited first, so a warm-up cut short by its timeout has done those.
/// </summary>
public static class WarmUpPaths
{
    public static async Task<IReadOnlyList<string>> ReadAsync(IDbContextFactory<AppDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var paths = new List<string> { "/", "/timeline", "/agreements", "/actors", "/places", "/map", "/figures", "/sources" };
        async Task Add(string prefix, IQueryable<string> slugs, string? query = null)
        {
            if (await slugs.OrderBy(s => s).FirstOrDefaultAsync(cancellationToken) is { } slug)
            {
                paths.Add(query is null ? prefix + Uri.EscapeDataString(slug) : prefix + "?" + query + "=" + Uri.EscapeDataString(slug));
            }
        }

        await Add("/topics/", db.Topics.Select(t => t.Slug));
        await Add("/events/", db.Events.Select(e => e.Slug));
        await Add("/episodes/", db.Episodes.Select(e => e.Slug));
        await Add("/actors/", db.Actors.Select(a => a.Slug));
        await Add("/places/", db.Places.Select(p => p.Slug));
        await Add("/agreements/", db.Agreements.Select(a => a.Slug));
        await Add("/sources/", db.Sources.Select(s => s.Slug));
        await Add("/timeline", db.Episodes.Select(e => e.Slug), query: "episode");
        // A search for a word readers would type: the first topic's title (the search page and FTS5).
        await Add("/search", db.Topics.Select(t => t.Title), query: "q");
        paths.AddRange(["/actors/graph", "/changes", "/api/events"]);
        return paths;
    }
}
