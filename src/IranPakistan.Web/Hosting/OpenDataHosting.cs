using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Links;
using Microsoft.AspNetCore.Routing.Patterns;
using Scalar.AspNetCore;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// What makes /api an open, documented API: the OpenAPI document, its reference page at /api, problem
/// details for every /api answer that fails (unknown addresses included) and CORS for GET/HEAD from anywhere.
/// </summary>
public static class OpenDataHosting
{
    public const string CorsPolicy = "open-data";

    /// <summary>The API reference page.</summary>
    public const string ReferencePath = Urls.ApiReference;

    private const string ReferencePage = """
        <!doctype html>
        <html lang="en">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>API reference · Iran–Pakistan Relations Explorer</title>
            <link rel="icon" href="/favicon.svg" type="image/svg+xml">
            <link rel="alternate" type="application/openapi+json" href="/openapi/v1.json">
        </head>
        <body>
            <noscript><p>The reference needs JavaScript. The API's description is <a href="/openapi/v1.json">/openapi/v1.json</a> (OpenAPI 3.1); <a href="/">back to the explorer</a>.</p></noscript>
            <div id="app"></div>
            <script src="/api/scalar.js"></script>
            <script type="module" src="/js/api-reference.js"></script>
        </body>
        </html>
        """;

    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        // No traceId: an error answer is the same bytes for every request, like every other answer.
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context => context.ProblemDetails.Extensions.Remove("traceId"));
        services.AddOpenApi(ApiDocs.DocumentName, options => options.AddExplorerDocument());
        // Read-only, no credentials: any site may fetch the data from a browser.
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader()));
        return services;
    }

    /// <summary>True for /api/… (the data), not for the reference page /api itself.</summary>
    public static bool IsApiData(PathString path) => path.StartsWithSegments("/api", out var rest) && rest.HasValue && rest != "/";

    /// <summary>
    /// Inside the site's HTML error pages: an /api address that fails with no body (unknown address,
    /// wrong method, unbindable parameter) or throws answers an RFC 9457 problem instead.
    /// </summary>
    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) =>
        app.UseWhen(context => IsApiData(context.Request.Path), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });

    /// <summary>/openapi/v1.json and the Scalar reference page at /api (its script is served from the package, not a CDN).</summary>
    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(ApiDocs.DocumentPath.Replace(ApiDocs.DocumentName, "{documentName}", StringComparison.Ordinal))
            .WithMetadata(StaticFirstMetadata.Instance)
            .RequireCors(CorsPolicy)
            .ExcludeFromDescription();
        // Scalar.AspNetCore serves its scripts from the package (/api/scalar.js, /api/scalar.aspnetcore.js). Its
        // page is mapped at /api/{documentName?}, which would swallow every unknown /api/… address, and starts
        // Scalar from an inline script: the page becomes /api alone, written here, started from js/api-reference.js.
        endpoints.MapScalarApiReference("/api")
            .WithMetadata(StaticFirstMetadata.Instance)
            .Add(endpoint =>
            {
                if (endpoint is RouteEndpointBuilder route && route.RoutePattern.Parameters.Any(p => p.Name == "documentName"))
                {
                    route.RoutePattern = RoutePatternFactory.Parse(ReferencePath);
                    route.RequestDelegate = context =>
                    {
                        context.Response.ContentType = "text/html; charset=utf-8";
                        return context.Response.WriteAsync(ReferencePage);
                    };
                }
            });
        return endpoints;
    }
}
