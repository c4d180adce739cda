using IranPakistan.Web.Import;
using IranPakistan.Web.Shared.Charts;
using IranPakistan.Web.Tests.TestSupport;

namespace IranPakistan.Web.Tests.Import;

/// <summary>
/// Charts come from seeds/charts.yaml. Whatever would make a chart silently not drawn (an unknown
/// figure, another topic's figure, units that cannot share a scale) is an error at its line instead.
/// </summary>
public sealed class ChartValidationTests : IDisposable
{
    private const string Chart = """
        charts:
          - slug: trade
            title: Trade against its target
            topic: security
            bars:
              - { figure: trade-target, label: Target }
        """;

    private readonly SeedFolder _folder = SeedFolder.CreateValid();

    public ChartValidationTests() =>
        _folder.Write("more-figures.yaml", """
            default_source: test-source
            figures:
              - slug: trade-today
                label: Trade today
                value: 2000000000
                unit: usd
                qualifier: approximate
                topic: security
                citations:
                  - quote: "raise bilateral trade"
              - slug: agreements-signed
                label: Agreements signed
                value: 8
                unit: count
                qualifier: exact
                topic: security
                citations:
                  - quote: "both sides signed eight agreements"
            """);

    [Fact]
    public void AChartIsBuiltFromFiguresInFilesReadAfterIt()
    {
        // charts.yaml comes before figures.yaml and more-figures.yaml in path order.
        _folder.Write("charts.yaml", Chart + "\n      - { figure: trade-today, label: Today }");

        var result = SeedCheck.Run(_folder.Path);

        Assert.True(result.Errors.Count == 0, result.Report);
        var chart = Assert.Single(result.Content!.Charts);
        Assert.Equal(("trade", "Trade against its target", "security", 0), (chart.Slug, chart.Title, chart.Topic.Slug, chart.Order));
        Assert.Equal([("trade-target", "Target", 0), ("trade-today", "Today", 1)], chart.Bars.Select(b => (b.Figure.Slug, b.Label, b.Order)));
    }

    [Fact]
    public void AnUnknownFigureIsAnUnknownReferenceAtItsBar()
    {
        _folder.Write("charts.yaml", Chart + "\n      - { figure: nothing, label: Nothing }");

        var error = Assert.Single(SeedCheck.Run(_folder.Path).Errors);

        Assert.Equal($"charts.yaml:{_folder.LineOf("charts.yaml", "figure: nothing")}: unknown figure 'nothing'", error.ToString());
        Assert.True(error.IsUnknownReference);
    }

    [Fact]
    public void AChartCannotMixUnits()
    {
        _folder.Write("charts.yaml", Chart + "\n      - { figure: agreements-signed, label: Agreements }");

        var error = Assert.Single(SeedCheck.Run(_folder.Path).Errors);

        Assert.Equal("charts.yaml:2: chart 'trade' mixes units (usd, count); a chart compares like with like on one scale", error.ToString());
    }

    [Fact]
    public void AChartDrawsOnlyFiguresOfItsOwnTopic()
    {
        _folder.Write("more-topics.yaml", """
            default_source: test-source
            topics:
              - slug: trade
                title: Trade
                summary: Trade.
                order: 2
                sections: [irans-soft-power]
                overview:
                  - text: Trade is to grow.
                    citations:
                      - quote: "committing to raise bilateral trade"
            """);
        _folder.Write("charts.yaml", Chart.Replace("topic: security", "topic: trade", StringComparison.Ordinal));

        var error = Assert.Single(SeedCheck.Run(_folder.Path).Errors);

        Assert.Equal(
            $"charts.yaml:{_folder.LineOf("charts.yaml", "figure: trade-target")}: chart 'trade': figure 'trade-target' is on topic 'security', not 'trade'; a topic page charts only its own figures",
            error.ToString());
    }

    [Fact]
    public void AFigureIsDrawnOncePerChartButMayBeInSeveralCharts()
    {
        _folder.Write("charts.yaml", Chart + "\n      - { figure: trade-target, label: Again }\n"
            + Chart.Replace("charts:\n", "", StringComparison.Ordinal).Replace("slug: trade", "slug: target-again", StringComparison.Ordinal));

        var result = SeedCheck.Run(_folder.Path);

        Assert.Equal($"charts.yaml:{_folder.LineOf("charts.yaml", "label: Again")}: chart 'trade': figure 'trade-target' is in it twice", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void AChartNeedsASlugUsedOnceATitleATopicAndBars()
    {
        _folder.Write("charts.yaml", Chart + """

              - slug: trade
                title: The same slug
                topic: security
                bars: [{ figure: trade-target, label: Target }]
              - slug: empty
            """);

        var result = SeedCheck.Run(_folder.Path);

        Assert.Equal(
            [
                "charts.yaml:7: chart slug 'trade' is used twice",
                "charts.yaml:11: missing 'title'",
                "charts.yaml:11: a topic reference is empty",
                "charts.yaml:11: chart 'empty' has no bars: list its figures under 'bars'",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task TheImportStoresChartsAndThePagesReadThemInSeedOrder()
    {
        _folder.Write("charts.yaml", Chart + "\n" + Chart.Replace("charts:\n", "", StringComparison.Ordinal)
            .Replace("slug: trade", "slug: agreements", StringComparison.Ordinal)
            .Replace("trade-target, label: Target", "agreements-signed, label: Signed", StringComparison.Ordinal));
        using var database = new TestDatabase();

        var result = await database.Importer().ImportAsync(_folder.Path);

        Assert.True(result.Status == ImportStatus.Imported, string.Join(Environment.NewLine, result.Errors));
        await using var db = database.CreateContext();
        var charts = await FigureCharts.ListAsync(db);
        Assert.Equal(["trade", "agreements"], charts.Select(c => c.Slug));
        Assert.Equal([new ChartEntry("trade-target", "Target")], charts[0].Entries);
        Assert.Equal(["trade", "agreements"], (await FigureCharts.ForTopicAsync(db, "security")).Select(c => c.Slug));
        Assert.Empty(await FigureCharts.ForTopicAsync(db, "trade"));
    }

    public void Dispose() => _folder.Dispose();
}
