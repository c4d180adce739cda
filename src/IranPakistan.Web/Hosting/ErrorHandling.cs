using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Serilog;
using Serilog.Events;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// Errors are pages (docs/security.md, "Errors are pages"): every failure is answered by the error
/// page with its real status and a body; a database that cannot be read is a 503 the reader is told
/// about, not a 500; a client that went away is not an error of ours.
/// </summary>
public static class ErrorHandling
{
    /// <summary>The name a request without a usable Host header is given (HTTP/1.0 allows none).</summary>
    public const string FallbackHost = "localhost";

    /// <summary>
    /// Requests without a Host header (HTTP/1.0) or with one Blazor cannot make an address of get a
    /// fixed one: nothing in a page depends on it (absolute addresses come from Explorer:PublicBaseUrl),
    /// but Blazor's NavigationManager needs a valid base address to render at all.
    /// </summary>
    public static IApplicationBuilder UseFallbackHost(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var host = context.Request.Host;
            if (!host.HasValue || !Uri.TryCreate($"http://{host.Value}/", UriKind.Absolute, out _))
            {
                context.Request.Host = new HostString(FallbackHost);
            }

            return next(context);
        });

    /// <summary>Production error handling: the error page, with 503 when the content cannot be read.</summary>
    public static IApplicationBuilder UseExplorerExceptionHandler(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            CreateScopeForErrors = true,
            StatusCodeSelector = ex => IsContentUnavailable(ex) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            // A reader who closed the tab mid-answer is not a fault to investigate.
            SuppressDiagnosticsCallback = c => IsClientAbort(c.HttpContext, c.Exception),
        });

    /// <summary>The database file is missing, locked or unreadable (rather than a bug in a page).</summary>
    public static bool IsContentUnavailable(Exception? ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is SqliteException)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsClientAbort(HttpContext context, Exception? ex) =>
        context.RequestAborted.IsCancellationRequested && (ex is null or OperationCanceledException or IOException or ConnectionResetException);

    /// <summary>
    /// One event per request, but only failures and slow answers at Information or above: writing every
    /// cached answer to the console would cost more than serving it (Debug shows them all). A client
    /// that disconnected is Information: nothing failed on our side. The start's warm-up requests are
    /// slow on purpose (first renders), so not warnings, and /healthz's 503 while it runs is the answer
    /// a readiness probe is for, not an error; the warm-up logs its own progress.
    /// </summary>
    public static IApplicationBuilder UseExplorerRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options => options.GetLevel = (context, elapsedMs, exception) =>
            IsClientAbort(context, exception) ? LogEventLevel.Information
            : exception is null && WarmUp.IsWarmingUpAnswer(context) ? LogEventLevel.Debug
            : exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
            : elapsedMs > 1000 && !WarmUp.IsWarmUpRequest(context) ? LogEventLevel.Warning
            : LogEventLevel.Debug);

    /// <summary>
    /// The explorer only reads: pages, the API and /healthz answer GET and HEAD, and only Blazor's hub
    /// (/_blazor) takes a POST. Anything else is a 405 with <c>Allow</c> and a body, before it reaches a
    /// page (a POST to a page would otherwise meet antiforgery and end as an empty 400). The error page
    /// is for failures the app meets, not an address: asked for directly it is not found.
    /// </summary>
    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var hub = request.Path.StartsWithSegments("/_blazor");
            // SignalR answers a GET of its negotiate endpoint with an empty 405 it has already started.
            var negotiate = hub && request.Path.Value!.EndsWith("/negotiate", StringComparison.OrdinalIgnoreCase);
            // A CORS preflight of the open API (Hosting/OpenDataHosting.cs) goes on to the CORS middleware.
            var preflight = HttpMethods.IsOptions(request.Method) && OpenDataHosting.IsApiData(request.Path)
                && request.Headers.ContainsKey("Access-Control-Request-Method");
            if (negotiate ? HttpMethods.IsPost(request.Method)
                : HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || (hub && HttpMethods.IsPost(request.Method)) || preflight)
            {
                if (request.Path.Equals("/error", StringComparison.OrdinalIgnoreCase) && context.Features.Get<IExceptionHandlerFeature>() is null)
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = negotiate ? "POST" : hub ? "GET, HEAD, POST" : "GET, HEAD";
            if (OpenDataHosting.IsApiData(request.Path))
            {
                // Left empty: the API answers it as a problem (UseApiProblems).
                return;
            }

            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("405 Method Not Allowed\n");
        });

    /// <summary>
    /// Unknown addresses and other empty error answers to a GET render the Not found page with their
    /// status. Other methods are not re-executed (the page would meet them again: a PUT matches no
    /// page, a POST trips antiforgery) and get their status as a line of text instead: every error
    /// answer has a body.
    /// </summary>
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            await next(context);
            var response = context.Response;
            // Nothing written: no length and no type, or a length of zero (SignalR's own 405 says text/plain, 0).
            if (response.StatusCode >= 400 && !response.HasStarted
                && (response.ContentLength == 0 || (response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))))
            {
                response.ContentLength = null;
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync($"{response.StatusCode} {Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(response.StatusCode)}\n");
            }
        });
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        return app.Use((context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            return next(context);
        });
    }
}
