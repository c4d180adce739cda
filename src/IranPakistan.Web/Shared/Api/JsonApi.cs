using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Notes;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Shared.Api;

/// <summary>A citation as every /api answer gives it: the source, the paragraph, the words, the reader's address.</summary>
public sealed record CitationDto(string Source, int Paragraph, string Quote, string Url);

/// <summary>
/// An editor's note beside an item (docs/data-model.md, "Editor's notes"): our words, never a fact.
/// <c>Kind</c> is <c>public-record</c> or <c>source-problem</c>; <c>Url</c> is where it is shown in full.
/// </summary>
public sealed record NoteDto(string Slug, string Kind, string Label, string Text, string? Quote, string Url, IReadOnlyList<NoteReferenceDto> References);

/// <summary>An outside reference of a note; <c>Date</c> is ISO (year, month or day) when known.</summary>
public sealed record NoteReferenceDto(string Title, string Publisher, string? Date, string? Url);

/// <summary>What the features' /api endpoints share: citations as JSON and the JSON problem answers.</summary>
public static class JsonApi
{
    public static CitationDto ToDto(CitationView c) => new(c.SourceSlug, c.Paragraph, c.Quote, c.Href);

    public static IReadOnlyList<CitationDto> ToDto(IEnumerable<CitationView> citations) => citations.Select(ToDto).ToList();

    public static IReadOnlyList<NoteDto> ToDto(IEnumerable<EditorNote> notes) => notes
        .Select(n => new NoteDto(n.Slug, n.Kind, NoteSet.Label(n), n.Text, n.Quote, NoteSet.Href(n),
            n.References.OrderBy(r => r.Order).Select(r => new NoteReferenceDto(r.Title, r.Publisher, r.Date, r.Url)).ToList()))
        .ToList();

    /// <summary>A JSON 404 that says what was not found.</summary>
    public static IResult NotFound(string what, string slug) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {what} '{Echo.Of(slug)}'", detail: $"There is no {what} with the slug '{Echo.Of(slug)}'.");

    public static IResult BadRequest(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);
}
