using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IranPakistan.Web.Features.Timeline;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Features.Timeline;

/// <summary>/api/events: the timeline as JSON, with the page's filters and its validation.</summary>
public sealed class EventsApiTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{

    [Fact]
    public async Task ListsEveryEventInTimelineOrderWithPrecisionCutDates()
    {
        var expected = await factory.QueryAsync(async db => await db.Events.OrderBy(e => e.TimelineOrder).Select(e => e.Slug).ToListAsync());

        var events = (await factory.Client.GetFromJsonAsync<Page<EventItem>>("/api/events?pageSize=500"))?.Items;

        Assert.NotNull(events);
        Assert.Equal(expected, events.Select(e => e.Slug));
        var treasury = events.Single(e => e.Slug == "us-treasury-blacklists-zeynabiyoun");
        Assert.Equal(("month", "2019-01", "January 2019"), (treasury.Date.Precision, treasury.Date.Iso, treasury.Date.Text));
        Assert.Equal(("2019-01-01", "2019-01-31"), (treasury.Date.Earliest, treasury.Date.Latest));
        var network = events.Single(e => e.Slug == "quds-force-network-support");
        Assert.Equal(("approximate", null, "Since the early 2000s"), (network.Date.Precision, network.Date.Iso, network.Date.Text));
        Assert.All(events, e => Assert.Null(e.DateMatch));
        Assert.All(events, e => Assert.Equal(Urls.Event(e.Slug), e.Url));
        Assert.All(events, e => Assert.NotEmpty(e.Citations));
    }

    [Theory]
    [InlineData("kind=strike")]
    [InlineData("episode=april-2024-visit&topic=trade")]
    [InlineData("actor=iran&from=2024-02&to=2024-04")]
    [InlineData("place=doha")]
    public async Task FiltersLikeThePage(string query)
    {
        using var scope = factory.Services.CreateScope();
        var filter = TimelineFilter.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
        var expected = (await scope.ServiceProvider.GetRequiredService<TimelineQueries>().FilterAsync(filter)).Events.Select(e => e.Slug).ToList();

        var events = (await factory.Client.GetFromJsonAsync<Page<EventItem>>($"/api/events?{query}&pageSize=500"))?.Items;

        Assert.NotEmpty(expected);
        Assert.Equal(expected, events!.Where(e => e.DateMatch != "may-fall-inside").Select(e => e.Slug));
    }

