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

    public static string Write<TRow>(IEnumerable<TRow> rows) => Write(typeof(TRow), rows.Cast<object?>());

    /// <summary>Rows of <paramref name="rowType"/> (a record whose properties are the columns) as CSV text.</summary>
    public static string Write(Type rowType, IEnumerable<object?> rows)
    {
        var properties = rowType.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default, true))
        {
            csv.WriteHeader(Headers(rowType).ToArray());
            foreach (var row in rows)
            {
                csv.WriteRecord(properties.Select(p => Format(p.GetValue(row))).ToArray());
            }
        }

        return text.ToString();
    }

    public static IReadOnlyList<string> Headers<TRow>() => Headers(typeof(TRow));

    /// <summary>The columns of <paramref name="rowType"/>: each property's snake_case name and type.</summary>
    public static IReadOnlyList<(string Name, Type Type)> Columns(Type rowType) =>
        rowType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name), Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)).ToList();

    public static IReadOnlyList<string> Headers(Type rowType) =>
        rowType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)).ToList();

    public static IResult Result<TRow>(IEnumerable<TRow> rows, string fileName) =>
        new CsvResult(Write(rows), fileName);

    private static string Format(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // Enums as JSON writes them (their kebab-case names), so a CSV cell equals the JSON field.
        Enum e => JsonSerializer.Serialize(e, e.GetType()).Trim('"'),
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
