using IranPakistan.Web.Data;
using IranPakistan.Web.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Infrastructure;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddExplorerServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExplorerOptions>().Bind(configuration.GetSection(ExplorerOptions.Section));
        services.AddSingleton<ExplorerPaths>();

        // Options are read when the factory is first used, so test hosts can override the paths.
        services.AddDbContextFactory<AppDbContext>((sp, options) =>
            options.UseSqlite($"Data Source={sp.GetRequiredService<ExplorerPaths>().DatabasePath}"));

        // SecurityHeaders sends X-Frame-Options: DENY; antiforgery would add a second, weaker one.
        services.AddAntiforgery(options => options.SuppressXFrameOptionsHeader = true);
        services.AddSingleton<SeedImporter>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddExplorerFeatures();
        return services;
    }
}

/// <summary>The configured paths made absolute against the content root.</summary>
public sealed class ExplorerPaths(IOptions<ExplorerOptions> options, IHostEnvironment environment)
{
    public string DatabasePath { get; } = Path.GetFullPath(options.Value.DatabasePath, environment.ContentRootPath);
    public string SeedsPath { get; } = Path.GetFullPath(options.Value.SeedsPath, environment.ContentRootPath);
}
