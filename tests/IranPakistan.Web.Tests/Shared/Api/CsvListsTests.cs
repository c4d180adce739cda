using System.Net;
using System.Text.Json;
using CsvHelper;
using IranPakistan.Web.Shared.Api;

namespace IranPakistan.Web.Tests.Shared.Api;

/// <summary>
/// Every list's download: <c>format=csv</c> is RFC 4180 (UTF-8, a header row, one row per item) and holds,
/// row for row and column for column, the same view as <c>format=json</c>; citations are paragraph addresses.
/// </summary>
public sealed class CsvListsTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    public static TheoryData<string> Views() =>
    [
        "/api/events", "/api/events?topic=trade&kind=visit", "/api/events?actor=iran&from=2024-01&to=2024-04",
        "/api/events?from=2024-01-17&to=2024-01-25",
        "/api/agreements", "/api/agreements?q=pipeline", "/api/agreements?status=not-fully-realised&sort=title",
        "/api/agreements?between=multilateral",
        "/api/episodes",
        "/api/actors", "/api/places", "/api/topics", "/api/sources", "/api/figures", "/api/figures?topic=trade",
        "/api/search?q=Chabahar", "/api/search?q=gas&kind=agreement", "/api/search?q=Kashmr", "/api/search?q=Kashmir&verbatim=1&kind=paragraph",
    ];

    [Theory]
    [MemberData(nameof(Views))]
    public async Task EachCsvRowIsTheSameItemAsTheJson(string url)
    {
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var jsonResponse = await factory.Client.GetAsync($"{url}{separator}format=json");
        using var json = JsonDocument.Parse(await jsonResponse.Content.ReadAsStringAsync());
        using var response = await factory.Client.GetAsync($"{url}{separator}format=csv");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, jsonResponse.StatusCode);
        Assert.Equal("attachment", jsonResponse.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".json", jsonResponse.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);

        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        // The JSON download is the whole view, not a page of it.
        Assert.Equal(json.RootElement.GetProperty("total").GetInt32(), items.Count);
        var rows = Parse(csv, out var headers);
        Assert.Equal(items.Count, rows.Count);
        Assert.NotEmpty(items);
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var header in headers)
            {
                Assert.True(Expected(items[i], header, out var expected), $"{url}: the column {header} has no JSON field");
                Assert.Equal(expected, rows[i][header]);
            }
        }
    }

    [Fact]
    public async Task CitationsAreParagraphAddresses()
    {
        var rows = Parse(await factory.GetOkAsync("/api/events?format=csv"), out _);

        Assert.All(rows, r => Assert.All(r["citations"].Split(' '), c => Assert.Matches(@"/sources/[a-z0-9-]+#p-\d+$", c)));
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

    /// <summary>
    /// What a CSV cell holds for a JSON item: the field itself, a date's part (<c>date_iso</c>; an episode's
    /// <c>start_iso</c>, <c>end_text</c>), a list's values or slugs space-separated, citations' permalinks.
    /// </summary>
    private static bool Expected(JsonElement item, string header, out string expected)
    {
        expected = "";
        if (header.Split('_', 2) is [var name, _] && item.TryGetProperty(name, out var date) && date.ValueKind is JsonValueKind.Object or JsonValueKind.Null)
        {
            if (date.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            return date.TryGetProperty(Camel(header[(name.Length + 1)..]), out var part) ? Scalar(part, out expected)
                : item.TryGetProperty(Camel(header), out var own) && Scalar(own, out expected);
        }

        if (!item.TryGetProperty(Camel(header), out var value))
        {
            return false;
        }

        if (header == "citations")
        {
            expected = string.Join(' ', value.EnumerateArray().Select(c => c.GetProperty("permalink").GetString()).Distinct());
            return true;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            expected = string.Join(' ', value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Object ? v.GetProperty("slug").GetString() : v.GetString()));
            return true;
        }

        return Scalar(value, out expected);
    }

    private static bool Scalar(JsonElement value, out string text)
    {
        text = value.ValueKind switch
        {
            JsonValueKind.Null => "",
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.GetRawText(),
        };
        return value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);
    }

    private static string Camel(string snake) => JsonNamingPolicy.CamelCase.ConvertName(string.Concat(snake.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..])));

    internal static List<Dictionary<string, string>> Parse(string csv, out List<string> headers)
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
