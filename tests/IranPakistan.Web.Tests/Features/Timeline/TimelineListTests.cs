using Bunit;
using IranPakistan.Web.Data;
using IranPakistan.Web.Features.Timeline;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Features.Timeline;

/// <summary>
/// The page's static result: count, active filters, the empty message and the grouped events. Every
/// filter link is a plain link to the state it names (enhanced navigation patches the page in place).
/// </summary>
public sealed class TimelineListTests : ExplorerTestContext
{
    private readonly MiniTimeline _db = new();

    public TimelineListTests()
    {
        Services.AddSingleton<IDbContextFactory<AppDbContext>>(_db);
        Services.AddScoped<TimelineQueries>();
    }

    [Fact]
    public async Task WithoutFiltersItCountsAndListsEveryEventInOrder()
    {
        var cut = await RenderAsync(TimelineFilter.None);

        Assert.Equal($"All {MiniTimeline.Order.Length} events", cut.Find("[role=status]").TextContent.Trim());
        Assert.Equal(MiniTimeline.Order.Select(s => Urls.Event(s)), EventLinks(cut));
        Assert.Equal(["1989", "2000–2005", "2024", "Not dated in the source"], cut.FindAll("section.year h2").Select(h => h.TextContent));
        Assert.Empty(cut.FindAll(".chips"));
        Assert.Empty(cut.FindAll("a.clear"));
        Assert.Empty(cut.FindAll(".empty"));
    }

    [Fact]
    public async Task AFilteredListSaysHowManyOfAllMatch()
    {
        var cut = await RenderAsync(new TimelineFilter(Kind: "strike"));

        Assert.Equal("2 of 8 events match", cut.Find("[role=status]").TextContent.Trim());
        Assert.Equal([Urls.Event("second-strike"), Urls.Event("iran-strike")], EventLinks(cut));
    }

    [Fact]
    public async Task EachChipLinksToTheUrlWithoutItsFilter()
    {
        var cut = await RenderAsync(new TimelineFilter(Topic: "security", Kind: "strike", From: "2024-01"));

        var chips = cut.FindAll("ul[aria-label='Active filters'] a.chip");
        Assert.Equal(
            [
                ("Remove filter Topic: Security", "/timeline?kind=strike&from=2024-01"),
                ("Remove filter Kind: Strike", "/timeline?topic=security&from=2024-01"),
                ("Remove filter From 2024-01", "/timeline?topic=security&kind=strike"),
            ],
            chips.Select(a => (a.GetAttribute("aria-label"), a.GetAttribute("href"))));
        Assert.Equal(Urls.Timeline, cut.Find("a.clear").GetAttribute("href"));
        Assert.Equal("Clear filters", cut.Find("a.clear").TextContent);
    }

    [Fact]
    public async Task OnlyBadValuesStillOfferToClearThemButShowNoChips()
    {
        var cut = await RenderAsync(new TimelineFilter(Topic: "no-such-topic"));

        Assert.Equal($"All {MiniTimeline.Order.Length} events", cut.Find("[role=status]").TextContent.Trim());
        Assert.Empty(cut.FindAll("a.chip"));
        Assert.Equal(Urls.Timeline, cut.Find("a.clear").GetAttribute("href"));
    }

