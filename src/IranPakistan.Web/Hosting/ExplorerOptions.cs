using System.ComponentModel.DataAnnotations;
using System.Net;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// Where the database and the seeds live, how answers are cached, and what an instance behind a
/// reverse proxy needs (section "Explorer" in appsettings.json; see docs/deploy.md).
/// </summary>
public sealed class ExplorerOptions : IValidatableObject
{
    public const string Section = "Explorer";

    /// <summary>SQLite file; relative paths are resolved against the content root.</summary>
    [Required]
    public string DatabasePath { get; set; } = "../../data/explorer.db";

    /// <summary>The seeds folder; relative paths are resolved against the content root.</summary>
    [Required]
    public string SeedsPath { get; set; } = "../../seeds";

    /// <summary>Import seeds at start-up when they changed (the command <c>import</c> always can).</summary>
    public bool ImportOnStart { get; set; } = true;

    /// <summary>
    /// The site's public address (<c>https://explorer.example.org</c>), for the absolute addresses a
    /// printed page and a permalink show. Never taken from the request's Host header, so every visitor
    /// gets the same bytes. Empty: those addresses are shown relative to the site.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public CacheOptions Cache { get; set; } = new();

    /// <summary>
    /// A folder for the Data Protection key ring, shared by every instance behind one address, so that
    /// each accepts what another protected (Blazor's circuit ids among them). Relative paths are resolved
    /// against the content root. Empty or unset: ASP.NET Core's default key ring, private to this instance.
    /// </summary>
    public string? DataProtectionKeysPath { get; set; }

    /// <summary>Which proxies may tell the app the client's address and scheme (X-Forwarded-For, X-Forwarded-Proto).</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    /// <summary>
    /// How long a stopping instance (SIGTERM, Ctrl-C) lets requests in flight finish after it stopped
    /// accepting new connections; what is still running then is aborted.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>What one client, and all of them together, may ask of an instance (section "Explorer:Limits").</summary>
    public LimitsOptions Limits { get; set; } = new();

    /// <summary>
    /// Redirect http to https and send HSTS. Null (the default): on when the app listens on an https
    /// address or <c>https_port</c> is set; behind a proxy that terminates TLS, set it true.
    /// </summary>
    public bool? HttpsRedirect { get; set; }

    /// <summary>Render every kind of page once at start before <c>/healthz</c> says ready (section "Explorer:WarmUp").</summary>
    public WarmUpOptions WarmUp { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var cache = new List<ValidationResult>();
        Validator.TryValidateObject(Cache, new ValidationContext(Cache), cache, validateAllProperties: true);
        foreach (var problem in cache)
        {
            yield return new ValidationResult($"Explorer:Cache: {problem.ErrorMessage}", problem.MemberNames);
        }

        var warmUp = new List<ValidationResult>();
        Validator.TryValidateObject(WarmUp, new ValidationContext(WarmUp), warmUp, validateAllProperties: true);
        foreach (var problem in warmUp)
        {
            yield return new ValidationResult($"Explorer:WarmUp: {problem.ErrorMessage}", problem.MemberNames);
        }

        if (WarmUp.Timeout <= TimeSpan.Zero || WarmUp.Timeout > TimeSpan.FromMinutes(10))
        {
            yield return new ValidationResult($"Explorer:WarmUp:Timeout must be more than zero and at most 00:10:00 (it is {WarmUp.Timeout}).", [nameof(WarmUp)]);
        }

        var limits = new List<ValidationResult>();
        Validator.TryValidateObject(Limits, new ValidationContext(Limits), limits, validateAllProperties: true);
        foreach (var problem in limits)
        {
            yield return new ValidationResult($"Explorer:Limits: {problem.ErrorMessage}", problem.MemberNames);
        }

        if (Limits.RequestWindow <= TimeSpan.Zero || Limits.RequestWindow > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult($"Explorer:Limits:RequestWindow must be more than zero and at most 01:00:00 (it is {Limits.RequestWindow}).");
        }

        if (Cache.EntryLifetime <= TimeSpan.Zero || Cache.BrowserLifetime < TimeSpan.Zero)
        {
            yield return new ValidationResult("Explorer:Cache: EntryLifetime must be positive and BrowserLifetime not negative.");
        }

        if (!string.IsNullOrEmpty(PublicBaseUrl)
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && uri.PathAndQuery == "/" && string.IsNullOrEmpty(uri.Fragment)))
        {
            yield return new ValidationResult(
                $"Explorer:PublicBaseUrl must be an absolute http(s) address without a path, such as https://explorer.example.org (it is '{PublicBaseUrl}').",
                [nameof(PublicBaseUrl)]);
        }

