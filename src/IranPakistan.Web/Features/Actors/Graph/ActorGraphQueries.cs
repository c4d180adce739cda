using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Facets;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Text;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Actors.Graph;

public sealed record GraphNode(string Slug, string Name, ActorKind Kind, IReadOnlyList<string> Aliases)
{
    public string Href => Urls.Actor(Slug);
}

public sealed record GraphEdge(int Id, GraphNode From, GraphNode To, TieType Type, string? Note, bool IsHedged, IReadOnlyList<CitationView> Citations)
{
    /// <summary>"Iran struck Jaish al-Adl".</summary>
    public string Sentence => $"{From.Name} {Type.Verb} {To.Name}";

    public GraphNode Other(string slug) => From.Slug == slug ? To : From;
}

/// <summary>Actors and the ties between them: the whole set, or what a filter keeps.</summary>
public sealed record TieGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public int DegreeOf(string slug) => Edges.Count(e => e.From.Slug == slug || e.To.Slug == slug);
}

/// <summary>What the graph shows: one tie type, ties touching one kind of actor, one actor's ties.</summary>
public sealed record GraphFilter(TieType? Type = null, ActorKind? Kind = null, GraphNode? Actor = null)
{
    public bool IsEmpty => Type is null && Kind is null && Actor is null;

    /// <summary>The page URL for this filter, so every view is a link.</summary>
    public string Href(TieType? type = null, ActorKind? kind = null, GraphNode? actor = null, bool keep = true) =>
        UrlQuery.Append(
            Urls.ActorGraph,
            ("type", (type ?? (keep ? Type : null))?.Slug),
            ("kind", (kind ?? (keep ? Kind : null)) is { } k ? Vocabulary.ToKebab(k) : null),
            ("actor", (actor ?? (keep ? Actor : null))?.Slug));
}

public sealed class ActorGraphQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    // A tie has its type, and the kinds and slugs of the actors at either end.
    private static readonly FacetField<GraphEdge> _type = new("type", e => [e.Type.Slug]);
    private static readonly FacetField<GraphEdge> _kind = new("kind", e => [Vocabulary.ToKebab(e.From.Kind), Vocabulary.ToKebab(e.To.Kind)]);
    private static readonly FacetField<GraphEdge> _actor = new("actor", e => [e.From.Slug, e.To.Slug]);

    /// <summary>Every actor and every tie, with citations.</summary>
    public async Task<TieGraph> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actors = await db.Actors.AsNoTracking()
            .OrderBy(a => a.Name)
            .Select(a => new { a.Id, Node = new GraphNode(a.Slug, a.Name, a.Kind, a.Aliases) })
            .ToDictionaryAsync(a => a.Id, a => a.Node, cancellationToken);
        var ties = await db.Ties.AsNoTracking()
            .Include(t => t.Citations).ThenInclude(c => c.Paragraph).ThenInclude(p => p.Source)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var edges = ties
            .Where(t => Vocabulary.FindTieType(t.Type) is not null)
            .Select(t => new GraphEdge(t.Id, actors[t.FromActorId], actors[t.ToActorId], Vocabulary.FindTieType(t.Type)!,
                t.Note, t.IsHedged, CitationView.From(t.Citations)))
            .OrderBy(e => e.Type.Family).ThenBy(e => IndexOf(e.Type)).ThenBy(e => e.From.Name).ThenBy(e => e.To.Name)
            .ToList();
        return new TieGraph([.. actors.Values], edges);
    }

    /// <summary>The ties one actor takes part in, either end.</summary>
    public async Task<IReadOnlyList<GraphEdge>> TiesOfAsync(string slug, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Edges.Where(e => e.From.Slug == slug || e.To.Slug == slug).ToList();

    /// <summary>
    /// Reads the query string into a filter. A value that names nothing is dropped and explained in
    /// <paramref name="problems"/>, so a bad link still shows a graph.
    /// </summary>
    public static GraphFilter ParseFilter(TieGraph all, string? type, string? kind, string? actor, List<string> problems)
    {
        var filter = new GraphFilter();
        if (!string.IsNullOrEmpty(type))
        {
            filter = filter with { Type = Vocabulary.FindTieType(type) };
            if (filter.Type is null)
            {
                problems.Add($"There is no tie type “{Echo.Of(type)}”, so ties of every type are shown. Choose a type from the list.");
            }
        }

        if (!string.IsNullOrEmpty(kind))
        {
            filter = filter with { Kind = Vocabulary.FromKebab<ActorKind>(kind) };
            if (filter.Kind is null)
            {
                problems.Add($"There is no kind of actor “{Echo.Of(kind)}”, so actors of every kind are shown.");
            }
        }

        if (!string.IsNullOrEmpty(actor))
        {
            filter = filter with { Actor = all.Nodes.FirstOrDefault(n => n.Slug == actor) };
            if (filter.Actor is null)
            {
                problems.Add($"There is no actor “{Echo.Of(actor)}”, so the graph is not centred on anyone.");
            }
        }

        return filter;
    }

    /// <summary>
    /// The ties the filter keeps and the actors at their ends (actors without a tie are left out,
    /// except a chosen actor, who is always shown).
    /// </summary>
    public static TieGraph Apply(TieGraph all, GraphFilter filter)
    {
        var edges = new FacetFilter<GraphEdge>()
            .Has(_type, filter.Type?.Slug)
            .Has(_kind, filter.Kind is { } kind ? Vocabulary.ToKebab(kind) : null)
            .Has(_actor, filter.Actor?.Slug)
            .Apply(all.Edges);
        var slugs = edges.SelectMany(e => new[] { e.From.Slug, e.To.Slug }).ToHashSet();
        if (filter.Actor is not null)
        {
            slugs.Add(filter.Actor.Slug);
        }

        return new TieGraph(all.Nodes.Where(n => slugs.Contains(n.Slug)).ToList(), edges);
    }

    private static int IndexOf(TieType type) => Vocabulary.TieTypes.ToList().IndexOf(type);
}
