using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Ui;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// Caches every static-first answer (pages, and API endpoints that declare their query keys) in
/// memory: keyed by path, the declared query keys' values, the content version and the negotiated
/// encoding — never by the Host header or by unknown query keys. Only 200s without cookies are stored.
/// Compression runs inside the cache, so each entry is compressed once, not on every request.
/// </summary>
public sealed class StaticFirstCachePolicy(ContentVersion version, IResponseCompressionProvider compression, IOptions<ExplorerOptions> options)
    : IOutputCachePolicy
{
    /// <summary>Every entry carries it; a new content version evicts them all at once.</summary>
    public const string Tag = "content";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || IsReExecuted(http) || QueryKeys.Of(http.GetEndpoint()) is not { } keys || version.Current is not { } current)
        {
            return ValueTask.CompletedTask;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // Concurrent misses for one key wait for the first to finish instead of all rendering it.
        context.AllowLocking = true;
        var rules = context.CacheVaryByRules;
        rules.VaryByHost = false;
        rules.QueryKeys = keys.Count == 0 ? StringValues.Empty : new StringValues([.. keys]);
        rules.VaryByValues["v"] = current;
        rules.VaryByValues["enc"] = Encoding(http, compression);
        context.Tags.Add(Tag);
        context.ResponseExpirationTimeSpan = options.Value.Cache.EntryLifetime;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        // Errors and "not found" are not kept (any URL can be one); a cookie would go to every visitor;
        // and a page that rendered without part of its content is for this reader only.
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || IncompletePage.IsMarked(context.HttpContext))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The error or not-found page rendered for another request (an exception, a 404): its answer belongs
    /// to that request, never to the cache entry of /error or /not-found.
    /// </summary>
    private static bool IsReExecuted(HttpContext http) =>
        http.Features.Get<IExceptionHandlerPathFeature>() is not null || http.Features.Get<IStatusCodeReExecuteFeature>() is not null;

    /// <summary>
    /// The content coding the response compression middleware will choose for this request (br,
    /// gzip) or "identity": the cache keeps one entry per coding, so each is compressed once.
    /// </summary>
    public static string Encoding(HttpContext context, IResponseCompressionProvider compression) =>
        compression.CheckRequestAcceptsCompression(context) && compression.GetCompressionProvider(context) is { } provider
            ? provider.EncodingName
            : "identity";
}