    [Fact]
    public async Task EventsThatOnlyMayFallInThePeriodAreCountedAndListedApart()
    {
        var cut = await RenderAsync(new TimelineFilter(From: "2024-04-23", To: "2024-04-23"));

        Assert.Equal("0 of 8 events match; 1 more may fall in this period", cut.Find("[role=status]").TextContent.Trim());
        var apart = cut.Find("section.year--possible");
        Assert.Equal("May fall in this period: 1", apart.QuerySelector("h2")!.TextContent);
        Assert.Equal(Urls.Event("visit-april"), apart.QuerySelector(".event__title a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnEmptyResultSaysSoAndOffersToClearTheFilters()
    {
        var cut = await RenderAsync(new TimelineFilter(Topic: "trade", Kind: "strike"));

        var empty = cut.Find("p.empty");
        Assert.Contains("No events match these filters.", empty.TextContent, StringComparison.Ordinal);
        Assert.Contains("to see all 8", empty.TextContent, StringComparison.Ordinal);
        var clear = empty.QuerySelector("a")!;
        Assert.Equal("Clear filters", clear.TextContent);
        Assert.Equal(Urls.Timeline, clear.GetAttribute("href"));
        Assert.Empty(EventLinks(cut));
        Assert.Equal("0 of 8 events match", cut.Find("[role=status]").TextContent.Trim());
    }

    [Fact]
    public async Task AnEventsKindTagLinksToThatKindKeepingTheOtherFilters()
    {
        var all = await RenderAsync(TimelineFilter.None);
        var tag = all.Find("#event-visit-april a.tag");
        Assert.Equal("Visit", tag.TextContent);
        Assert.Equal("/timeline?kind=visit", tag.GetAttribute("href"));

        var trade = await RenderAsync(new TimelineFilter(Topic: "trade"));
        Assert.Equal("/timeline?topic=trade&kind=visit", trade.Find("#event-visit-april a.tag").GetAttribute("href"));
    }

    [Fact]
    public async Task EpisodesAreGroupedUnderAHeadingWithLinksToThatEpisode()
    {
        var cut = await RenderAsync(new TimelineFilter(Topic: "security"));

        var episode = cut.Find("section.episode");
        Assert.Equal("January 2024 strikes", episode.GetAttribute("aria-label"));
        Assert.Equal("January 2024 strikes", episode.QuerySelector("summary h3")!.TextContent);
        Assert.Equal("/timeline?topic=security&episode=january-2024-strikes", episode.QuerySelector("a.episode__filter")!.GetAttribute("href"));
        Assert.Equal(Urls.Episode("january-2024-strikes"), episode.QuerySelector(".episode__links a")!.GetAttribute("href"));
        Assert.Equal(
            [Urls.Event("drills-january"), Urls.Event("warning-before"), Urls.Event("second-strike"), Urls.Event("iran-strike")],
            episode.QuerySelectorAll(".event__title a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task YearsAndEpisodesAreOpenDisclosuresWhoseSummariesHoldNoLink()
    {
        var cut = await RenderAsync(TimelineFilter.None);

        var groups = cut.FindAll("section.year details, section.episode details");
        Assert.NotEmpty(groups);
        // Open by default (nothing hidden without JavaScript), each with a heading as its summary.
        Assert.All(groups, d => Assert.True(d.HasAttribute("open")));
        Assert.All(groups, d => Assert.NotNull(d.QuerySelector(":scope > summary > h2, :scope > summary > h3")));
        Assert.Empty(cut.FindAll("summary a, summary button"));
        Assert.Equal(["year-1989", "year-2000", "year-2024", "year-undated"], cut.FindAll("section.year:not(.year--possible) summary h2").Select(h => h.Id));
    }

    [Fact]
    public async Task TheListIsStaticNoLinkHasAClickHandler()
    {
        var cut = await RenderAsync(new TimelineFilter(Topic: "security", Episode: "january-2024-strikes"));

        Assert.NotEmpty(cut.FindAll("a.chip"));
        Assert.DoesNotContain("blazor:on", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("__internal_", cut.Markup, StringComparison.Ordinal);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _db.Dispose();
        }
    }

    private async Task<IRenderedComponent<TimelineList>> RenderAsync(TimelineFilter filter)
    {
        var result = await Services.GetRequiredService<TimelineQueries>().FilterAsync(filter);
        return Render<TimelineList>(p => p.Add(x => x.Result, result));
    }

    private static List<string?> EventLinks(IRenderedComponent<TimelineList> cut) =>
        cut.FindAll(".event__title a").Select(a => a.GetAttribute("href")).ToList();
}
