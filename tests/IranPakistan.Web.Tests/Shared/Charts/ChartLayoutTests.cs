using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Charts;

namespace IranPakistan.Web.Tests.Shared.Charts;

/// <summary>Chart geometry follows the numbers and the source's hedging.</summary>
public sealed class ChartLayoutTests
{
    [Fact]
    public void BarLengthsAreProportionalToTheValuesFromZero()
    {
        var chart = ChartLayout.Create(ChartFixtures.Chart("trade-by-direction"), ChartFixtures.All)!;

        var (exports, imports) = (chart.Rows[0], chart.Rows[1]);
        Assert.Equal(0, exports.Start);
        Assert.Equal(1.7 / 0.3, exports.End / imports.End, precision: 6);
        Assert.Equal(85, exports.End, precision: 6); // $1.7bn on a $2bn axis
    }

    [Fact]
    public void HedgingChoosesTheMark()
    {
        var rows = ChartFixtures.Charts.Select(c => ChartLayout.Create(c, ChartFixtures.All)!).SelectMany(c => c.Rows)
            .DistinctBy(r => r.Figure.Figure.Slug).ToDictionary(r => r.Figure.Figure.Slug, r => r.Mark);

        Assert.Equal(ChartMark.ApproximateBar, rows["official-trade"]);
        Assert.Equal(ChartMark.ApproximateBar, rows["informal-trade"]);
        Assert.Equal(ChartMark.Bar, rows["iran-imports-from-pakistan"]);
        Assert.Equal(ChartMark.TargetBar, rows["bilateral-trade-target"]);
        Assert.Equal(ChartMark.Range, rows["trucks-through-mirjaveh"]);
        Assert.Equal(ChartMark.LowerBound, rows["imam-reza-shrine-pakistani-pilgrims"]);
        // "Hundreds of thousands" gives no size, so the Arbaeen figure is in no chart at all (issue 12).
        Assert.DoesNotContain("arbaeen-pakistani-pilgrims", rows.Keys);
    }

    [Fact]
    public void ARangeSpansItsLowerAndUpperValues()
    {
        var chart = ChartLayout.Create(ChartFixtures.Chart("trucks-through-mirjaveh"), ChartFixtures.All)!;

        var trucks = Assert.Single(chart.Rows);
        Assert.Equal(800m, chart.Maximum);
        Assert.Equal((75, 87.5), (trucks.Start, trucks.End));
        Assert.Equal("600–700 trucks a day", trucks.ValueText);
    }

    [Fact]
    public void LowerBoundsLeaveRoomOnTheAxisForTheirArrow()
    {
        var chart = ChartLayout.Create(ChartFixtures.Chart("pakistani-pilgrims"), ChartFixtures.All)!;

        Assert.True(chart.Maximum > 500_000m);
        Assert.Equal(["over 500,000 a year"], chart.Rows.Select(r => r.ValueText));
    }

    [Fact]
    public void TheTargetChartPutsTodayAgainstTheTargetOnOneScale()
    {
        var chart = ChartLayout.Create(ChartFixtures.Chart("trade-target"), ChartFixtures.All)!;

        Assert.Equal((20, 100), (chart.Rows[0].End, chart.Rows[1].End));
        Assert.Equal(["$0", "$2.5bn", "$5bn", "$7.5bn", "$10bn"], chart.Ticks.Select(t => t.Label));
    }

    [Fact]
    public void AChartIsNotDrawnWhenAFigureIsMissingOrUnitsDiffer()
    {
        var definition = new ChartDefinition("mixed", "Mixed", "trade", [new("official-trade", "Trade"), new("trucks-through-mirjaveh", "Trucks")]);

        Assert.Null(ChartLayout.Create(definition, ChartFixtures.All));
        Assert.Null(ChartLayout.Create(ChartFixtures.Chart("trade-target"), ChartFixtures.All.Where(f => f.Figure.Qualifier != FigureQualifier.Target)));
    }

    [Fact]
    public void EveryChartGroupsFiguresThatExistInTheSeeds()
    {
        var slugs = File.ReadAllText(Path.Combine(RepositoryRoot.Seeds, "figures.yaml"));

        foreach (var entry in ChartFixtures.Charts.SelectMany(c => c.Entries))
        {
            Assert.Contains($"slug: {entry.FigureSlug}\n", slugs, StringComparison.Ordinal);
        }
    }
}
