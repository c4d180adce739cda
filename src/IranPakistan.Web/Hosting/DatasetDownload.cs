using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Links;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Hosting;

/// <summary>
/// The whole dataset as one download, <c>/downloads/dataset.zip</c>: every table the features register
/// (<see cref="DatasetTable"/>) as CSV, a Frictionless Data <c>datapackage.json</c> describing each file and
/// column, the SQLite file itself and a notice with the content version and the terms. Built from the
/// served database once per content version and kept in memory until the content changes.
/// </summary>
public sealed class DatasetDownload(IEnumerable<DatasetTable> tables, ContentDatabase database, IServiceScopeFactory scopes, SiteAddress site) : IDisposable
{
    public const string DatabaseFile = "iran-pakistan-explorer.sqlite";
    public const string NoticeFile = "NOTICE.txt";
    public const string PackageFile = "datapackage.json";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Hash, byte[] Zip)? _cached;

    public void Dispose() => _gate.Dispose();

    /// <summary>How many times the zip was built (a new content version builds it again).</summary>
    public int Builds { get; private set; }

    public static IEndpointRouteBuilder MapDatasetDownload(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Urls.Dataset, async (DatasetDownload download, HttpContext context, CancellationToken ct) =>
        {
            if (await download.GetAsync(ct) is not { } zip)
            {
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "No content", detail: "The content database is not ready yet.");
            }

            var etag = $"\"{zip.Hash[..16]}\"";
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            context.Response.Headers.ETag = etag;
            return Results.File(zip.Zip, "application/zip", $"iran-pakistan-explorer-{zip.Hash[..8]}.zip");
        })
            .WithName("downloadDataset")
            .WithSummary("The whole dataset: a zip of CSV files, datapackage.json (Frictionless Data) and the SQLite file, with the content version and terms")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/zip")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireCors(OpenDataHosting.CorsPolicy);
        return endpoints;
    }

    /// <summary>The zip for the served content, built on first use per content version; null while nothing is served.</summary>
    public async Task<(string Hash, byte[] Zip)?> GetAsync(CancellationToken ct)
    {
        if (database.Current is not { } stamp)
        {
            return null;
        }

        if (_cached is { } hit && hit.Hash == stamp.Hash)
        {
            return hit;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_cached is { } again && again.Hash == stamp.Hash)
            {
                return again;
            }

            var zip = await BuildAsync(stamp, ct);
            Builds++;
            _cached = (stamp.Hash, zip);
            return _cached;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> BuildAsync(ContentStamp stamp, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var sources = await ReadSourcesAsync(services, ct);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var resources = new JsonArray();
            foreach (var table in tables.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                var csv = Csv.Write(table.RowType, await table.Rows(services, site, ct));
                await WriteAsync(zip, table.Name + ".csv", Encoding.UTF8.GetBytes(csv), ct);
                resources.Add(Describe(table));
            }

            await WriteAsync(zip, DatabaseFile, await SnapshotAsync(ct), ct);
            resources.Add(new JsonObject
            {
                ["name"] = "database",
                ["path"] = DatabaseFile,
                ["title"] = "The SQLite database the explorer serves",
                ["description"] = "Every table the CSV files come from, plus the full-text search index. Schema: docs/data-model.md in the explorer's repository.",
                ["format"] = "sqlite",
                ["mediatype"] = "application/vnd.sqlite3",
            });

            var package = new JsonObject
            {
                ["profile"] = "tabular-data-package",
                ["name"] = "iran-pakistan-relations-explorer",
                ["title"] = "Iran–Pakistan Relations Explorer: the dataset",
                ["description"] = "Events, agreements, actors, places, topics, figures and the source text of the Iran–Pakistan Relations Explorer. Every fact cites the source paragraph that states it (paragraphs.csv). " + Terms,
                ["version"] = stamp.Hash[..8],
                ["created"] = Utc(stamp.BuiltAtUtc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["homepage"] = site.Absolute(Urls.Home),
                ["contentHash"] = stamp.Hash,
                ["sources"] = new JsonArray([.. sources.Select(s => (JsonNode)new JsonObject { ["title"] = s.Title, ["path"] = site.Absolute(Urls.Source(s.Slug)) })]),
                ["resources"] = resources,
            };
            await WriteAsync(zip, PackageFile, Encoding.UTF8.GetBytes(package.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })), ct);
            await WriteAsync(zip, NoticeFile, Encoding.UTF8.GetBytes(Notice(stamp, sources)), ct);
        }

        return buffer.ToArray();
    }

    /// <summary>What a reuser may rely on: no licence is declared, so the notice says exactly that.</summary>
    public const string Terms =
        "Terms: quotes are the source's words, reproduced to cite it; the source's own terms are not stated in its text. " +
        "Summaries, descriptions and editor's notes are the explorer's words. No open licence has been declared for this dataset yet: ask the maintainers before republishing it.";

    private string Notice(ContentStamp stamp, List<Source> sources) =>
        $"""
        Iran–Pakistan Relations Explorer: the dataset
        {site.Absolute(Urls.Home)}

        Content version {stamp.Hash[..8]} (built from the seeds on {Utc(stamp.BuiltAtUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; content hash {stamp.Hash}).

        Source{(sources.Count == 1 ? "" : "s")}: {string.Join("; ", sources.Select(s => $"“{s.Title}”"))}.
        Every fact cites the paragraph of its source that states it: the citations columns hold paragraph
        addresses, and paragraphs.csv holds each paragraph's text.

        {Terms}

        Files: datapackage.json describes every CSV file and column (Frictionless Data); {DatabaseFile} is the
        SQLite database the explorer serves. CSV files are RFC 4180, UTF-8, with a header row.

        """.ReplaceLineEndings("\r\n");

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static JsonObject Describe(DatasetTable table)
    {
        var fields = new JsonArray();
        foreach (var (name, type) in Csv.Columns(table.RowType))
        {
            fields.Add(new JsonObject { ["name"] = name, ["type"] = FieldType(type), ["description"] = table.DescribeField(name) });
        }

        var schema = new JsonObject { ["fields"] = fields };
        if (table.PrimaryKey is { } key)
        {
            schema["primaryKey"] = key;
        }

        return new JsonObject
        {
            ["name"] = table.Name,
            ["path"] = table.Name + ".csv",
            ["profile"] = "tabular-data-resource",
            ["title"] = table.Title,
            ["description"] = table.Description,
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["dialect"] = new JsonObject { ["delimiter"] = ",", ["lineTerminator"] = "\r\n", ["quoteChar"] = "\"", ["doubleQuote"] = true, ["header"] = true },
            ["schema"] = schema,
        };
    }

    /// <summary>The Table Schema type of a column.</summary>
    public static string FieldType(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) => "integer",
        _ when type == typeof(double) || type == typeof(decimal) || type == typeof(float) => "number",
        _ when type == typeof(bool) => "boolean",
        _ when type == typeof(DateOnly) => "date",
        _ => "string",
    };

    private static async Task<List<Source>> ReadSourcesAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        return await db.Sources.AsNoTracking().OrderBy(s => s.Title).ToListAsync(ct);
    }

    /// <summary>A consistent copy of the served file (SQLite's online backup), whatever else reads it.</summary>
    private async Task<byte[]> SnapshotAsync(CancellationToken ct)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"dataset-{Guid.NewGuid():N}.sqlite");
        try
        {
            await using (var source = new SqliteConnection(new SqliteConnectionStringBuilder(database.ReadConnectionString) { Pooling = false }.ToString()))
            await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString()))
            {
                await source.OpenAsync(ct);
                await target.OpenAsync(ct);
                source.BackupDatabase(target);
            }

            return await File.ReadAllBytesAsync(copy, ct);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static async Task WriteAsync(ZipArchive zip, string name, byte[] bytes, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = entry.Open();
        await stream.WriteAsync(bytes, ct);
    }
}
