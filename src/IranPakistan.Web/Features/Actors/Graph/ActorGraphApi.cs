using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.Api;

namespace IranPakistan.Web.Features.Actors.Graph;

/// <summary>The graph of ties as JSON: the same filter, nodes (with layout positions) and edges (with citations).</summary>
public static class ActorGraphApi
{
    public sealed record GraphDto(IReadOnlyList<NodeDto> Nodes, IReadOnlyList<EdgeDto> Edges);

    public sealed record NodeDto(string Slug, string Name, string Kind, string Url, double X, double Y);

    public sealed record EdgeDto(string From, string To, string Type, string Family, bool Directed, bool Hedged, string Sentence, string? Note, IReadOnlyList<CitationDto> Citations);

    internal static IEndpointRouteBuilder Map(IEndpointRouteBuilder api)
    {
        // A literal segment: routing prefers it to /api/actors/{slug}.
        api.MapGet("/actors/graph", async (string? type, string? kind, string? actor, ActorGraphQueries queries, ActorGraphLayout layouts, CancellationToken ct) =>
        {
            var all = await queries.LoadAsync(ct);
            var problems = new List<string>();
            var filter = ActorGraphQueries.ParseFilter(all, type, kind, actor, problems);
            if (problems.Count > 0)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown filter value", detail: string.Join(" ", problems));
            }

            var graph = ActorGraphQueries.Apply(all, filter);
            var layout = layouts.Layout(graph, filter.Actor?.Slug);
            return Results.Ok(new GraphDto(
                graph.Nodes.Select(n => new NodeDto(n.Slug, n.Name, Vocabulary.ToKebab(n.Kind), n.Href,
                    Math.Round(layout.Positions[n.Slug].X, 1), Math.Round(layout.Positions[n.Slug].Y, 1))).ToList(),
                graph.Edges.Select(e => new EdgeDto(e.From.Slug, e.To.Slug, e.Type.Slug, Vocabulary.ToKebab(e.Type.Family), e.Type.Directed,
                    e.IsHedged, e.Sentence, e.Note, JsonApi.ToDto(e.Citations))).ToList()));
        });
        return api;
    }
}
