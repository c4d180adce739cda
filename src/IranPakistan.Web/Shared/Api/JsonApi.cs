using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Shared.Api;

/// <summary>
/// A citation as every /api answer gives it: the source, the paragraph, the words, the reader's address
/// with the words highlighted (<c>url</c>) and the paragraph's permalink.
/// </summary>
public sealed record CitationDto(string Source, int Paragraph, string Quote, string Url, string Permalink);

/// <summary>What the features' /api endpoints share: citations as JSON, lists (JSON or CSV) and the problem answers.</summary>
public static class JsonApi
{
    public const string FormatJson = "json";
    public const string FormatCsv = "csv";
    public static readonly IReadOnlyList<string> Formats = [FormatJson, FormatCsv];

    public static CitationDto ToDto(CitationView c, SiteAddress site) =>
        new(c.SourceSlug, c.Paragraph, c.Quote, site.Absolute(c.Href), site.Absolute(c.Permalink));

    public static IReadOnlyList<CitationDto> ToDto(IEnumerable<CitationView> citations, SiteAddress site) =>
        citations.Select(c => ToDto(c, site)).ToList();

    /// <summary>The paragraph addresses of <paramref name="citations"/>, space-separated: how a CSV cell cites.</summary>
    public static string CiteCell(IEnumerable<CitationDto> citations) => string.Join(' ', citations.Select(c => c.Permalink).Distinct());

    /// <summary>A list cell in a CSV: values separated by a space (slugs have none).</summary>
    public static string ListCell(IEnumerable<string> values) => string.Join(' ', values);

    /// <summary>A JSON 404 that says what was not found.</summary>
    public static IResult NotFound(string what, string slug) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {what} '{slug}'", detail: $"There is no {what} with the slug '{slug}'.");

    public static IResult BadRequest(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    /// <summary>Checks <c>page</c>, <c>pageSize</c> and <c>format</c>; a 400 problem when one is out of bounds.</summary>
    public static IResult? CheckList(int? page, int? pageSize, string? format, out Paging paging)
    {
        paging = default;
        if (Paging.Parse(page, pageSize, out var problem) is not { } parsed)
        {
            return problem;
        }

        if (!string.IsNullOrEmpty(format) && !Formats.Contains(format))
        {
            return BadRequest("Unknown format", $"'format' must be one of: {string.Join(", ", Formats)}.");
        }

        paging = parsed;
        return null;
    }

    /// <summary>
    /// A list answer: one page as JSON (<paramref name="shape"/> adds a list's own fields), or with
    /// <c>format=csv</c> the whole filtered list as CSV, one row per item (<paramref name="toRow"/>).
    /// </summary>
    public static IResult List<T, TRow>(
        IReadOnlyList<T> all, Paging paging, string? format, HttpContext context, string fileName, Func<T, TRow> toRow,
        Func<ListDto<T>, object>? shape = null)
    {
        if (format == FormatCsv)
        {
            return Csv.Result(all.Select(toRow), fileName);
        }

        var list = paging.Apply(all, context);
        return Results.Ok(shape is null ? list : shape(list));
    }
}
