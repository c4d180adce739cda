using System.IO.Compression;
using IranPakistan.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// Static-first serving: pages and API answers are computed once per content version and served
/// from memory (see docs/architecture.md, "Static-first").
/// </summary>
public static class StaticFirstServing
{
    public static IServiceCollection AddStaticFirstServing(this IServiceCollection services)
    {
        services.AddSingleton<ContentVersion>();
        services.AddSingleton<StaticFirstCachePolicy>();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<StaticFirstCachePolicy, Microsoft.Extensions.Options.IOptions<ExplorerOptions>>((cache, policy, explorer) =>
        {
            cache.AddBasePolicy(policy);
            cache.SizeLimit = explorer.Value.Cache.SizeLimitMegabytes * 1024L * 1024L;
            cache.MaximumBodySize = 8 * 1024 * 1024;
            // Slugs are case-sensitive: /events/X must not be answered with /events/x's page.
            cache.UseCaseSensitivePaths = true;
        });

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Each answer is compressed once per content version, so spend the time on smaller bytes.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>A HEAD request is answered as its GET would be, without the body.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            var body = context.Response.Body;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });

    /// <summary>ETags, 304s, the output cache and compression inside it; after routing, before the endpoints.</summary>
    public static IApplicationBuilder UseStaticFirstServing(this IApplicationBuilder app)
    {
        var store = app.ApplicationServices.GetRequiredService<IOutputCacheStore>();
        app.ApplicationServices.GetRequiredService<ContentDatabase>().Replaced += _ =>
            store.EvictByTagAsync(StaticFirstCachePolicy.Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();

        app.UseMiddleware<ConditionalGetMiddleware>();
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
    }
}
