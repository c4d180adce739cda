using IranPakistan.Web.Shared.Links;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// Validators and freshness for static-first answers. A page's bytes depend only on its URL, the
/// content version and the encoding, so its strong ETag is known before anything is rendered: a
/// matching <c>If-None-Match</c> gets a 304 at once, without touching the cache or the database.
/// A 200 gets the ETag and a <c>Cache-Control</c> that lets browsers and shared proxies reuse it for a
/// short time and then revalidate cheaply.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next, ContentVersion version, IResponseCompressionProvider compression, IOptions<ExplorerOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || QueryKeys.Of(context.GetEndpoint()) is null || version.Current is not { } current)
        {
            return next(context);
        }

        var etag = new EntityTagHeaderValue($"\"{current}-{StaticFirstCachePolicy.Encoding(context, compression)}\"");
        var cacheControl = $"public, max-age={(int)options.Value.Cache.BrowserLifetime.TotalSeconds}";
        if (Matches(context.Request, etag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            SetValidators(context.Response, etag, cacheControl);
            return Task.CompletedTask;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                SetValidators(context.Response, etag, cacheControl);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var candidates)
        && candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));

    private static void SetValidators(HttpResponse response, EntityTagHeaderValue etag, string cacheControl)
    {
        var headers = response.Headers;
        headers.ETag = etag.ToString();
        // Replaces the no-store that Razor components put on every page they render.
        headers.CacheControl = cacheControl;
        headers.Remove(HeaderNames.Pragma);
        headers.Vary = HeaderNames.AcceptEncoding;
    }
}
