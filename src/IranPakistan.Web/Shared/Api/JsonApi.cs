using IranPakistan.Web.Shared.Citations;

namespace IranPakistan.Web.Shared.Api;

/// <summary>A citation as every /api answer gives it: the source, the paragraph, the words, the reader's address.</summary>
public sealed record CitationDto(string Source, int Paragraph, string Quote, string Url);

/// <summary>What the features' /api endpoints share: citations as JSON and the JSON problem answers.</summary>
public static class JsonApi
{
    public static CitationDto ToDto(CitationView c) => new(c.SourceSlug, c.Paragraph, c.Quote, c.Href);

    public static IReadOnlyList<CitationDto> ToDto(IEnumerable<CitationView> citations) => citations.Select(ToDto).ToList();

    /// <summary>A JSON 404 that says what was not found.</summary>
    public static IResult NotFound(string what, string slug) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {what} '{slug}'", detail: $"There is no {what} with the slug '{slug}'.");

    public static IResult BadRequest(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);
}
