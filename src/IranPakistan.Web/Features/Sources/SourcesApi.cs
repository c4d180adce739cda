using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Links;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Sources;

/// <summary>/api/sources and /api/sources/{slug}: the sources and their full text, from the same queries as the reader.</summary>
public static class SourcesApi
{
    public sealed record SourceSummaryDto(string Slug, string Title, string? Author, string? Publisher, string? Published, string? OriginalUrl, string Url);

    public sealed record SourceDto(string Slug, string Title, string? Subtitle, string? Author, string? Publisher, string? Published, string? OriginalUrl, string? Note, IReadOnlyList<SectionDto> Sections, string Url);

    public sealed record SectionDto(string Slug, string Title, bool IsSourceHeading, IReadOnlyList<ParagraphDto> Paragraphs);

    public sealed record ParagraphDto(int Number, string Anchor, string Text, string Url);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/sources", async (int? page, int? pageSize, string? format, SourceQueries queries, SiteAddress site, HttpContext context, CancellationToken ct) =>
            CheckList(page, pageSize, format, out var paging) ?? List(
                (await queries.ListAsync(ct)).Select(s => new SourceSummaryDto(s.Slug, s.Title, s.Author, s.Publisher, s.Published, s.Url, site.Absolute(Urls.Source(s.Slug)))).ToList(),
                paging, format, context, "sources.csv", s => s))
            .ListOf<ListDto<SourceSummaryDto>>("listSources", "The sources every fact cites (originalUrl: where the source itself was published, when known)");

        api.MapGet("/sources/{slug}", async (string slug, SourceQueries queries, SiteAddress site, CancellationToken ct) =>
            await queries.GetAsync(slug, ct) is { } m
                ? Results.Ok(new SourceDto(
                    m.Source.Slug, m.Source.Title, m.Source.Subtitle, m.Source.Author, m.Source.Publisher, m.Source.Published, m.Source.Url, m.Source.Note,
                    m.Sections.Select(s => new SectionDto(s.Slug, s.Title, s.IsSourceHeading,
                        s.Paragraphs.OrderBy(p => p.Number).Select(p => new ParagraphDto(p.Number, Urls.ParagraphId(p.Number), p.Text, site.Absolute(Urls.Paragraph(m.Source.Slug, p.Number)))).ToList())).ToList(),
                    site.Absolute(Urls.Source(m.Source.Slug))))
                : NotFound("source", slug))
            .ItemOf<SourceDto>("getSource", "One source's full text: sections and numbered paragraphs (the addresses citations point to)");

        return api;
    }
}
