using AngleSharp.Dom;
using Bunit;
using IranPakistan.Web.Shared.Charts;
using IranPakistan.Web.Tests.TestSupport;

namespace IranPakistan.Web.Tests.Shared.Charts;

/// <summary>The chart component: marks for the data, an accessible name and description, a cited table.</summary>
public sealed class FigureChartTests : ExplorerTestContext
{
    [Fact]
    public void BarsAreDrawnFromZeroWithWidthsProportionalToTheFigures()
    {
        var chart = RenderChart("trade-by-direction");

        var exports = Mark(chart, "iran-exports-to-pakistan");
        var imports = Mark(chart, "iran-imports-from-pakistan");
        Assert.Equal(("0", "85%"), (exports.GetAttribute("x"), exports.GetAttribute("width")));
        Assert.Equal(("0", "15%"), (imports.GetAttribute("x"), imports.GetAttribute("width")));
        Assert.Contains("mark--approximate-bar", exports.ClassList);
        Assert.Contains("mark--bar", imports.ClassList);
    }

    [Fact]
    public void TheTruckRangeIsABandBetweenItsEndsNotAPoint()
    {
        var chart = RenderChart("trucks-through-mirjaveh");

        var band = Mark(chart, "trucks-through-mirjaveh");
        Assert.Contains("mark--range", band.ClassList);
        Assert.Equal(("75%", "12.5%"), (band.GetAttribute("x"), band.GetAttribute("width")));
        Assert.Equal(["75%", "87.5%"], chart.FindAll(".mark__cap").Select(c => c.GetAttribute("x1")));
    }

    [Fact]
    public void PilgrimFiguresAreLowerBoundsAndTheUnnumberedOneIsNotDrawn()
    {
        var chart = RenderChart("pakistani-pilgrims");

        Assert.Single(chart.FindAll(".mark__more[marker-end]"));
        // "Hundreds of thousands" gives no size to draw: the Arbaeen figure is not a bar (issue 12).
        Assert.Empty(chart.FindAll("[data-figure='arbaeen-pakistani-pilgrims']"));
        Assert.Contains("over 500,000", chart.Find("[data-figure='imam-reza-shrine-pakistani-pilgrims'] .chart__label").TextContent);
    }

    [Fact]
    public void TheChartHasAnAccessibleNameAndADescriptionWithEveryValue()
    {
        var chart = RenderChart("official-and-informal-trade");

        var svg = chart.Find("svg.chart__svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Official and informal trade", chart.Find($"#{svg.GetAttribute("aria-labelledby")}").TextContent);
        var description = chart.Find($"#{svg.GetAttribute("aria-describedby")}").TextContent;
        Assert.Contains("Official trade: about $2 billion", description);
        Assert.Contains("Informal trade: an estimated $2.5 billion", description);
    }

    [Fact]
    public void TheTableListsEveryFigureWithItsHedgingAndCitation()
    {
        var chart = RenderChart("trade-target");

        var rows = chart.FindAll("table.figures tbody tr");
        Assert.Equal(2, rows.Count);
        var target = rows.Single(r => r.GetAttribute("data-figure") == "bilateral-trade-target");
        Assert.Equal("$10 billion (target)", target.QuerySelector(".figure-value")?.TextContent);
        Assert.Equal("target", target.Children[2].TextContent);
        Assert.Equal(
            "/sources/iran-pakistan-relations?quote=quote%20for%20bilateral-trade-target#p-3",
            target.QuerySelector("a.cite")?.GetAttribute("href"));
        var official = rows.Single(r => r.GetAttribute("data-figure") == "official-trade");
        Assert.Equal("about $2 billion", official.QuerySelector(".figure-value")?.TextContent);
    }

    private IRenderedComponent<FigureChart> RenderChart(string slug) =>
        Render<FigureChart>(p => p.Add(c => c.Chart, ChartFixtures.Chart(slug)).Add(c => c.Figures, ChartFixtures.All));

    private static IElement Mark(IRenderedComponent<FigureChart> chart, string figureSlug) =>
        chart.Find($"[data-figure='{figureSlug}'] rect.mark");
}
