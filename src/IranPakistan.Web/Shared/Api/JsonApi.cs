using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Notes;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Shared.Api;

/// <summary>
/// A citation as every /api answer gives it: the source, the paragraph, the words, the reader's address
/// with the words highlighted (<c>url</c>) and the paragraph's permalink.
/// </summary>
public sealed record CitationDto(string Source, int Paragraph, string Quote, string Url, string Permalink);

/// <summary>
/// An editor's note beside an item (docs/data-model.md, "Editor's notes"): our words, never a fact.
/// <c>Kind</c> is <c>public-record</c> or <c>source-problem</c>; <c>Url</c> is where it is shown in full.
/// </summary>
public sealed record NoteDto(string Slug, string Kind, string Label, string Text, string? Quote, string Url, IReadOnlyList<NoteReferenceDto> References);

/// <summary>An outside reference of a note; <c>Date</c> is ISO (year, month or day) when known.</summary>
public sealed record NoteReferenceDto(string Title, string Publisher, string? Date, string? Url);

/// <summary>What the features' /api endpoints share: citations as JSON, lists (JSON or CSV) and the problem answers.</summary>
public static class JsonApi
{
    public const string FormatJson = DataLinks.Json;
    public const string FormatCsv = DataLinks.Csv;
    public const string FormatAtom = DataLinks.Atom;
    public static readonly IReadOnlyList<string> Formats = [FormatJson, FormatCsv, FormatAtom];

    public static CitationDto ToDto(CitationView c, SiteAddress site) =>
        new(c.SourceSlug, c.Paragraph, c.Quote, site.Absolute(c.Href), site.Absolute(c.Permalink));

    public static IReadOnlyList<CitationDto> ToDto(IEnumerable<CitationView> citations, SiteAddress site) =>
        citations.Select(c => ToDto(c, site)).ToList();

    /// <summary>The paragraph addresses of <paramref name="citations"/>, space-separated: how a CSV cell cites.</summary>
    public static string CiteCell(IEnumerable<CitationDto> citations) => string.Join(' ', citations.Select(c => c.Permalink).Distinct());

    /// <summary>A list cell in a CSV: values separated by a space (slugs have none).</summary>
    public static string ListCell(IEnumerable<string> values) => string.Join(' ', values);

    public static IReadOnlyList<NoteDto> ToDto(IEnumerable<EditorNote> notes, SiteAddress site) => notes
        .Select(n => new NoteDto(n.Slug, n.Kind, NoteSet.Label(n), n.Text, n.Quote, site.Absolute(NoteSet.Href(n)),
            n.References.OrderBy(r => r.Order).Select(r => new NoteReferenceDto(r.Title, r.Publisher, r.Date, r.Url)).ToList()))
        .ToList();

    /// <summary>A JSON 404 that says what was not found.</summary>
    public static IResult NotFound(string what, string slug) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {what} '{Echo.Of(slug)}'", detail: $"There is no {what} with the slug '{Echo.Of(slug)}'.");

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
    /// A list answer: without <c>format</c>, one page as JSON (<paramref name="shape"/> adds a list's own
    /// fields); with <c>format=json</c> or <c>format=csv</c> the whole filtered list as a file named
    /// <paramref name="name"/> (CSV: one row per item, <paramref name="toRow"/>); with <c>format=atom</c> its
    /// feed, when the list has one (<paramref name="feed"/>).
    /// </summary>
    public static IResult List<T, TRow>(
        IReadOnlyList<T> all, Paging paging, string? format, HttpContext context, string name, Func<T, TRow> toRow,
        Func<ListDto<T>, object>? shape = null, FeedSpec<T>? feed = null)
    {
        switch (format)
        {
            case FormatCsv:
                return Csv.Result(all.Select(toRow), name + ".csv");
            case FormatAtom:
                return feed is null
                    ? BadRequest("No feed", "This list has no Atom feed: the events and the agreements do.")
                    : AtomFeed.Result(all, feed, context);
            case FormatJson:
                // The whole view on one page: the file a reader downloads.
                var whole = new Paging(1, Math.Max(1, all.Count)).Apply(all, context);
                return new Attachment(Results.Ok(shape is null ? whole : shape(whole)), name + ".json");
            default:
                var list = paging.Apply(all, context);
                return Results.Ok(shape is null ? list : shape(list));
        }
    }

    /// <summary>An answer saved as a file by a browser (<c>Content-Disposition: attachment</c>).</summary>
    private sealed class Attachment(IResult inner, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
