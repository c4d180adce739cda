using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace IranPakistan.Web.Shared.Api;

/// <summary>
/// Lists as CSV (RFC 4180: CRLF line ends, fields quoted when needed, UTF-8, a header row), written by
/// CsvHelper. Headers are the row record's properties in snake_case, in declaration order.
/// </summary>
public static class Csv
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    public static string Write<TRow>(IEnumerable<TRow> rows)
    {
        var properties = typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, true))
        {
            csv.WriteHeader(Headers<TRow>().ToArray());
            foreach (var row in rows)
            {
                csv.WriteRecord(properties.Select(p => Format(p.GetValue(row))).ToArray());
            }
        }

        return text.ToString();
    }

    public static IReadOnlyList<string> Headers<TRow>() =>
        typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)).ToList();

    public static IResult Result<TRow>(IEnumerable<TRow> rows, string fileName) =>
        new CsvResult(Write(rows), fileName);

    private static string Format(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private sealed class CsvResult(string body, string fileName) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = ContentType;
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            await httpContext.Response.WriteAsync(body, Encoding.UTF8);
        }
    }
}
