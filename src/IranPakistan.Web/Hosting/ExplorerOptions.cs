using System.ComponentModel.DataAnnotations;

namespace IranPakistan.Web.Hosting;

/// <summary>Where the database and the seeds live, and how answers are cached (section "Explorer" in appsettings.json).</summary>
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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var cache = new List<ValidationResult>();
        Validator.TryValidateObject(Cache, new ValidationContext(Cache), cache, validateAllProperties: true);
        foreach (var problem in cache)
        {
            yield return new ValidationResult($"Explorer:Cache: {problem.ErrorMessage}", problem.MemberNames);
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
    }
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
