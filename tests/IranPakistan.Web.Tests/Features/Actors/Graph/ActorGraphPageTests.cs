using System.Net;
using System.Net.Http.Json;
using IranPakistan.Web.Data;
using IranPakistan.Web.Features.Actors.Graph;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Tests.Features.Actors.Graph;

/// <summary>/actors/graph, its filters and its JSON, over the real seeds.</summary>
public sealed class ActorGraphPageTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{

    [Fact]
    public async Task GraphPageIsNotMistakenForAnActorCalledGraph()
    {
        var page = await factory.GetPageAsync(Urls.ActorGraph);

        Assert.Equal("Graph of ties between actors", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll("svg a.node"));
    }

    [Fact]
    public async Task GraphShowsEveryTieInTheTableToo()
    {
        var page = await factory.GetPageAsync(Urls.ActorGraph);

        var edges = page.QuerySelectorAll("svg .edges path.edge").Length;
        Assert.True(edges > 50, $"only {edges} ties drawn");
        Assert.Equal(edges, page.QuerySelectorAll("table.tie-table tbody tr").Length);
        Assert.NotNull(page.QuerySelector("svg a.node[href='/actors/zeynabiyoun-brigade']"));
    }

    [Fact]
    public async Task FilteringByMembershipKeepsOnlyMembershipTies()
    {
        var page = await factory.GetPageAsync(new GraphFilter(Type: Vocabulary.FindTieType("membership")).Href());

        var types = page.QuerySelectorAll("svg .edges path.edge").Select(e => e.GetAttribute("data-type")).Distinct();
        Assert.Equal(["membership"], types);
        Assert.All(page.QuerySelectorAll("table.tie-table tbody tr"), r => Assert.Equal("membership", r.GetAttribute("data-type")));
        Assert.NotNull(page.QuerySelector("svg a.node[data-slug='united-nations']"));
        Assert.Null(page.QuerySelector("svg a.node[data-slug='jaish-al-adl']"));
        Assert.Equal("membership", page.QuerySelector("#graph-type option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task UnknownTypeExplainsItselfAndShowsEveryTie()
    {
        var page = await factory.GetPageAsync("/actors/graph?type=nope");

        Assert.Contains("There is no tie type “nope”", page.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        Assert.True(page.QuerySelectorAll("svg .edges path.edge").Select(e => e.GetAttribute("data-type")).Distinct().Count() > 1);
    }

    [Fact]
    public async Task CentringOnAnActorShowsOnlyItsTies()
    {
        var page = await factory.GetPageAsync(Urls.ActorGraphOf("zeynabiyoun-brigade"));

        Assert.Equal("Ties of Zeynabiyoun Brigade", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("node--focus", page.QuerySelector("svg a.node[data-slug='zeynabiyoun-brigade']")!.ClassList);
        Assert.All(page.QuerySelectorAll("svg .edges path.edge"), e =>
            Assert.Contains("zeynabiyoun-brigade", new[] { e.GetAttribute("data-from"), e.GetAttribute("data-to") }));
        Assert.NotNull(page.QuerySelector("svg a.node[data-slug='us-treasury']"));
    }

    [Fact]
    public async Task ActorPageListsItsTiesWithCitationsAndLinksToTheGraph()
    {
        var page = await factory.GetPageAsync(Urls.Actor("zeynabiyoun-brigade"));

        var ties = page.QuerySelector("section.actor-ties");
        Assert.NotNull(ties);
        var sanction = ties.QuerySelector("li[data-type='sanction']");
        Assert.NotNull(sanction);
        Assert.StartsWith("U.S. Treasury sanctioned Zeynabiyoun Brigade", sanction.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(sanction.QuerySelector("a[href='/actors/us-treasury']"));
        Assert.NotNull(sanction.QuerySelector("a.cite[href^='/sources/iran-pakistan-relations?quote=']"));
        Assert.NotNull(ties.QuerySelector("a[href='/actors/graph?actor=zeynabiyoun-brigade']"));
    }

    [Fact]
    public async Task ActorsIndexLinksToTheGraph()
    {
        var page = await factory.GetPageAsync(Urls.Actors);

        Assert.NotNull(page.QuerySelector("main a[href='/actors/graph']"));
    }

    [Fact]
    public async Task SourceReaderNotesTiesAmongTheFactsCitingAParagraph()
    {
        var page = await factory.GetPageAsync(Urls.Source("iran-pakistan-relations"));

        Assert.Contains(page.QuerySelectorAll(".cited-by li"), li => li.TextContent.Contains("Iran struck Jaish al-Adl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApiReturnsNodesAndEdgesWithCitations()
    {
        var graph = await factory.Client.GetFromJsonAsync<GraphJson>("/api/actors/graph?type=sanction");

        Assert.NotNull(graph);
        var edge = Assert.Single(graph.Edges);
        Assert.Equal(("us-treasury", "zeynabiyoun-brigade", "sanction"), (edge.From, edge.To, edge.Type));
        Assert.StartsWith("in January 2019", Assert.Single(edge.Citations).Quote, StringComparison.Ordinal);
        Assert.Equal(["us-treasury", "zeynabiyoun-brigade"], graph.Nodes.Select(n => n.Slug).Order());
    }

    [Fact]
    public async Task ApiRejectsAnUnknownTypeWithAProblem()
    {
        var response = await factory.Client.GetAsync("/api/actors/graph?type=nope");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private sealed record GraphJson(List<NodeJson> Nodes, List<EdgeJson> Edges);

    private sealed record NodeJson(string Slug, string Name, string Kind, string Url);

    private sealed record EdgeJson(string From, string To, string Type, bool Hedged, List<CitationJson> Citations);

    private sealed record CitationJson(string Quote, string Url);
}
