using System.IO.Compression;
using IranPakistan.Web.Data;
using IranPakistan.Web.Import;
using IranPakistan.Web.Shared.Text;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Hosting;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddExplorerServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExplorerOptions>().Bind(configuration.GetSection(ExplorerOptions.Section));
        services.AddSingleton<ExplorerPaths>();

        // Options are read when first used, so test hosts can override the paths.
        services.AddSingleton(sp => new ContentDatabase(sp.GetRequiredService<ExplorerPaths>().DatabasePath));
        services.AddHostedService<ContentDatabaseWatcher>();
        services.AddDbContextFactory<AppDbContext>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<ContentDatabase>().ReadConnectionString));

        // SecurityHeaders sends X-Frame-Options: DENY; antiforgery would add a second, weaker one.
        services.AddAntiforgery(options => options.SuppressXFrameOptionsHeader = true);
        services.AddExplorerResponseCompression();
        services.AddSingleton<SeedImporter>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddExplorerFeatures();
        return services;
    }

    /// <summary>
    /// Brotli/gzip for the server-rendered pages and API answers (a 110 KB timeline page is ~15 KB in
    /// Brotli). Static files are not touched here: MapStaticAssets serves them precompressed.
    /// </summary>
    /// <remarks>
    /// Also over HTTPS. BREACH needs a secret and attacker-chosen text in the same compressed response;
    /// the explorer has no sign-in and no POST form, and no page carries a secret in readable form
    /// (the antiforgery cookie is a header, which is not compressed; Blazor's component descriptors and
    /// persisted component state are Data Protection ciphertext, freshly randomised per response).
    /// Whoever adds a plain-text secret to a page must exclude that response from compression.
    /// </remarks>
    private static IServiceCollection AddExplorerResponseCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}

/// <summary>The configured paths made absolute against the content root.</summary>
public sealed class ExplorerPaths(IOptions<ExplorerOptions> options, IHostEnvironment environment)
{
    public string DatabasePath { get; } = Path.GetFullPath(options.Value.DatabasePath, environment.ContentRootPath);
    public string SeedsPath { get; } = Path.GetFullPath(options.Value.SeedsPath, environment.ContentRootPath);
}
