using IranPakistan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IranPakistan.Web.Hosting;

/// <summary>Healthy when the database answers and holds imported content.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<AppDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var paragraphs = await db.Paragraphs.CountAsync(cancellationToken);
            return paragraphs > 0
                ? HealthCheckResult.Healthy($"{paragraphs} source paragraphs")
                : HealthCheckResult.Unhealthy("the database holds no content");
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("the database cannot be read");
        }
    }
}
