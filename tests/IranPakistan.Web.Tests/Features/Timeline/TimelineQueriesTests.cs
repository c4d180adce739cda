using IranPakistan.Web.Features.Timeline;
using IranPakistan.Web.Shared.Facets;

namespace IranPakistan.Web.Tests.Features.Timeline;

/// <summary>Ordering, filters and facet counts over a hand-made timeline (see <see cref="MiniTimeline"/>).</summary>
public sealed class TimelineQueriesTests : IDisposable
{
    private readonly MiniTimeline _db = new();
    private readonly TimelineQueries _queries;

    public TimelineQueriesTests() => _queries = new TimelineQueries(_db);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task EventsComeInDateThenSortThenTitleOrderWhateverTheirPrecision()
    {
        var result = await _queries.FilterAsync(TimelineFilter.None);

        Assert.Equal(MiniTimeline.Order, result.Events.Select(e => e.Slug));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task EventsAreGroupedByYearAndThenIntoRunsOfOneEpisode()
    {
        var result = await _queries.FilterAsync(TimelineFilter.None);

        Assert.Equal([1989, 2000, 2024, null], result.Years.Select(y => y.Year));
        Assert.Equal(["undated-statement"], result.Years[^1].Runs.SelectMany(r => r.Events).Select(e => e.Slug));
        var runs = result.Years[2].Runs;
        Assert.Equal(["january-2024-strikes", null], runs.Select(r => r.Episode));
        Assert.Equal(["drills-january", "warning-before", "second-strike", "iran-strike"], runs[0].Events.Select(e => e.Slug));
    }

    public static TheoryData<TimelineFilter, string[]> SingleFilters => new()
    {
        { new(Topic: "trade"), ["network-2000s", "visit-april"] },
        { new(Actor: "jaish-al-adl"), ["iran-strike"] },
        { new(Place: "saravan"), ["iran-strike"] },
        { new(Kind: "strike"), ["second-strike", "iran-strike"] },
        { new(Episode: "january-2024-strikes"), ["drills-january", "warning-before", "second-strike", "iran-strike"] },
        // A date filter keeps only what certainly falls in the period: the whole span a date may fall on.
        { new(From: "2024-01-20"), ["visit-april"] },
        { new(To: "2024-01-15"), ["kashmir-1989", "network-2000s"] },
        { new(From: "2024-04-23", To: "2024-04-23"), [] },
        { new(From: "2000", To: "2000"), [] },
        { new(From: "2000", To: "2005"), ["network-2000s"] },
        { new(From: "1989-06"), ["network-2000s", "drills-january", "second-strike", "iran-strike", "visit-april"] },
        { new(From: "2024-02", To: "2024-03"), [] },
    };

    [Theory]
    [MemberData(nameof(SingleFilters))]
    public async Task EachFilterAloneKeepsOnlyTheEventsItNames(TimelineFilter filter, string[] expected)
    {
        var result = await _queries.FilterAsync(filter);

        Assert.Empty(result.Problems);
        Assert.Equal(expected, result.Events.Select(e => e.Slug));
    }

    public static TheoryData<TimelineFilter, string[]> MayFall => new()
    {
        // Those the period may or may not hold, apart: a month that runs past "from", a year that starts
        // before it, a "shortly before" with no earlier bound. Never the undated event.
        { new(From: "2024-01-20"), ["drills-january"] },
        { new(To: "2024-01-15"), ["drills-january", "warning-before"] },
        { new(From: "2024-04-23", To: "2024-04-23"), ["visit-april"] },
        // "Shortly before" a strike of January 2024 with no earlier bound: not offered for 2000 (docs/data-model.md,
        // "Open-ended dates stay near their anchor"), still for a period that reaches into January 2024.
        { new(From: "2000", To: "2000"), ["network-2000s"] },
        { new(From: "2023-06", To: "2023-12"), [] },
        { new(From: "2023-06", To: "2024-01-05"), ["drills-january", "warning-before"] },
        { new(From: "1989-06"), ["kashmir-1989", "warning-before"] },
        { new(From: "2024-02", To: "2024-03"), [] },
        { new(Topic: "trade"), [] },
    };

    [Theory]
    [MemberData(nameof(MayFall))]
    public async Task EventsThatOnlyMayFallInThePeriodAreListedApart(TimelineFilter filter, string[] expected)
    {
        var result = await _queries.FilterAsync(filter);

        Assert.Equal(expected, result.MayFall.Select(e => e.Slug));
        Assert.Empty(result.MayFall.Intersect(result.Events));
        Assert.DoesNotContain("undated-statement", result.MayFall.Concat(result.Events).Select(e => e.Slug));
    }

    public static TheoryData<TimelineFilter, string[]> CombinedFilters => new()
    {
        { new(Topic: "security", Actor: "iran", From: "2024"), ["drills-january", "iran-strike"] },
        { new(Kind: "strike", Actor: "pakistan"), ["second-strike"] },
        // "Shortly before" the strike with no earlier bound is certainly before 31 January.
        { new(Episode: "january-2024-strikes", To: "2024-01-31"), ["drills-january", "warning-before", "second-strike", "iran-strike"] },
        { new(Topic: "trade", Place: "karachi", Kind: "visit", From: "2024-04", To: "2024-04-30"), ["visit-april"] },
        { new(Topic: "trade", Kind: "strike"), [] },
    };

    [Theory]
    [MemberData(nameof(CombinedFilters))]
    public async Task FiltersCombineAsAnd(TimelineFilter filter, string[] expected)
    {
        var result = await _queries.FilterAsync(filter);

        Assert.Equal(expected, result.Events.Select(e => e.Slug));
    }

    [Fact]
    public async Task FacetCountsSayWhatEachChoiceWouldShowGivenTheOtherFilters()
    {
        var result = await _queries.FilterAsync(new TimelineFilter(Kind: "strike"));

        var topic = Facet(result, "topic");
        Assert.Equal(2, topic.AllCount);
        Assert.Equal(2, Count(topic, "security"));
        Assert.Equal(0, Count(topic, "trade"));

        // The kind facet ignores its own choice: it counts every kind.
        var kind = Facet(result, "kind");
        Assert.Equal(8, kind.AllCount);
        Assert.Equal(2, Count(kind, "strike"));
        Assert.Equal(1, Count(kind, "visit"));
        Assert.Equal("strike", kind.Selected);

        var actor = Facet(result, "actor");
        Assert.Equal(1, Count(actor, "jaish-al-adl"));
        Assert.Equal(1, Count(actor, "iran"));
    }

    [Fact]
    public async Task EachFacetCountMatchesTheResultOfChoosingIt()
    {
        var start = new TimelineFilter(Topic: "security", From: "2024");
        var result = await _queries.FilterAsync(start);

        foreach (var facet in result.Facets)
        {
            foreach (var option in facet.Options)
            {
                var chosen = await _queries.FilterAsync(start.With(facet.Key, option.Value));
                Assert.Equal(chosen.Events.Count, option.Count);
            }
        }
    }

    public static TheoryData<TimelineFilter, string> BadValues => new()
    {
        { new(Topic: "no-such-topic"), "topic" },
        { new(Actor: "nobody"), "actor" },
        { new(Place: "atlantis"), "place" },
        { new(Kind: "picnic"), "kind" },
        { new(Episode: "march-2024"), "episode" },
        { new(From: "2024-13"), "from" },
        { new(From: "abc"), "from" },
        { new(To: "2024-02-30"), "to" },
        { new(From: "2025", To: "2024"), "to" },
        { new(Topic: new string('x', 500)), "topic" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task BadValuesAreReportedAndIgnoredWhileTheRestStillApplies(TimelineFilter filter, string key)
    {
        var result = await _queries.FilterAsync(filter with { Kind = filter.Kind ?? "strike" });

        var problem = Assert.Single(result.Problems);
        Assert.Equal(key, problem.Key);
        Assert.Null(result.Applied[key]);
        var expected = key == "kind" ? MiniTimeline.Order.Length : 2;
        Assert.Equal(expected, result.Events.Count);
    }

    [Fact]
    public async Task EventPageModelHasNeighboursInTimelineOrderAndRelatedEvents()
    {
        var model = await _queries.GetAsync("second-strike");

        Assert.NotNull(model);
        Assert.Equal("warning-before", model.Previous?.Slug);
        Assert.Equal("iran-strike", model.Next?.Slug);
        Assert.Contains(model.Related, r => r.Event.Slug == "drills-january" && r.Reason.StartsWith("same episode", StringComparison.Ordinal));
        Assert.DoesNotContain(model.Related, r => r.Event.Slug == "second-strike");
    }

    [Fact]
    public async Task FirstAndLastEventsHaveNoPreviousOrNext()
    {
        Assert.Null((await _queries.GetAsync("kashmir-1989"))?.Previous);
        Assert.Null((await _queries.GetAsync("undated-statement"))?.Next);
        Assert.Null(await _queries.GetAsync("no-such-event"));
    }

    private static Facet Facet(TimelineResult result, string key) => result.Facets.Single(f => f.Key == key);

    private static int Count(Facet facet, string value) => facet.Options.Single(o => o.Value == value).Count;
}
