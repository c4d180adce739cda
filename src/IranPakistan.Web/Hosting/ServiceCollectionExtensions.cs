using System.Text.Encodings.Web;
using System.Text.Unicode;
using IranPakistan.Web.Data;
using IranPakistan.Web.Import;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Hosting;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddExplorerServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExplorerOptions>().Bind(configuration.GetSection(ExplorerOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ExplorerPaths>();
        services.AddSharedKeyRing();
        services.AddReverseProxySupport();
        services.AddClientLimits();
        services.AddTransportSecurity();
        // SIGTERM: Kestrel stops accepting at once and lets requests in flight finish for this long.
        services.AddOptions<HostOptions>().Configure<IOptions<ExplorerOptions>>((host, explorer) =>
            host.ShutdownTimeout = explorer.Value.ShutdownTimeout);

        // Options are read when first used, so test hosts can override the paths.
        services.AddSingleton(sp => new ContentDatabase(sp.GetRequiredService<ExplorerPaths>().DatabasePath));
        services.AddHostedService<ContentDatabaseWatcher>();
        services.AddDbContextFactory<AppDbContext>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<ContentDatabase>().ReadConnectionString));

        services.AddStaticFirstServing();
        services.AddSingleton(sp => new SiteAddress(sp.GetRequiredService<IOptions<ExplorerOptions>>().Value.PublicBaseUrl));
        services.AddSingleton<ContentMemo>();
        // JSON answers escape HTML-significant characters (< > & ' " + `), so a reader's input quoted back
        // in a problem answer stays inert even if something renders it as HTML; other text stays readable.
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddSingleton<IranPakistan.Web.Shared.Notes.NoteIndex>();
        services.AddSingleton<SeedImporter>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<CiteQueries>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<WarmUpHealthCheck>(WarmUpHealthCheck.Name);
        services.AddWarmUp();
        services.AddOpenData();
        services.AddExplorerFeatures();
        return services;
    }
}

/// <summary>The configured paths made absolute against the content root.</summary>
public sealed class ExplorerPaths(IOptions<ExplorerOptions> options, IHostEnvironment environment)
{
    public string DatabasePath { get; } = Path.GetFullPath(options.Value.DatabasePath, environment.ContentRootPath);
    public string SeedsPath { get; } = Path.GetFullPath(options.Value.SeedsPath, environment.ContentRootPath);

    /// <summary>The shared Data Protection key folder, or null when the key ring is this instance's own.</summary>
    public string? DataProtectionKeysPath { get; } = string.IsNullOrEmpty(options.Value.DataProtectionKeysPath)
        ? null
        : Path.GetFullPath(options.Value.DataProtectionKeysPath, environment.ContentRootPath);
}