    [Theory]
    [InlineData("topic=nope", "topic")]
    [InlineData("from=2024-13", "from")]
    [InlineData("from=abc&kind=picnic", "from,kind")]
    [InlineData("from=2025&to=2024", "to")]
    [InlineData("actor=%3Cscript%3E", "actor")]
    public async Task BadValuesAnswer400ProblemListingEachOne(string query, string keys)
    {
        var response = await factory.Client.GetAsync($"/api/events?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order();
        Assert.Equal(keys.Split(','), errors);
    }

    [Fact]
    public async Task OneEventCarriesItsAgreementsAndNeighbours()
    {
        var ev = await factory.Client.GetFromJsonAsync<EventDetail>("/api/events/eight-agreements-signed");

        Assert.NotNull(ev);
        Assert.Equal("eight-agreements-signed", ev.Event.Slug);
        Assert.NotEmpty(ev.Agreements);
        Assert.Equal("raisi-nawaz-peace-and-friendship-border", ev.Previous?.Slug);
        Assert.Equal("us-withdrawal-from-afghanistan", ev.Next?.Slug);
    }

    [Fact]
    public async Task UnknownEventAnswers404Problem()
    {
        var response = await factory.Client.GetAsync("/api/events/no-such-event");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DatesSayTheirPrecisionSpanAndWhetherTheYearIsInferred()
    {
        var events = (await factory.Client.GetFromJsonAsync<Page<EventItem>>("/api/events?pageSize=500"))!.Items.ToDictionary(e => e.Slug);

        // "On January 16": no year in the source, so it is inferred, marked and explained.
        var strike = events["iran-strike-jaish-al-adl-baluchistan"].Date;
        Assert.Equal(("day", "2024-01-16", "2024-01-16", true, "16 January [2024]"), (strike.Precision, strike.Earliest, strike.Latest, strike.YearInferred, strike.Text));
        Assert.False(string.IsNullOrWhiteSpace(strike.YearNote));
        // "Shortly before President Ebrahim Raisi's visit": by the visit's first day, no earlier bound, never a day.
        var designation = events["pakistan-designates-zeynabiyoun-brigade"].Date;
        Assert.Equal(("relative", null, "2024-04-22", null), (designation.Precision, designation.Earliest, designation.Latest, designation.Iso));
        Assert.Contains(designation.Relations, r => r.Relation == "before" && r.Event == "raisi-visit-to-pakistan");
        Assert.Equal("Shortly before 22 April 2024", designation.Text);
        // The withdrawal, the takeover, Iran's strikes on Israel and the Doha meeting: no date in the source.
        foreach (var slug in new[] { "us-withdrawal-from-afghanistan", "taliban-takeover-of-afghanistan", "iran-strikes-on-israel", "doha-special-representatives-meeting" })
        {
            Assert.Equal(("undated", null, null), (events[slug].Date.Precision, events[slug].Date.Earliest, events[slug].Date.Latest));
        }

        Assert.False(events["doha-special-representatives-meeting"].Date.YearInferred);
    }

    [Theory]
    // The defects: undated events matched by December 2024; the withdrawal never by 2021 either
    // (the public record's date is an editor's note, which never feeds a filter).
    [InlineData("from=2024-12&to=2024-12", "", "")]
    [InlineData("from=2021&to=2021", "", "")]
    // 22 April: the visit's own range, what happened during it or shortly before it may fall on it; no day is claimed.
    [InlineData("from=2024-04-22&to=2024-04-22", "",
        "pakistan-designates-zeynabiyoun-brigade,raisi-visit-to-pakistan,raisi-offers-counter-terrorism-cooperation,raisi-nawaz-peace-and-friendship-border,eight-agreements-signed")]
    // "Between 16 and 26 January": possibly inside 17–25 January, not left out.
    [InlineData("from=2024-01-17&to=2024-01-25", "pakistan-strikes-saravan",
        "joint-naval-drills-january-2024,davos-high-level-meetings,iran-downplays-pakistani-strikes,both-sides-say-strikes-targeted-militants,iran-pakistan-recall-diplomatic-ties,ambassadors-resume-posts")]
    public async Task ADateFilterTellsCertainFromPossibleAndNeverMatchesTheUndated(string query, string inside, string mayFall)
    {
        var events = (await factory.Client.GetFromJsonAsync<Page<EventItem>>($"/api/events?{query}&pageSize=500"))!.Items;

        Assert.Equal(Split(inside), events.Where(e => e.DateMatch == "inside").Select(e => e.Slug));
        var possible = events.Where(e => e.DateMatch == "may-fall-inside").ToList();
        Assert.All(Split(mayFall), slug => Assert.Contains(slug, possible.Select(e => e.Slug)));
        // Anything else that may fall in the period is open-ended: "after" or "shortly before" an event,
        // with no other bound the source gives.
        Assert.All(possible.Where(e => !Split(mayFall).Contains(e.Slug)), e => Assert.True(e.Date.Earliest is null || e.Date.Latest is null, e.Slug));
        Assert.All(events, e => Assert.NotEqual("undated", e.Date.Precision));

        static string[] Split(string s) => s.Length == 0 ? [] : s.Split(',');
    }

    [Theory]
    // "After Pakistan's strikes of 18 January" has no end: possible in January, not in every later month.
    [InlineData("from=2024-04&to=2024-04", "iran-downplays-pakistani-strikes", "pakistan-designates-zeynabiyoun-brigade")]
    [InlineData("from=2024-02&to=2024-03", "both-sides-say-strikes-targeted-militants", "")]
    [InlineData("from=2024-01-20&to=2024-01-31", "", "iran-downplays-pakistani-strikes")]
    // "After the January 2019 U.S. listing": possible in 2019, not in 2020–2023.
    [InlineData("from=2020&to=2023", "pakistan-arrests-zeynabiyoun-militants", "")]
    [InlineData("from=2019&to=2019", "", "pakistan-arrests-zeynabiyoun-militants")]
    public async Task AnOpenEndedDateMayFallOnlyNearTheMomentItIsTiedTo(string query, string notListed, string mayFall)
    {
        var events = (await factory.Client.GetFromJsonAsync<Page<EventItem>>($"/api/events?{query}&pageSize=500"))!.Items;

        var possible = events.Where(e => e.DateMatch == "may-fall-inside").Select(e => e.Slug).ToList();
        if (notListed.Length > 0)
        {
            Assert.DoesNotContain(notListed, events.Select(e => e.Slug));
        }

        if (mayFall.Length > 0)
        {
            Assert.Contains(mayFall, possible);
        }
    }

    [Fact]
    public async Task AnOpenEndedDateIsCertainlyInAPeriodOpenOnTheSameSide()
    {
        var events = (await factory.Client.GetFromJsonAsync<Page<EventItem>>("/api/events?from=2024-01&pageSize=500"))!.Items;

        Assert.Equal("inside", events.Single(e => e.Slug == "iran-downplays-pakistani-strikes").DateMatch);
    }

    [Fact]
    public async Task UndatedEventsComeAfterEverythingDatedAndTheStrikesOnIsraelNoLongerComeFirst()
    {
        var events = (await factory.Client.GetFromJsonAsync<Page<EventItem>>("/api/events?pageSize=500"))!.Items;

        var firstUndated = events.FindIndex(e => e.Date.Earliest is null && e.Date.Latest is null);
        Assert.All(events.Skip(firstUndated), e => Assert.True(e.Date.Earliest is null && e.Date.Latest is null, e.Slug));
        Assert.True(events.FindIndex(e => e.Slug == "iran-strikes-on-israel") > events.FindIndex(e => e.Slug == "iranian-foreign-minister-visits-pakistan"));
        Assert.True(events.FindIndex(e => e.Slug == "taliban-takeover-of-afghanistan") > events.FindIndex(e => e.Slug == "us-withdrawal-from-afghanistan"));
        // "Shortly before" the visit sorts just ahead of it.
        Assert.Equal(events.FindIndex(e => e.Slug == "raisi-visit-to-pakistan") - 1, events.FindIndex(e => e.Slug == "pakistan-designates-zeynabiyoun-brigade"));
    }

    private sealed record RelationItem(string Relation, string Event);

    private sealed record DateItem(
        string Precision, string? Earliest, string? Latest, bool Extent, bool YearInferred, string? YearNote, string? Label,
        List<RelationItem> Relations, string? Iso, string Text);

    private sealed record CitationItem(string Source, int Paragraph, string Quote, string Url);

    private sealed record Page<T>(List<T> Items, int Total);

    private sealed record EventItem(string Slug, string Title, string Kind, string? Episode, DateItem Date, List<CitationItem> Citations, string Url, string? DateMatch);

    private sealed record LinkItem(string Slug, string Title, string Url);

    private sealed record EventDetail(EventItem Event, List<string> Agreements, List<LinkItem> Related, LinkItem? Previous, LinkItem? Next);
}
