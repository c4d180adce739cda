using IranPakistan.Web.Shared.Citations;

namespace IranPakistan.Web.Features.Citing;

/// <summary>
/// A page's citation as a file: <c>/cite/events/{slug}.bib</c>, <c>.ris</c>, <c>.json</c> (CSL-JSON),
/// <c>.apa.txt</c>, <c>.chicago.txt</c>, <c>.mla.txt</c>; a source paragraph's at
/// <c>/cite/sources/{slug}/{n}.bib</c> and so on. Not cached as pages are: each answer carries the day it
/// was made as the access date (UTC), which a cached answer could not.
/// </summary>
public static class CiteDownloads
{
    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cite/sources/{slug}/{file}", (string slug, string file, CiteQueries queries, TimeProvider clock, CancellationToken ct) =>
            CitationFormatter.FromFileName(file) is { } named && int.TryParse(named.Name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? AnswerAsync(queries.GetAsync(CiteKind.Paragraph, slug, n, ct), named.Format, $"{slug}-p{n}", clock)
                : Task.FromResult(Results.NotFound()));

        endpoints.MapGet("/cite/{kind}/{file}", (string kind, string file, CiteQueries queries, TimeProvider clock, CancellationToken ct) =>
            CiteKinds.FromSegment(kind) is { } k && CitationFormatter.FromFileName(file) is { } named
                ? AnswerAsync(queries.GetAsync(k, named.Name, null, ct), named.Format, $"{kind}-{named.Name}", clock)
                : Task.FromResult(Results.NotFound()));

        return endpoints;
    }

    private static async Task<IResult> AnswerAsync(Task<CiteWork?> load, CitationFormat format, string fileStem, TimeProvider clock)
    {
        if (await load is not { } work)
        {
            return Results.NotFound();
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var text = CitationFormatter.Format(work, format, today);
        return new CitationFile(text, CitationFormatter.MediaType(format), fileStem + CitationFormatter.Extension(format));
    }

    /// <summary>The text with its media type, named for saving, never stored by a cache (the access date is today's).</summary>
    private sealed class CitationFile(string text, string mediaType, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            var headers = context.Response.Headers;
            headers.CacheControl = "no-cache";
            headers.ContentDisposition = new System.Net.Mime.ContentDisposition { Inline = true, FileName = fileName }.ToString();
            return Results.Text(text, mediaType).ExecuteAsync(context);
        }
    }
}
