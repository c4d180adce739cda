using Bunit;
using Bunit.TestDoubles;
using IranPakistan.Web.Data;
using IranPakistan.Web.Features.Timeline;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Features.Timeline;

/// <summary>
/// The timeline's island: only the filter form and the notice. Live, a change loads the new URL at
/// once (a full load of the cached page; its static list is <see cref="TimelineListTests"/>).
/// </summary>
public sealed class TimelineExplorerTests : ExplorerTestContext
{
    private readonly CountingFactory _db = new(new MiniTimeline());

    public TimelineExplorerTests()
    {
        Services.AddSingleton<IDbContextFactory<AppDbContext>>(_db);
        Services.AddScoped<TimelineQueries>();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void ChoosingAKindPushesTheNewUrlAndUpdatesTheForm()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, TimelineFilter.None));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#filter-kind")));

        cut.Find("#filter-kind").Change("strike");

        cut.WaitForAssertion(() => Assert.Equal("http://localhost/timeline?kind=strike", navigation.Uri));
        var load = Assert.Single(navigation.History);
        Assert.False(load.Options.ReplaceHistoryEntry);
        // No router runs in the circuit: only a real page load shows the new list.
        Assert.True(load.Options.ForceLoad);
        // The other facets now count against "kind=strike": the two strikes are in January 2024.
        Assert.Equal("January 2024 strikes (2)", cut.Find("#filter-episode option[value=january-2024-strikes]").TextContent);
    }

    [Fact]
    public void ChangingASecondFilterKeepsTheFirstInTheUrl()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, new TimelineFilter(Topic: "security")));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#filter-from")));

        cut.Find("#filter-from").Change("2024-01-16");

        cut.WaitForAssertion(() => Assert.Equal("http://localhost/timeline?topic=security&from=2024-01-16", navigation.Uri));
        Assert.False(navigation.History.First().Options.ReplaceHistoryEntry);
    }

    [Fact]
    public void ChoosingTheAllOptionDropsThatFilterFromTheUrl()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, new TimelineFilter(Topic: "security", Episode: "january-2024-strikes")));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#filter-episode")));

        cut.Find("#filter-episode").Change("");

        cut.WaitForAssertion(() => Assert.Equal("http://localhost/timeline?topic=security", navigation.Uri));
    }

    [Fact]
    public void BadValuesAreListedInAnAlertAndTheFormKeepsTheGoodOnes()
    {
        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, new TimelineFilter(Topic: "no-such-topic", Kind: "strike", From: "2024-13")));

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[role=alert]")));
        var alert = cut.Find("[role=alert]").TextContent;
        Assert.Contains("no-such-topic", alert, StringComparison.Ordinal);
        Assert.Contains("2024-13", alert, StringComparison.Ordinal);
        Assert.Equal("strike", cut.Find("#filter-kind option[selected]").GetAttribute("value"));
        Assert.Equal("", cut.Find("#filter-topic option[selected]").GetAttribute("value"));
    }

    [Fact]
    public void AnInvalidDateTypedInShowsTheAlertAndStillPushesTheUrl()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, TimelineFilter.None));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[role=alert]")));

        cut.Find("#filter-to").Change("2024-02-30");

        cut.WaitForAssertion(() => Assert.Contains("2024-02-30", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Equal("http://localhost/timeline?to=2024-02-30", navigation.Uri);
    }

    [Fact]
    public void TheIslandHoldsOnlyTheFormAndTheNotice()
    {
        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, new TimelineFilter(Kind: "picnic", Episode: "january-2024-strikes")));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("form.filters")));

        Assert.Empty(cut.FindAll("article.event"));
        Assert.Empty(cut.FindAll("[role=status]"));
        Assert.Empty(cut.FindAll("a.chip"));
        Assert.Empty(cut.FindAll(".empty"));
    }

    [Fact]
    public void NewParametersFromTheUrlReplaceTheShownState()
    {
        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, TimelineFilter.None));
        cut.WaitForAssertion(() => Assert.Equal("", cut.Find("#filter-actor option[selected]").GetAttribute("value")));

        // What the back button or a chip does: the page renders again with that URL's state.
        cut.Render(p => p.Add(x => x.Filter, new TimelineFilter(Actor: "jaish-al-adl", From: "2024")));

        cut.WaitForAssertion(() => Assert.Equal("jaish-al-adl", cut.Find("#filter-actor option[selected]").GetAttribute("value")));
        Assert.Equal("2024", cut.Find("#filter-from").GetAttribute("value"));
        // Counts follow the new state too: one strike by Jaish al-Adl's side.
        Assert.Equal("Strike (1)", cut.Find("#filter-kind option[value=strike]").TextContent);
    }

    [Fact]
    public async Task TheStaticRenderShowsWhatThePageComputedWithoutQueryingAgain()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var filter = new TimelineFilter(Kind: "strike");
        var result = await Services.GetRequiredService<TimelineQueries>().FilterAsync(filter);
        var queries = _db.Created;

        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, filter).Add(x => x.Result, result));

        Assert.Equal(queries, _db.Created);
        Assert.Equal("strike", cut.Find("#filter-kind option[selected]").GetAttribute("value"));
        Assert.Null(cut.Find(".explorer").GetAttribute("data-interactive"));
        Assert.Equal("get", cut.Find("form.filters").GetAttribute("method"));
    }

    [Fact]
    public void LiveItSaysSoForIslandsJsAndTests()
    {
        var cut = Render<TimelineExplorer>(p => p.Add(x => x.Filter, TimelineFilter.None));

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".explorer").GetAttribute("data-interactive")));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _db.Dispose();
        }
    }

    /// <summary>The mini timeline, counting how often a query opens the database.</summary>
    private sealed class CountingFactory(MiniTimeline inner) : IDbContextFactory<AppDbContext>, IDisposable
    {
        private int _created;

        public int Created => Volatile.Read(ref _created);

        public AppDbContext CreateDbContext()
        {
            Interlocked.Increment(ref _created);
            return inner.CreateDbContext();
        }

        public void Dispose() => inner.Dispose();
    }
}
