using IranPakistan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// Healthy when the file at the database path can be opened now, is the content being served and holds
/// content. Pooled connections keep reading a file that was deleted or replaced under them, so a query
/// through the pool alone would say Healthy about a file that is gone; the file itself is checked first,
/// over a new connection.
/// </summary>
public sealed class DatabaseHealthCheck(ContentDatabase database, IDbContextFactory<AppDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(database.Path))
        {
            return HealthCheckResult.Unhealthy($"the database file {database.Path} is missing: serving cached pages only until an import builds it");
        }

        var onDisk = await database.ReadStampAsync(cancellationToken);
        if (onDisk is null)
        {
            return HealthCheckResult.Unhealthy($"the database file {database.Path} cannot be read (locked, damaged or not a content database)");
        }

        if (database.Current?.Hash != onDisk.Hash)
        {
            return HealthCheckResult.Degraded($"a new database file ({onDisk.Hash[..12]}) is about to be served");
        }

        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var paragraphs = await db.Paragraphs.CountAsync(cancellationToken);
            return paragraphs > 0
                ? HealthCheckResult.Healthy($"{paragraphs} source paragraphs, content {onDisk.Hash[..12]}")
                : HealthCheckResult.Unhealthy("the database holds no content");
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("the database cannot be read: " + ex.Message);
        }
    }
}

public static class HealthEndpoint
{
    /// <summary>
    /// <c>/healthz</c>, the readiness answer a proxy or orchestrator routes by: GET or HEAD only (anything
    /// else is 405); "Healthy", or the status and the reasons as text, e.g. "Unhealthy: the database file
    /// … is missing" (503), "Degraded: a new database file … is about to be served" (200: the old one is
    /// still served whole). While the start's warm-up runs it is "Degraded: warming up (n of N pages)"
    /// with <b>503</b>: the instance works, but a proxy should send readers elsewhere until it is warm.
    /// </summary>
    public static IEndpointConventionBuilder MapExplorerHealthChecks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks("/healthz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = (context, report) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                if (report.Status == HealthStatus.Healthy)
                {
                    return context.Response.WriteAsync("Healthy");
                }

                // Not ready yet: every status code but 2xx and 3xx takes an instance out of a proxy's rotation.
                if (report.Entries.TryGetValue(WarmUpHealthCheck.Name, out var warmUp) && warmUp.Status != HealthStatus.Healthy)
                {
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    WarmUp.MarkWarmingUpAnswer(context);
                }

                var reasons = report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy)
                    .Select(e => e.Description).Where(d => !string.IsNullOrEmpty(d));
                return context.Response.WriteAsync($"{report.Status}: {string.Join("; ", reasons)}\n");
            },
        }).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
}
