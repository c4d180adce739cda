using Bunit;
using Bunit.TestDoubles;
using IranPakistan.Web.Components.Pages.Timeline;
using IranPakistan.Web.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Components.Pages.Timeline;

/// <summary>The interactive island: a change filters the list at once and moves the URL with it.</summary>
public sealed class TimelineExplorerTests : BunitContext
{
    private readonly MiniTimeline _db = new();

    public TimelineExplorerTests()
    {
        Services.AddSingleton<IDbContextFactory<AppDbContext>>(_db);
        Services.AddScoped<TimelineQueries>();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void ChoosingAKindFiltersTheListAndPushesTheNewUrl()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, TimelineFilter.None));
        cut.WaitForAssertion(() => Assert.Equal(MiniTimeline.Order.Length, EventLinks(cut).Count));

        cut.Find("#filter-kind").Change("strike");

        cut.WaitForAssertion(() => Assert.Equal(["/events/second-strike", "/events/iran-strike"], EventLinks(cut)));
        Assert.Equal("http://localhost/timeline?kind=strike", navigation.Uri);
        Assert.False(navigation.History.First().Options.ReplaceHistoryEntry);
        Assert.Contains("2 of 7 events match", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangingASecondFilterKeepsTheFirstInTheUrl()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, new TimelineFilter(Topic: "security")));
        cut.WaitForAssertion(() => Assert.Equal(5, EventLinks(cut).Count));

        cut.Find("#filter-from").Change("2024-01-16");

        cut.WaitForAssertion(() => Assert.Equal(4, EventLinks(cut).Count));
        Assert.Equal("http://localhost/timeline?topic=security&from=2024-01-16", navigation.Uri);
    }

    [Fact]
    public void RemovingAFilterChipShowsEverythingAgain()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, new TimelineFilter(Episode: "january-2024-strikes")));
        cut.WaitForAssertion(() => Assert.Equal(4, EventLinks(cut).Count));

        cut.Find("a.chip").Click();

        cut.WaitForAssertion(() => Assert.Equal(MiniTimeline.Order.Length, EventLinks(cut).Count));
        Assert.Equal("http://localhost/timeline", navigation.Uri);
    }

    [Fact]
    public void ClickingAnEventsKindNarrowsToThatKind()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, TimelineFilter.None));
        cut.WaitForAssertion(() => Assert.NotEmpty(EventLinks(cut)));

        cut.Find("#event-visit-april a.tag").Click();

        cut.WaitForAssertion(() => Assert.Equal(["/events/visit-april"], EventLinks(cut)));
        Assert.Equal("http://localhost/timeline?kind=visit", navigation.Uri);
    }

    [Fact]
    public void AnEmptyResultSaysSoAndOffersToClearTheFilters()
    {
        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, new TimelineFilter(Topic: "trade", Kind: "strike")));

        cut.WaitForAssertion(() => Assert.Contains("No events match", cut.Find(".empty").TextContent, StringComparison.Ordinal));
        Assert.Equal("/timeline", cut.Find(".empty a").GetAttribute("href"));
    }

    [Fact]
    public void NewParametersFromTheUrlReplaceTheShownState()
    {
        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, TimelineFilter.None));
        cut.WaitForAssertion(() => Assert.Equal(MiniTimeline.Order.Length, EventLinks(cut).Count));

        // What the back button does: the page renders again with the earlier URL's state.
        cut.Render(p => p.Add(x => x.Filter, new TimelineFilter(Actor: "jaish-al-adl")));

        cut.WaitForAssertion(() => Assert.Equal(["/events/iran-strike"], EventLinks(cut)));
        Assert.Equal("jaish-al-adl", cut.Find("#filter-actor option[selected]").GetAttribute("value"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _db.Dispose();
        }
    }

    private static List<string?> EventLinks(IRenderedComponent<TimelineExplorer> cut) =>
        cut.FindAll(".event__title a").Select(a => a.GetAttribute("href")).ToList();
}
