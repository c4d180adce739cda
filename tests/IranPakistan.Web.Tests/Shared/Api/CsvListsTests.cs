using System.Net;
using System.Text.Json;
using CsvHelper;
using IranPakistan.Web.Shared.Api;

namespace IranPakistan.Web.Tests.Shared.Api;

/// <summary>Every list as CSV: RFC 4180, a header row, one row per item of the same view as JSON, citations as paragraph addresses.</summary>
public sealed class CsvListsTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    public static TheoryData<string> Views() =>
    [
        "/api/events", "/api/events?topic=trade&kind=visit", "/api/events?actor=iran&from=2024-01&to=2024-04",
        "/api/agreements", "/api/agreements?q=pipeline", "/api/agreements?status=not-fully-realised",
        "/api/actors", "/api/places", "/api/topics", "/api/sources", "/api/figures", "/api/figures?topic=trade",
        "/api/search?q=Chabahar", "/api/search?q=gas&kind=agreement",
    ];

    [Theory]
    [MemberData(nameof(Views))]
    public async Task EachCsvRowIsTheSameItemAsTheJson(string url)
    {
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var json = JsonDocument.Parse(await factory.GetOkAsync($"{url}{separator}pageSize={Paging.MaxPageSize}"));
        using var response = await factory.Client.GetAsync($"{url}{separator}format=csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);

        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        var rows = Parse(csv, out var headers);
        Assert.Equal(items.Count, rows.Count);
        Assert.NotEmpty(items);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var row = rows[i];
            Assert.Equal(item.GetProperty("slug").GetString(), row["slug"]);
            Assert.Equal(item.GetProperty("url").GetString(), row["url"]);
            foreach (var name in headers)
            {
                // Every column that is a plain JSON field holds the same value.
                var property = JsonNamingPolicy.CamelCase.ConvertName(ToPascal(name));
                if (item.TryGetProperty(property, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null)
                {
                    Assert.Equal(value.ValueKind == JsonValueKind.Null ? "" : value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(), row[name]);
                }
            }

            if (item.TryGetProperty("citations", out var citations))
            {
                var expected = citations.EnumerateArray().Select(c => c.GetProperty("permalink").GetString()).Distinct();
                Assert.Equal(string.Join(' ', expected), row["citations"]);
            }

            if (item.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.Object)
            {
                Assert.Equal(date.GetProperty("text").GetString(), row["date_text"]);
            }
        }
    }

    [Fact]
    public async Task FieldsWithCommasQuotesAndNewLinesRoundTrip()
    {
        var text = "a, \"quoted\"\r\nline";
        var csv = Csv.Write([new Row("x", text)]);

        var rows = Parse(csv, out var headers);

        Assert.Equal(["slug", "some_text"], headers);
        Assert.Equal(text, Assert.Single(rows)["some_text"]);
    }

    private sealed record Row(string Slug, string SomeText);

    private static string ToPascal(string snake) => string.Concat(snake.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static List<Dictionary<string, string>> Parse(string csv, out List<string> headers)
    {
        using var reader = CsvReader.Create(new StringReader(csv), null, false);
        headers = [.. reader.Headers];
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>();
            foreach (var header in headers)
            {
                row[header] = reader.GetString(header);
            }

            rows.Add(row);
        }

        return rows;
    }
}
