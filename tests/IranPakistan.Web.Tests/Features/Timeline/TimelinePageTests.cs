using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IranPakistan.Web.Features.Timeline;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Features.Timeline;

/// <summary>/timeline and /events/{slug} as a reader gets them, over the real seeds.</summary>
public sealed class TimelinePageTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Fact]
    public async Task AYearHeadingIsNoMorePreciseThanTheDatesUnderIt()
    {
        var page = await factory.GetPageAsync(Urls.Timeline);

        // "Since the early 2000s" is bounded 2000–2005: its group may not read as the year 2000 alone.
        var quds = page.QuerySelector(".event__title a[href='/events/quds-force-network-support']")!.Closest("section.year")!;
        Assert.Equal("2000–2005", quds.QuerySelector("h2")!.TextContent.Trim());
        // A year whose events all fall inside it keeps the plain year.
        var strike = page.QuerySelector(".event__title a[href='/events/iran-strike-jaish-al-adl-baluchistan']")!.Closest("section.year")!;
        Assert.Equal("2024", strike.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("a[href$='#" + strike.GetAttribute("aria-labelledby") + "']"), a => a.TextContent.Trim() == "2024");
    }


    [Fact]
    public async Task TimelineListsEveryEventInTimelineOrder()
    {
        var expected = await factory.QueryAsync(async db => (await db.Events.OrderBy(e => e.TimelineOrder).ToListAsync()).Select(e => Urls.Event(e.Slug)).ToList());

        var page = await factory.GetPageAsync(Urls.Timeline);

        Assert.Equal("Timeline", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(expected, EventLinks(page));
    }

    [Fact]
    public async Task AnEventFiledBeforeAnotherComesRightBeforeIt()
    {
        var links = EventLinks(await factory.GetPageAsync(Urls.Timeline));

        var visit = links.IndexOf(Urls.Event("raisi-visit-to-pakistan"));
        Assert.Equal(Urls.Event("pakistan-designates-zeynabiyoun-brigade"), links[visit - 1]);
    }

    [Theory]
    [InlineData("iran-strike-jaish-al-adl-baluchistan", "2024-01-16", "16 January [2024]")]
    [InlineData("us-treasury-blacklists-zeynabiyoun", "2019-01", "January 2019")]
    [InlineData("zeynabiyoun-brigade-organised", "2014", "2014")]
    [InlineData("raisi-visit-to-pakistan", "2024-04-22", "22–24 April 2024")]
    public async Task DatesAreMarkedUpNoMorePreciselyThanTheSourceGivesThem(string slug, string datetime, string text)
    {
        var page = await factory.GetPageAsync(Urls.Timeline);

        var time = page.QuerySelector($"#event-{slug} time");
        Assert.Equal(datetime, time?.GetAttribute("datetime"));
        Assert.Equal(text, time?.TextContent);
    }

    [Theory]
    [InlineData("quds-force-network-support", "Since the early 2000s")]
    [InlineData("pakistan-arrests-zeynabiyoun-militants", "After the January 2019 U.S. listing (date not given)")]
    [InlineData("pakistan-designates-zeynabiyoun-brigade", "Shortly before 22 April 2024")]
    [InlineData("iran-pakistan-recall-diplomatic-ties", "Between 16 and 26 January [2024] (day not given)")]
    [InlineData("us-withdrawal-from-afghanistan", "Date not given in the source")]
    [InlineData("doha-special-representatives-meeting", "February; the source gives no year")]
    public async Task VagueDatesShowTheSourcesWordsAndNoMadeUpDate(string slug, string words)
    {
        var page = await factory.GetPageAsync(Urls.Timeline);

        var card = page.QuerySelector($"#event-{slug}");
        Assert.NotNull(card);
        Assert.Null(card.QuerySelector("time"));
        Assert.Equal(words, card.QuerySelector(".date--vague, .date--none")?.TextContent);
    }

    [Fact]
    public async Task EachEventShowsItsActorsWithRolesPlacesTopicsAndCitations()
    {
        var page = await factory.GetPageAsync(Urls.Timeline);

        var card = page.QuerySelector("#event-iran-strike-jaish-al-adl-baluchistan")!;
        Assert.NotNull(card.QuerySelector(".tag[href='/timeline?kind=strike']"));
        Assert.Contains(card.QuerySelectorAll(".event-facts a"), a => a.GetAttribute("href") == Urls.Actor("jaish-al-adl"));
        Assert.Contains(card.QuerySelectorAll(".event-facts a"), a => a.GetAttribute("href") == Urls.Place("baluchistan"));
        Assert.Contains(card.QuerySelectorAll(".event-facts a"), a => a.GetAttribute("href") == Urls.Topic("security"));
        Assert.Contains(card.QuerySelectorAll(".event-facts .muted"), r => r.TextContent.StartsWith("— ", StringComparison.Ordinal));
        Assert.All(card.QuerySelectorAll("a.cite"), a => Assert.StartsWith(Urls.Source("iran-pakistan-relations") + "?quote=", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.NotEmpty(card.QuerySelectorAll("a.cite"));
    }

    [Fact]
    public async Task EpisodesAreGroupedUnderTheirOwnHeading()
    {
        var page = await factory.GetPageAsync(Urls.Timeline);

        var episode = page.QuerySelectorAll("section.episode").Single(s => s.QuerySelector("h3")?.TextContent.Trim() == "April 2024 visit");
        var slugs = episode.QuerySelectorAll(".event__title a").Select(a => a.GetAttribute("href")).ToList();
        var expected = await factory.QueryAsync(db => db.Events.Where(e => e.Episode == "april-2024-visit").CountAsync());
        Assert.Equal(expected, slugs.Count);
        Assert.Contains(Urls.Event("raisi-visit-to-pakistan"), slugs);
    }

    [Theory]
    [InlineData("topic=kashmir")]
    [InlineData("actor=jaish-al-adl")]
    [InlineData("place=doha")]
    [InlineData("kind=statement")]
    [InlineData("episode=january-2024-strikes")]
    [InlineData("from=2024-04&to=2024-04")]
    [InlineData("topic=security&actor=iran&kind=strike&from=2024-01&to=2024-01-31")]
    public async Task TheFormAndLinksEmitTheSameStateTheUrlGave(string query)
    {
        var filter = TimelineFilter.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
        using var scope = factory.Services.CreateScope();
        var expected = (await scope.ServiceProvider.GetRequiredService<TimelineQueries>().FilterAsync(filter))
            .Events.Select(e => Urls.Event(e.Slug)).ToList();

        var page = await factory.GetPageAsync($"/timeline?{query}");

        Assert.Equal(expected, EventLinks(page));
        Assert.NotEmpty(expected);
        Assert.Null(page.QuerySelector("[role=alert]"));

        // The GET form, submitted as it stands, asks for exactly the same state.
        var form = (IHtmlFormElement)page.QuerySelector("form.filters")!;
        Assert.Equal("get", form.Method, ignoreCase: true);
        var submitted = form.Elements.OfType<IHtmlSelectElement>().Select(s => (Name: s.Name ?? "", Value: (string?)s.Value))
            .Concat(form.Elements.OfType<IHtmlInputElement>().Select(i => (Name: i.Name ?? "", Value: (string?)i.Value)));
        var fromForm = TimelineFilter.Parse(submitted.Select(p => KeyValuePair.Create(p.Name, new Microsoft.Extensions.Primitives.StringValues(p.Value))));
        Assert.Equal(filter, fromForm);

        // Each "remove" chip drops its own filter and keeps the others, in the canonical order.
        foreach (var chip in page.QuerySelectorAll("a.chip"))
        {
            var href = chip.GetAttribute("href")!;
            var state = TimelineFilter.Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + href).Query));
            Assert.Equal(href, state.ToUri());
            Assert.Single(TimelineFilter.Keys, k => filter[k] is not null && state[k] is null);
        }

        Assert.Equal(TimelineFilter.Keys.Count(k => filter[k] is not null), page.QuerySelectorAll("a.chip").Length);
    }

    [Fact]
    public async Task SelectOptionsShowCountsAgainstTheOtherFilters()
    {
        var page = await factory.GetPageAsync(new TimelineFilter(Episode: "january-2024-strikes").ToUri());

        var strike = page.QuerySelector("#filter-kind option[value=strike]")?.TextContent;
        var strikes = await factory.QueryAsync(db => db.Events.CountAsync(e => e.Episode == "january-2024-strikes" && e.Kind == "strike"));
        Assert.Equal($"Strike ({strikes})", strike);
        var total = await factory.QueryAsync(db => db.Events.CountAsync());
        Assert.Equal($"All episodes ({total})", page.QuerySelector("#filter-episode option[value='']")?.TextContent);
        Assert.NotNull(page.QuerySelector("#filter-episode option[value=january-2024-strikes][selected]"));
    }

    [Fact]
    public async Task AnEmptyResultSaysSoAndLinksToTheWholeTimeline()
    {
        var page = await factory.GetPageAsync(new TimelineFilter(Topic: "kashmir", Kind: "strike").ToUri());

        Assert.Empty(EventLinks(page));
        Assert.Contains("No events match", page.QuerySelector(".empty")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Urls.Timeline, page.QuerySelector(".empty a")?.GetAttribute("href"));
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "topic=no-such-topic", "no-such-topic" },
        { "actor=nobody", "nobody" },
        { "kind=picnic", "picnic" },
        { "episode=march-2024", "march-2024" },
        { "place=atlantis", "atlantis" },
        { "from=2024-13", "2024-13" },
        { "from=abc", "abc" },
        { "from=2025&to=2024", "2025" },
        { "to=2024-02-30", "2024-02-30" },
        { "topic=" + new string('x', 5000), "too long" },
        { "topic=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "<script>alert(1)</script>" },
        { "from=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "<script>alert(1)</script>" },
        { "from=%D9%A2%D9%A0%D9%A2%D9%A4", "٢٠٢٤" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task BadValuesGetAMessageAndTheRestOfThePageStillWorks(string query, string echoed)
    {
        var response = await factory.Client.GetAsync($"/timeline?{query}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(html);
        var alert = page.QuerySelector("[role=alert]");
        Assert.NotNull(alert);
        Assert.Contains(echoed, alert.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.NotEmpty(EventLinks(page));
    }

    // The interactive island is only the form and the notice: the list (~1,100 elements) is static,
    // so connecting the circuit does not rebuild it. The island keeps one key across navigations.
    [Theory]
    [InlineData("/timeline")]
    [InlineData("/timeline?episode=january-2024-strikes&kind=strike")]
    [InlineData("/timeline?from=bad")]
    public async Task OnlyTheFilterFormAndItsNoticeAreAnIsland(string url)
    {
        var page = await factory.GetPageAsync(url);

        var island = page.QuerySelector("div.island[data-island=timeline-filters]");
        Assert.NotNull(island);
        Assert.NotNull(island!.QuerySelector("form.filters[method=get]"));
        Assert.Equal(page.QuerySelectorAll("[role=alert]").Length, island.QuerySelectorAll("[role=alert]").Length);
        Assert.Empty(island.QuerySelectorAll("article.event, section.year, [role=status], a.chip, .empty"));
        Assert.NotNull(page.QuerySelector("main p.summary__count[role=status]"));
        Assert.NotEmpty(EventLinks(page));
        // What the live island starts from: the page's filter, as JSON.
        using var parameters = System.Text.Json.JsonDocument.Parse(island.GetAttribute("data-params")!);
        var filter = parameters.RootElement.GetProperty("Filter");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + url).Query);
        foreach (var key in TimelineFilter.Keys)
        {
            var expected = query.TryGetValue(key, out var v) ? v.ToString() : null;
            Assert.Equal(expected, filter.TryGetProperty(key, out var p) ? p.GetString() : null);
        }
    }

    [Fact]
    public async Task TheOverviewIsNamedAndEveryDatedEventHasAMarkLinkingToIt()
    {
        // An event the source does not date has no place on a date axis: it is not drawn, and the caption says so.
        var events = await factory.QueryAsync(db => db.Events.ToListAsync());
        var slugs = events.Where(e => PartialDate.Of(e).OrderKey.Day is not null).Select(e => e.Slug).ToList();
        Assert.Contains(events, e => !slugs.Contains(e.Slug));

        var page = await factory.GetPageAsync(Urls.Timeline);

        var overview = page.QuerySelector("figure.overview")!;
        var caption = page.GetElementById(overview.GetAttribute("aria-labelledby")!);
        Assert.False(string.IsNullOrWhiteSpace(caption?.TextContent));
        var marks = overview.QuerySelectorAll("svg a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(slugs.Select(s => Urls.Event(s)).Order(), marks.Order());
        Assert.All(overview.QuerySelectorAll("svg a"), a => Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("aria-label"))));
        Assert.Equal(2, overview.QuerySelectorAll("svg").Length);
        Assert.Contains($"{events.Count - slugs.Count} events the source does not date are not drawn", caption!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Urls.Event("us-withdrawal-from-afghanistan"), marks);
    }

    [Fact]
    public async Task EveryEventPageAnswersWithItsTitle()
    {
        var events = await factory.QueryAsync(db => db.Events.Select(e => new { e.Slug, e.Title }).ToListAsync());
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            var page = await factory.GetPageAsync(Urls.Event(e.Slug));
            Assert.Equal(e.Title, page.QuerySelector("h1")?.TextContent.Trim());
            Assert.NotEmpty(page.QuerySelectorAll(".citations blockquote"));
            Assert.EndsWith(Urls.Event(e.Slug), ((IHtmlInputElement)page.QuerySelector("#permalink")!).Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EventPageShowsAgreementsItProducedAndItsNeighbours()
    {
        var slugs = await factory.QueryAsync(db => db.Agreements.Where(a => a.Event!.Slug == "eight-agreements-signed").Select(a => a.Slug).ToListAsync());
        var agreements = slugs.Select(Urls.Agreement).ToList();
        Assert.NotEmpty(agreements);

        var page = await factory.GetPageAsync(Urls.Event("eight-agreements-signed"));

        var links = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(agreements, a => Assert.Contains(a, links));
        Assert.Equal(Urls.Event("raisi-nawaz-peace-and-friendship-border"), page.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal(Urls.Event("us-withdrawal-from-afghanistan"), page.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("section[aria-labelledby=related-heading] a"), a => a.GetAttribute("href") == Urls.Event("raisi-visit-to-pakistan"));
        Assert.NotNull(page.QuerySelector("a[href='/timeline?episode=april-2024-visit']"));
    }

    [Fact]
    public async Task EventPlacesLinkToTheMapCentredOnThem()
    {
        var places = await factory.QueryAsync(db => db.Events.Where(e => e.Places.Any()).Select(e => new { e.Slug, Places = e.Places.Select(p => p.Slug).ToList() }).ToListAsync());
        Assert.NotEmpty(places);
        var timeline = await factory.GetPageAsync(Urls.Timeline);

        foreach (var e in places)
        {
            var page = await factory.GetPageAsync(Urls.Event(e.Slug));
            var mapLinks = page.QuerySelectorAll(".event-facts a.map-link").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(e.Places.Select(p => Urls.MapPlace(p)).Order(), mapLinks.Order());
            Assert.All(mapLinks, href => Assert.NotNull(timeline.QuerySelector($"a.map-link[href='{href}']")));
        }
    }

    [Theory]
    [InlineData("/events/no-such-event")]
    [InlineData("/events/%3Cscript%3E")]
    public async Task UnknownEventsAnswer404(string url)
    {
        var response = await factory.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePageListsTheFiveLatestDatedEvents()
    {
        var page = await factory.GetPageAsync(Urls.Home);

        var section = page.QuerySelector("section[aria-labelledby=latest-heading]")!;
        var links = section.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(5, links.Count);
        Assert.Equal(Urls.Event("raisi-visit-to-pakistan"), links[0]);
        Assert.All(section.QuerySelectorAll("li"), li => Assert.NotNull(li.QuerySelector("time")));
    }

    [Theory]
    [InlineData("/topics/security", "/timeline?topic=security")]
    [InlineData("/actors/iran", "/timeline?actor=iran")]
    [InlineData("/places/doha", "/timeline?place=doha")]
    public async Task TopicActorAndPlacePagesLinkToTheirFilteredTimeline(string url, string timeline)
    {
        var page = await factory.GetPageAsync(url);

        Assert.NotNull(page.QuerySelector($"a[href='{timeline}']"));
        Assert.NotEmpty(EventLinks(await factory.GetPageAsync(timeline)));
    }

    /// <summary>The events the filters matched (those that only may fall in the period are listed apart, not counted).</summary>
    private static List<string> EventLinks(IDocument page) =>
        page.QuerySelectorAll("section.year:not(.year--possible) .event__title a").Select(a => a.GetAttribute("href") ?? "").ToList();
}
