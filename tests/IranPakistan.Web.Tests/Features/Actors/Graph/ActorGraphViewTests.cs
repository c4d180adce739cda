using Bunit;
using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Features.Actors.Graph;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Tests.TestSupport;

namespace IranPakistan.Web.Tests.Features.Actors.Graph;

/// <summary>The SVG graph and its table, rendered from a small hand-made set of ties.</summary>
public sealed class ActorGraphViewTests : ExplorerTestContext
{
    private static readonly GraphNode _iran = new("iran", "Iran", ActorKind.Country, []);
    private static readonly GraphNode _pakistan = new("pakistan", "Pakistan", ActorKind.Country, []);
    private static readonly GraphNode _group = new("jaish-al-adl", "Jaish al-Adl", ActorKind.MilitantGroup, []);
    private static readonly GraphNode _sco = new("sco", "Shanghai Cooperation Organization", ActorKind.InternationalOrganisation, ["SCO"]);
    private static readonly GraphNode _loner = new("loner", "Loner", ActorKind.Person, []);

    private static readonly TieGraph _all = new(
        [_iran, _group, _loner, _pakistan, _sco],
        [
            Edge(1, _iran, _group, "strike"),
            Edge(2, _iran, _sco, "membership"),
            Edge(3, _pakistan, _sco, "membership"),
            Edge(4, _iran, _pakistan, "tension", hedged: true),
        ]);

    private readonly ActorGraphLayout _layouts = new();

    [Fact]
    public void DrawsOneLinkedNodePerActorWithATie()
    {
        var graph = Render(new GraphFilter());

        var nodes = graph.FindAll("svg a.node");
        Assert.Equal(["iran", "jaish-al-adl", "pakistan", "sco"], nodes.Select(n => n.GetAttribute("data-slug")).Order());
        Assert.DoesNotContain(nodes, n => n.GetAttribute("data-slug") == "loner");
    }

    [Fact]
    public void DrawsOneEdgePerTie()
    {
        var graph = Render(new GraphFilter());

        Assert.Equal(4, graph.FindAll("svg .edges path.edge").Count);
    }

    [Fact]
    public void FilteringByTypeKeepsOnlyThatTypesEdgesAndTheirActors()
    {
        var graph = Render(new GraphFilter(Type: Vocabulary.FindTieType("membership")));

        var edges = graph.FindAll("svg .edges path.edge");
        Assert.Equal(2, edges.Count);
        Assert.All(edges, e => Assert.Equal("membership", e.GetAttribute("data-type")));
        Assert.Equal(["iran", "pakistan", "sco"], graph.FindAll("svg a.node").Select(n => n.GetAttribute("data-slug")).Order());
    }

    [Fact]
    public void NodesLinkToActorPagesWithAccessibleNames()
    {
        var graph = Render(new GraphFilter());

        var iran = graph.Find("svg a.node[data-slug='iran']");
        Assert.Equal(Urls.Actor("iran"), iran.GetAttribute("href"));
        Assert.Equal("Iran (country), 3 ties", iran.GetAttribute("aria-label"));
        Assert.Equal("SCO", graph.Find("svg a.node[data-slug='sco'] .node__label").TextContent.Trim());
    }

    [Fact]
    public void EachNodesNameContainsTheWordsItShows()
    {
        var longName = new GraphNode("rafsanjani", "Ali Akbar Hashemi Rafsanjani", ActorKind.Person, []);
        var graph = Render(new GraphFilter(), new TieGraph([_iran, longName, _sco], [Edge(1, longName, _iran, "office"), Edge(2, _iran, _sco, "membership")]));

        var person = graph.Find("svg a.node[data-slug='rafsanjani']");
        Assert.Equal(["Ali Akbar Hashemi ", "Rafsanjani"], person.QuerySelectorAll("tspan").Select(t => t.TextContent));
        Assert.StartsWith("Ali Akbar Hashemi Rafsanjani (person)", person.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.StartsWith("SCO, Shanghai Cooperation Organization (", graph.Find("svg a.node[data-slug='sco']").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAcronymThatStartsAWordOfTheNameIsStillSpokenFirst()
    {
        var eco = new GraphNode("eco", "Economic Cooperation Organization", ActorKind.InternationalOrganisation, ["ECO"]);

        Assert.Equal("ECO, Economic Cooperation Organization", GraphDrawing.SpokenName(eco, GraphDrawing.Label(eco)));
    }

    [Fact]
    public void DirectedTiesHaveArrowheadsAndHedgedTiesAreDashed()
    {
        var graph = Render(new GraphFilter());

        Assert.Equal("url(#arrow-force)", graph.Find("path.edge[data-type='strike']").GetAttribute("marker-end"));
        var tension = graph.Find("path.edge[data-type='tension']");
        Assert.Null(tension.GetAttribute("marker-end"));
        Assert.Contains("edge--hedged", tension.ClassList);
    }

    [Fact]
    public void ShapesDifferByKindSoColourIsNotTheOnlyCue()
    {
        var graph = Render(new GraphFilter());

        var country = graph.Find("a.node[data-slug='iran'] .node__shape").GetAttribute("d");
        var group = graph.Find("a.node[data-slug='jaish-al-adl'] .node__shape").GetAttribute("d");
        Assert.NotEqual(country, group);
    }

    [Fact]
    public void TableListsEveryShownTieWithItsCitationLink()
    {
        var shown = ActorGraphQueries.Apply(_all, new GraphFilter(Type: Vocabulary.FindTieType("strike")));

        var table = Render<TieTable>(p => p.Add(t => t.Edges, shown.Edges));

        var row = Assert.Single(table.FindAll("tbody tr"));
        Assert.Equal(["Iran", "Strike →", "Jaish al-Adl"], row.Children.Take(3).Select(c => c.TextContent.Trim()));
        Assert.StartsWith("/sources/test?quote=", row.QuerySelector("a.cite")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void SameGraphAlwaysGetsTheSameLayout()
    {
        var first = new ActorGraphLayout().Layout(_all);
        var second = new ActorGraphLayout().Layout(_all);

        Assert.Equal(first.Positions.OrderBy(p => p.Key), second.Positions.OrderBy(p => p.Key));
        Assert.All(first.Positions.Values, p => Assert.InRange(p.X, 0, first.Width));
    }

    [Fact]
    public void CentringOnAnActorPutsItInTheMiddle()
    {
        var layout = _layouts.Layout(ActorGraphQueries.Apply(_all, new GraphFilter(Actor: _iran)), "iran");

        Assert.Equal(new Point(layout.Width / 2, layout.Height / 2), layout.Positions["iran"]);
    }

    private IRenderedComponent<ActorGraphView> Render(GraphFilter filter, TieGraph? graph = null)
    {
        var shown = ActorGraphQueries.Apply(graph ?? _all, filter);
        return Render<ActorGraphView>(p => p
            .Add(v => v.Graph, shown)
            .Add(v => v.Layout, _layouts.Layout(shown, filter.Actor?.Slug))
            .Add(v => v.Filter, filter));
    }

    private static GraphEdge Edge(int id, GraphNode from, GraphNode to, string type, bool hedged = false) =>
        new(id, from, to, Vocabulary.FindTieType(type)!, null, hedged, [new CitationView("test", 1, $"{from.Name} {type} {to.Name}")]);
}
