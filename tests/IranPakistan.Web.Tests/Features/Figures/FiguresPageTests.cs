using IranPakistan.Web.Shared.Charts;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Features.Figures;

/// <summary>/figures and the charts on topic pages, over the real seeds.</summary>
public sealed class FiguresPageTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{

    [Fact]
    public async Task FiguresPageDrawsEveryChartWithACitedTable()
    {
        var charts = await factory.QueryAsync(db => FigureCharts.ListAsync(db));

        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Figures));

        Assert.Equal("Figures", page.QuerySelector("h1")?.TextContent.Trim());
        foreach (var chart in charts)
        {
            var figure = page.GetElementById($"chart-{chart.Slug}");
            Assert.NotNull(figure);
            Assert.Equal(chart.Entries.Count, figure.QuerySelectorAll("svg.chart__svg rect.mark").Length);
            var rows = figure.QuerySelectorAll("table.figures tbody tr");
            Assert.Equal(chart.Entries.Count, rows.Length);
            Assert.All(rows, r => Assert.NotEmpty(r.QuerySelectorAll("a.cite[href^='/sources/iran-pakistan-relations?quote=']")));
        }
    }

    [Fact]
    public async Task FiguresPageListsEveryFigureTheSourceStates()
    {
        var figures = await factory.QueryAsync(db => db.Figures.Select(f => f.Slug).ToListAsync());

        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Figures));

        var listed = page.QuerySelectorAll("section[aria-labelledby='all-figures-heading'] tbody tr").Select(r => r.GetAttribute("data-figure"));
        Assert.Equal(figures.Order(), listed.Order());
    }

    [Fact]
    public async Task FiguresPageGroupsEachTopicUnderOneHeading()
    {
        var topicsWithFigures = await factory.QueryAsync(db => db.Topics.Where(t => db.Figures.Any(f => f.TopicId == t.Id))
            .OrderBy(t => t.Order).Select(t => t.Title).ToListAsync());

        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Figures));

        var headings = page.QuerySelectorAll("section[aria-labelledby='all-figures-heading'] h3").Select(h => h.TextContent.Trim());
        Assert.Equal(topicsWithFigures, headings);
    }

    [Fact]
    public async Task TradeTopicShowsItsChartsAndSoftPowerItsPilgrims()
    {
        var trade = await Html.ParseAsync(await factory.GetOkAsync(Urls.Topic("trade")));
        var softPower = await Html.ParseAsync(await factory.GetOkAsync(Urls.Topic("soft-power")));

        Assert.NotNull(trade.GetElementById("chart-trucks-through-mirjaveh"));
        Assert.NotNull(trade.GetElementById("chart-trade-target"));
        Assert.Null(trade.GetElementById("chart-pakistani-pilgrims"));
        Assert.NotNull(softPower.GetElementById("chart-pakistani-pilgrims"));
        Assert.DoesNotContain("hundreds of thousands", softPower.GetElementById("chart-pakistani-pilgrims")!.TextContent);
    }
}
