using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using IranPakistan.Web.Hosting;
using IranPakistan.Web.Tests.Shared.Api;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>
/// /downloads/dataset.zip: every table as CSV, a datapackage.json that describes each file and column,
/// the SQLite file and a notice with the content version and the terms; built once per content version.
/// </summary>
public sealed class DatasetDownloadTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Fact]
    public async Task TheZipHoldsEveryTableDescribedTheDatabaseAndTheNotice()
    {
        using var response = await factory.Client.GetAsync("/downloads/dataset.zip");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var stamp = await factory.QueryAsync(db => db.ContentStamps.AsNoTracking().SingleAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"iran-pakistan-explorer-{stamp.Hash[..8]}.zip", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var files = zip.Entries.ToDictionary(e => e.FullName);

        using var package = JsonDocument.Parse(Read(files["datapackage.json"]));
        var root = package.RootElement;
        Assert.Equal("tabular-data-package", root.GetProperty("profile").GetString());
        Assert.Equal(stamp.Hash[..8], root.GetProperty("version").GetString());
        Assert.Equal(stamp.Hash, root.GetProperty("contentHash").GetString());
        var resources = root.GetProperty("resources").EnumerateArray().ToList();
        var names = resources.Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "events", "episodes", "agreements", "actors", "places", "topics", "figures", "sources", "paragraphs", "database" }, names.ToHashSet());
        // Every file is described, and every description names a file that is there.
        Assert.Equal(files.Keys.Where(k => k is not DatasetDownload.PackageFile and not DatasetDownload.NoticeFile).Order(), resources.Select(r => r.GetProperty("path").GetString()!).Order());

        foreach (var resource in resources.Where(r => r.GetProperty("format").GetString() == "csv"))
        {
            var csv = Read(files[resource.GetProperty("path").GetString()!]);
            var rows = CsvListsTests.Parse(csv, out var headers);
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(fields.Select(f => f.GetProperty("name").GetString()), headers);
            Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString())));
            Assert.NotEmpty(rows);
            if (resource.GetProperty("schema").TryGetProperty("primaryKey", out var key))
            {
                Assert.Equal(rows.Count, rows.Select(r => r[key.GetString()!]).Distinct().Count());
            }
        }

        var counts = await factory.QueryAsync(async db => new Dictionary<string, int>
        {
            ["events"] = await db.Events.CountAsync(),
            ["episodes"] = await db.Episodes.CountAsync(),
            ["agreements"] = await db.Agreements.CountAsync(),
            ["actors"] = await db.Actors.CountAsync(),
            ["places"] = await db.Places.CountAsync(),
            ["topics"] = await db.Topics.CountAsync(),
            ["figures"] = await db.Figures.CountAsync(),
            ["paragraphs"] = await db.Paragraphs.CountAsync(),
        });
        foreach (var (table, count) in counts)
        {
            Assert.True(count == CsvListsTests.Parse(Read(files[table + ".csv"]), out _).Count, $"{table}.csv has not one row per item");
        }

        // The citations' addresses resolve to paragraphs.csv.
        var paragraphs = CsvListsTests.Parse(Read(files["paragraphs.csv"]), out _).Select(p => p["url"]).ToHashSet();
        var cited = CsvListsTests.Parse(Read(files["events.csv"]), out _).SelectMany(r => r["citations"].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.All(cited, c => Assert.Contains(c, paragraphs));

        // An episode's events are rows of events.csv that name it, in the same (timeline) order.
        var events = CsvListsTests.Parse(Read(files["events.csv"]), out _);
        Assert.All(CsvListsTests.Parse(Read(files["episodes.csv"]), out _), e =>
            Assert.Equal(events.Where(r => r["episode"] == e["slug"]).Select(r => r["slug"]), e["events"].Split(' ', StringSplitOptions.RemoveEmptyEntries)));

        var notice = Read(files[DatasetDownload.NoticeFile]);
        Assert.Contains($"Content version {stamp.Hash[..8]}", notice, StringComparison.Ordinal);
        Assert.Contains("licence", notice, StringComparison.Ordinal);

        // The SQLite file is the served content: the same stamp.
        var copy = Path.Combine(Path.GetTempPath(), $"dataset-test-{Guid.NewGuid():N}.sqlite");
        try
        {
            await using (var file = File.Create(copy))
            await using (var entry = files[DatasetDownload.DatabaseFile].Open())
            {
                await entry.CopyToAsync(file);
            }

            await using var connection = new SqliteConnection($"Data Source={copy};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT Hash FROM ContentStamp";
            Assert.Equal(stamp.Hash, await command.ExecuteScalarAsync());
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public async Task TheZipIsBuiltOncePerContentVersion()
    {
        var download = factory.Services.GetRequiredService<DatasetDownload>();
        var first = await factory.Client.GetByteArrayAsync("/downloads/dataset.zip");
        var builds = download.Builds;
        var second = await factory.Client.GetByteArrayAsync("/downloads/dataset.zip");

        Assert.Equal(builds, download.Builds);
        Assert.Equal(first, second);
        Assert.Equal(1, builds);
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
