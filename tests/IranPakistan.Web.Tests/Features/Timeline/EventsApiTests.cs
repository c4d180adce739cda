using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IranPakistan.Web.Features.Timeline;
using IranPakistan.Web.Shared.Dates;
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
        var expected = await factory.QueryAsync(async db => (await db.Events.ToListAsync()).InTimelineOrder().Select(e => e.Slug).ToList());

        var events = (await factory.Client.GetFromJsonAsync<Page<EventItem>>("/api/events?pageSize=500"))?.Items;

        Assert.NotNull(events);
        Assert.Equal(expected, events.Select(e => e.Slug));
        var treasury = events.Single(e => e.Slug == "us-treasury-blacklists-zeynabiyoun");
        Assert.Equal(("month", "2019-01", "January 2019"), (treasury.Date.Precision, treasury.Date.Iso, treasury.Date.Text));
        var network = events.Single(e => e.Slug == "quds-force-network-support");
        Assert.Equal(("approximate", null, "Since the early 2000s"), (network.Date.Precision, network.Date.Iso, network.Date.Text));
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
        Assert.Equal(expected, events!.Select(e => e.Slug));
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
        Assert.Equal("joint-call-sco-afghanistan-contact-group", ev.Next?.Slug);
    }

    [Fact]
    public async Task UnknownEventAnswers404Problem()
    {
        var response = await factory.Client.GetAsync("/api/events/no-such-event");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private sealed record DateItem(string Start, string? End, string Precision, string? Iso, string Text);

    private sealed record CitationItem(string Source, int Paragraph, string Quote, string Url);

    private sealed record Page<T>(List<T> Items, int Total);

    private sealed record EventItem(string Slug, string Title, string Kind, string? Episode, DateItem Date, List<CitationItem> Citations, string Url);

    private sealed record LinkItem(string Slug, string Title, string Url);

    private sealed record EventDetail(EventItem Event, List<string> Agreements, List<LinkItem> Related, LinkItem? Previous, LinkItem? Next);
}
