using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// Stable addresses: a slug listed in seeds/redirects.yaml answers with a 301 to its new slug, on the
/// page (<c>/events/old</c>), the API (<c>/api/events/old</c>) and the embed (<c>/embed/events/old</c>),
/// keeping the rest of the path and the query. The table is read once per content version.
/// </summary>
public static class SlugRedirects
{
    private static readonly string[] _prefixes = ["/api/", "/embed/", "/"];

    public static IApplicationBuilder UseSlugRedirects(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (Match(context.Request.Path.Value) is { } match
                && await TableAsync(context) is { } table
                && table.TryGetValue((match.Segment, match.Slug), out var to))
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = match.Prefix + match.Segment + "/" + Uri.EscapeDataString(to) + match.Tail + context.Request.QueryString;
                return;
            }

            await next(context);
        });

    /// <summary>The parts of a path an old slug can sit in: prefix, kind's segment, slug, and the rest.</summary>
    public static (string Prefix, string Segment, string Slug, string Tail)? Match(string? path)
    {
        if (path is null)
        {
            return null;
        }

        foreach (var prefix in _prefixes)
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var tail = path[prefix.Length..];
            var slash = tail.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0)
            {
                continue;
            }

            var segment = tail[..slash];
            if (!Redirect.Segments.Values.Contains(segment))
            {
                continue;
            }

            var afterSlug = tail.IndexOf('/', slash + 1);
            var slug = afterSlug < 0 ? tail[(slash + 1)..] : tail[(slash + 1)..afterSlug];
            if (slug.Length == 0)
            {
                continue;
            }

            return (prefix, segment, Uri.UnescapeDataString(slug), afterSlug < 0 ? "" : tail[afterSlug..]);
        }

        return null;
    }

    private static async Task<IReadOnlyDictionary<(string, string), string>?> TableAsync(HttpContext context)
    {
        var services = context.RequestServices;
        try
        {
            return await services.GetRequiredService<ContentMemo>().GetAsync("redirects", async () =>
            {
                await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
                var rows = await db.Redirects.AsNoTracking().ToListAsync();
                return (IReadOnlyDictionary<(string, string), string>)rows.ToDictionary(r => (Redirect.Segments[r.Kind], r.FromSlug), r => r.ToSlug);
            });
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // No readable database: the request goes on and meets the storage error where pages do.
            return null;
        }
    }
}
