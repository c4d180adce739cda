using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Features.Actors.Graph;

namespace IranPakistan.Web.Tests.Features.Actors.Graph;

/// <summary>Labels go where they overlap nothing; the busiest actor chooses first.</summary>
public sealed class GraphLabelsTests
{
    private static readonly GraphNode _a = new("a", "Alpha Alpha", ActorKind.Country, []);
    private static readonly GraphNode _b = new("b", "Bravo Bravo", ActorKind.Country, []);
    private static readonly GraphNode _c = new("c", "Charlie Charlie", ActorKind.Country, []);

    [Fact]
    public void ALabelThatWouldSitOnANeighboursLabelMovesAbove()
    {
        // b sits just below a: a's label below would cover b, so it goes above.
        var positions = new Dictionary<string, Point> { ["a"] = new(200, 200), ["b"] = new(200, 230) };

        var placed = GraphLabels.Place([_a, _b], positions, n => [n.Name], slug => slug == "b" ? 2 : 1, 400, 400);

        Assert.Equal((new LabelPlacement(0, GraphDrawing.NodeRadius + 14, "middle"), false), placed["b"]);
        Assert.True(placed["a"].Placement.Dy < 0, "a's label should move above its node");
        Assert.False(placed["a"].Crowded);
    }

    [Fact]
    public void ALabelWithNoFreePlaceIsMarkedCrowded()
    {
        // A drawing too narrow for any of the labels beside, above or below its node.
        var positions = new Dictionary<string, Point> { ["a"] = new(20, 20), ["b"] = new(20, 20), ["c"] = new(20, 20) };

        var placed = GraphLabels.Place([_a, _b, _c], positions, n => [n.Name], _ => 1, 60, 60);

        Assert.All(placed.Values, p => Assert.True(p.Crowded));
    }
}