        if (DataProtectionKeysPath is { Length: > 0 } keys && (string.IsNullOrWhiteSpace(keys) || keys.IndexOfAny(Path.GetInvalidPathChars()) >= 0))
        {
            yield return new ValidationResult(
                $"Explorer:DataProtectionKeysPath must be a folder path or unset (it is '{keys}').", [nameof(DataProtectionKeysPath)]);
        }

        foreach (var proxy in ForwardedHeaders.KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult(
                $"Explorer:ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address.", [nameof(ForwardedHeaders)]);
        }

        foreach (var network in ForwardedHeaders.KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult(
                $"Explorer:ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation, such as 10.0.0.0/8.", [nameof(ForwardedHeaders)]);
        }

        if (ShutdownTimeout <= TimeSpan.Zero || ShutdownTimeout > TimeSpan.FromMinutes(5))
        {
            yield return new ValidationResult(
                $"Explorer:ShutdownTimeout must be more than zero and at most 00:05:00 (it is {ShutdownTimeout}).", [nameof(ShutdownTimeout)]);
        }
    }
}

/// <summary>
/// The proxies whose X-Forwarded-For and X-Forwarded-Proto the app believes (section
/// "Explorer:ForwardedHeaders"). Both lists empty: loopback only (127.0.0.0/8 and ::1), which fits a
/// proxy on the same machine. Any entry replaces that default: list every proxy, loopback included
/// if it is one. Headers from any other address are ignored.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Single addresses, such as 10.0.0.5 or ::1.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation, such as 10.0.0.0/24.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}

/// <summary>How static-first answers are kept (section "Explorer:Cache").</summary>
public sealed class CacheOptions
{
    /// <summary>Memory the app's cache of pages and API answers may use; the least used entries go first.</summary>
    [Range(1, 4096)]
    public int SizeLimitMegabytes { get; set; } = 64;

    /// <summary>How long an unused entry stays; a new content version evicts every entry at once anyway.</summary>
    public TimeSpan EntryLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long browsers and shared proxies may reuse an answer before revalidating it (max-age).</summary>
    public TimeSpan BrowserLifetime { get; set; } = TimeSpan.FromSeconds(60);
}

/// <summary>
/// Limits per client (its address as Kestrel or a trusted proxy reports it; IPv6 by /64) and in total
/// (section "Explorer:Limits"). Zero turns a limit off.
/// </summary>
public sealed class LimitsOptions
{
    /// <summary>Requests to /search, /api/… and any address with a <c>q</c> per client per <see cref="RequestWindow"/>.</summary>
    [Range(0, 1_000_000)]
    public int RequestsPerWindow { get; set; } = 60;

    public TimeSpan RequestWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Interactive islands' connections (Blazor circuits) one client may hold open at once.</summary>
    [Range(0, 100_000)]
    public int CircuitsPerClient { get; set; } = 10;

    /// <summary>Circuits the instance holds open at once, from everyone.</summary>
    [Range(0, 1_000_000)]
    public int CircuitsTotal { get; set; } = 500;

    /// <summary>Kestrel's cap on open connections (WebSockets included).</summary>
    [Range(0, 1_000_000)]
    public int MaxConnections { get; set; } = 2000;
}

/// <summary>
/// The warm-up at start (section "Explorer:WarmUp"; Hosting/WarmUp.cs): until it is over, <c>/healthz</c>
/// answers 503 "Degraded: warming up", so a proxy holds readers back from a cold instance.
/// </summary>
public sealed class WarmUpOptions
{
    /// <summary>Off: <c>/healthz</c> is ready as soon as the database is, and the first readers render the pages.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The whole warm-up's bound; when it passes, the instance reports ready with what is warm.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Pages requested at once (each first render is CPU-bound; more than the cores only queues).</summary>
    [Range(1, 16)]
    public int Concurrency { get; set; } = 2;
}
