using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// Says at start when a deployed site does not know its public address (<c>Explorer:PublicBaseUrl</c>): it is
/// never guessed from a request's Host, so without it the addresses meant to be absolute — in citations,
/// feeds, the API's links, the sitemap and printed pages — stay relative to the site.
/// </summary>
public static class PublicAddress
{
    public const string UnsetWarning =
        "citations, feeds, the API's links, the sitemap and printed pages carry " +
        "site-relative addresses. Set it to the site's public address, such as https://explorer.example.org (README, Configuration).";

    public static void WarnIfUnset(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && string.IsNullOrEmpty(app.Services.GetRequiredService<IOptions<ExplorerOptions>>().Value.PublicBaseUrl))
        {
            app.Logger.LogWarning("Explorer:PublicBaseUrl is not set: {What}", UnsetWarning);
        }
    }
}
