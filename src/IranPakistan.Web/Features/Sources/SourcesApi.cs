using IranPakistan.Web.Shared.Links;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Sources;

/// <summary>/api/sources/{slug}: a source's full text as JSON, from the same query as the reader.</summary>
public static class SourcesApi
{
    public sealed record SourceDto(string Slug, string Title, string? Subtitle, string? Author, string? Publisher, string? Published, string? Url, string? Note, IReadOnlyList<SectionDto> Sections);

    public sealed record SectionDto(string Slug, string Title, bool IsSourceHeading, IReadOnlyList<ParagraphDto> Paragraphs);

    public sealed record ParagraphDto(int Number, string Anchor, string Text);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/sources/{slug}", async (string slug, SourceQueries queries, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new SourceDto(
                    m.Source.Slug, m.Source.Title, m.Source.Subtitle, m.Source.Author, m.Source.Publisher, m.Source.Published, m.Source.Url, m.Source.Note,
                    m.Sections.Select(s => new SectionDto(s.Slug, s.Title, s.IsSourceHeading,
                        s.Paragraphs.OrderBy(p => p.Number).Select(p => new ParagraphDto(p.Number, Urls.ParagraphId(p.Number), p.Text)).ToList())).ToList()))
                : NotFound("source", slug));

        return api;
    }
}
