namespace IranPakistan.Web.Shared.Links;

/// <summary>
/// The site's public address, for the few addresses that must be absolute (a printed page's
/// footnotes, a permalink). Configured (Explorer:PublicBaseUrl), never taken from the request's Host
/// header, so a page is the same bytes for every visitor; without it those addresses stay relative.
/// </summary>
public sealed class SiteAddress(string? publicBaseUrl)
{
    private readonly string _base = (publicBaseUrl ?? "").TrimEnd('/');

    /// <summary><paramref name="path"/> (site-relative, starting with '/') as the public address.</summary>
    public string Absolute(string path) => _base + path;
}
