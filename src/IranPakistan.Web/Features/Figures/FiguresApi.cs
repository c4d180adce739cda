using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Links;
using static IranPakistan.Web.Shared.Api.JsonApi;

namespace IranPakistan.Web.Features.Figures;

/// <summary>/api/figures and /api/figures/{slug}: the source's numbers, as on /figures.</summary>
public static class FiguresApi
{
    public sealed record FigureRow(string Slug, string Label, string Topic, decimal Value, decimal? ValueMax, string Unit, string Qualifier, string Text, string? Period, string Citations, string Url);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/figures", async (string? topic, int? page, int? pageSize, string? format, FigureQueries queries, SiteAddress site, HttpContext context, CancellationToken ct) =>
        {
            if (CheckList(page, pageSize, format, out var paging) is { } bad)
            {
                return bad;
            }

            var all = await AllAsync(queries, site, ct);
            if (!string.IsNullOrEmpty(topic) && all.All(f => f.Topic != topic))
            {
                return BadRequest("Unknown topic", $"No figures for the topic '{topic}' (see /api/topics).");
            }

            return List(all.Where(f => string.IsNullOrEmpty(topic) || f.Topic == topic).ToList(), paging, format, context, "figures.csv", ToRow);
        })
            .ListOf<ListDto<FigureDto>>("listFigures", "The numbers the source states (value, unit, qualifier, period), by topic")
            .Parameters(new ApiParameterDoc("topic", "A topic slug (see /api/topics): that topic's figures only."));

        api.MapGet("/figures/{slug}", async (string slug, FigureQueries queries, SiteAddress site, CancellationToken ct) =>
            (await AllAsync(queries, site, ct)).FirstOrDefault(f => f.Slug == slug) is { } figure
                ? Results.Ok(figure)
                : NotFound("figure", slug))
            .ItemOf<FigureDto>("getFigure", "One figure with its citations");

        return api;
    }

    private static async Task<List<FigureDto>> AllAsync(FigureQueries queries, SiteAddress site, CancellationToken ct) =>
        (await queries.ListByTopicAsync(ct))
            .SelectMany(t => t.Figures.Select(f => FigureDto.From(f.Figure, t.TopicSlug, f.Citations, site)))
            .ToList();

    public static FigureRow ToRow(FigureDto f) =>
        new(f.Slug, f.Label, f.Topic, f.Value, f.ValueMax, f.Unit, f.Qualifier, f.Text, f.Period, CiteCell(f.Citations), f.Url);
}
