using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// What one client may ask of an instance (docs/security.md, "Limits"). Cached pages cost next to
/// nothing, so only what can make the server work is limited: full-text search (/search, any
/// <c>?q=</c>) and the API, by a fixed window per client; interactive islands (each a Blazor circuit
/// over one WebSocket held open), by a cap per client and in total; and connections, by Kestrel.
/// A client is its address after the forwarded-headers middleware, so behind a configured proxy it is
/// the reader, not the proxy. Refusals are 429 with Retry-After and problem details, never cached.
/// </summary>
public static class ClientLimits
{
    public static IServiceCollection AddClientLimits(this IServiceCollection services)
    {
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ExplorerOptions>>((kestrel, explorer) =>
        {
            var limits = explorer.Value.Limits;
            // The server's name and version help nobody but someone looking for a known hole.
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxConcurrentConnections = limits.MaxConnections > 0 ? limits.MaxConnections : null;
            kestrel.Limits.MaxConcurrentUpgradedConnections = limits.CircuitsTotal > 0 ? limits.CircuitsTotal : null;
            // Nothing here takes uploads: the largest body is Blazor's disconnect beacon.
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ExplorerOptions>>((options, explorer) =>
            options.GlobalLimiter = CreateLimiter(explorer.Value.Limits));
        return services;
    }

    /// <summary>Which limit a request falls under, and the client it counts against.</summary>
    public static PartitionedRateLimiter<HttpContext> CreateLimiter(LimitsOptions limits)
    {
        var requests = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            limits.RequestsPerWindow > 0 && IsSearchOrApi(context.Request) && !WarmUp.IsWarmUpRequest(context)
                ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.RequestsPerWindow,
                    Window = limits.RequestWindow,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));

        // A lease is held as long as the request lasts, and a circuit's WebSocket request lasts as long
        // as the circuit is connected: a concurrency limit on it is a limit on live circuits.
        var circuitsPerClient = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            limits.CircuitsPerClient > 0 && IsCircuit(context)
                ? RateLimitPartition.GetConcurrencyLimiter(ClientKey(context), _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.CircuitsPerClient,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));

        var circuitsTotal = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            limits.CircuitsTotal > 0 && IsCircuit(context)
                ? RateLimitPartition.GetConcurrencyLimiter("all", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.CircuitsTotal,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));

        return PartitionedRateLimiter.CreateChained(requests, circuitsPerClient, circuitsTotal);
    }

    /// <summary>Full-text search and the JSON API: what a client can make the server compute.</summary>
    public static bool IsSearchOrApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/search") || request.Path.StartsWithSegments("/api") || request.Query.ContainsKey("q");

    /// <summary>An island's circuit: the WebSocket to Blazor's hub.</summary>
    public static bool IsCircuit(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/_blazor") && context.WebSockets.IsWebSocketRequest;

    /// <summary>
    /// The client's address; IPv6 by its /64, since one host usually holds a whole /64 and could
    /// otherwise take a new address for every request.
    /// </summary>
    public static string ClientKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : 10;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        // Not for any cache: the next request from the same client, or any from another, may succeed.
        response.Headers.CacheControl = "no-store";
        var detail = IsCircuit(context)
            ? "This client has too many interactive connections open. Close a tab, or use the page without them: every search box and filter also works as a plain form."
            : $"Too many searches or API requests from this client. Try again in {retryAfter} seconds.";
        await response.WriteAsJsonAsync(
            new
            {
                type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                title = "Too many requests",
                status = StatusCodes.Status429TooManyRequests,
                detail,
            },
            options: (System.Text.Json.JsonSerializerOptions?)null,
            contentType: "application/problem+json",
            cancellationToken: cancellationToken);
    }
}
