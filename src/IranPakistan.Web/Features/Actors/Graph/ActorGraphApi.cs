using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.Api;
using IranPakistan.Web.Shared.Links;

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
        api.MapGet("/actors/graph", async (string? type, string? kind, string? actor, ActorGraphQueries queries, ActorGraphLayout layouts, SiteAddress site, CancellationToken ct) =>
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
                graph.Nodes.Select(n => new NodeDto(n.Slug, n.Name, Vocabulary.ToKebab(n.Kind), site.Absolute(n.Href),
                    Math.Round(layout.Positions[n.Slug].X, 1), Math.Round(layout.Positions[n.Slug].Y, 1))).ToList(),
                graph.Edges.Select(e => new EdgeDto(e.From.Slug, e.To.Slug, e.Type.Slug, Vocabulary.ToKebab(e.Type.Family), e.Type.Directed,
                    e.IsHedged, e.Sentence, e.Note, JsonApi.ToDto(e.Citations, site))).ToList()));
        })
            .WithName("getActorGraph").WithSummary("Who is tied to whom: nodes with layout positions and cited edges, filtered like /actors/graph (a graph, not a paged list)")
            .Produces<GraphDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .Parameters(
                new ApiParameterDoc("type", "A kind of tie.", Vocabulary.TieTypes.Select(t => t.Slug).ToList()),
                new ApiParameterDoc("kind", "Only actors of this kind (country, person, …; see /api/actors)."),
                new ApiParameterDoc("actor", "An actor slug: that actor's ties only."));
        return api;
    }
}
