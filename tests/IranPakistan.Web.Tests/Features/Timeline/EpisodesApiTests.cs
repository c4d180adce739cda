using System.Net;
using System.Text.Json;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Features.Timeline;

/// <summary>/api/episodes: the episode pages as data, over the real seeds; each answer carries what its page shows.</summary>
public sealed class EpisodesApiTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    public static TheoryData<string> Slugs => new() { "january-2024-strikes", "april-2024-visit" };

    [Fact]
    public async Task ListsEveryEpisodeInStoryOrderWithItsEventsAgreementsAndSpan()
    {
        var expected = await factory.QueryAsync(async db =>
        {
            var events = await db.Events.Where(e => e.Episode != null).OrderBy(e => e.TimelineOrder).Select(e => new { e.Slug, e.Episode }).ToListAsync();
            var agreements = await db.Agreements.Where(a => a.Event != null && a.Event.Episode != null).Select(a => new { a.Slug, a.Event!.Episode }).ToListAsync();
            var episodes = await db.Episodes.Select(e => e.Slug).ToListAsync();
            return episodes.OrderBy(s => events.FindIndex(e => e.Episode == s)).Select(s => (
                Slug: s,
                Events: events.Where(e => e.Episode == s).Select(e => e.Slug).ToList(),
                Agreements: agreements.Where(a => a.Episode == s).Select(a => a.Slug).Order(StringComparer.Ordinal).ToList())).ToList();
        });

        using var list = JsonDocument.Parse(await factory.GetOkAsync(Urls.ApiEpisodes));
        var items = list.RootElement.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(expected.Count, list.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(expected.Select(e => e.Slug), items.Select(i => i.GetProperty("slug").GetString()));
        foreach (var (item, want) in items.Zip(expected))
        {
            Assert.Equal(want.Events, SlugsOf(item, "events"));
            Assert.Equal(want.Agreements, SlugsOf(item, "agreements").Order(StringComparer.Ordinal));
            Assert.Equal(Urls.Episode(want.Slug), item.GetProperty("url").GetString());
            Assert.Equal(Urls.ApiEpisode(want.Slug), item.GetProperty("apiUrl").GetString());
            Assert.NotEmpty(item.GetProperty("citations").EnumerateArray());
            Assert.All(item.GetProperty("events").EnumerateArray(), e =>
                Assert.Equal(Urls.ApiEvent(e.GetProperty("slug").GetString()!), e.GetProperty("apiUrl").GetString()));
        }

        // The span is the first and the last event's dates as the source gives them: the strikes from 16 to 29 January.
        var strikes = items.Single(i => i.GetProperty("slug").GetString() == "january-2024-strikes");
        Assert.Equal(("2024-01-16", "2024-01-29"), (strikes.GetProperty("start").GetProperty("iso").GetString(), strikes.GetProperty("end").GetProperty("iso").GetString()));
        // The visit's last events are dated only "during" it: no day of our own.
        var visit = items.Single(i => i.GetProperty("slug").GetString() == "april-2024-visit");
        Assert.Equal("relative", visit.GetProperty("end").GetProperty("precision").GetString());
        Assert.Equal(JsonValueKind.Null, visit.GetProperty("end").GetProperty("iso").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task OneEpisodeCarriesWhatItsPageShows(string slug)
    {
        var page = await factory.GetPageAsync(Urls.Episode(slug));
        using var answer = JsonDocument.Parse(await factory.GetOkAsync(Urls.ApiEpisode(slug)));
        var root = answer.RootElement;
        var episode = root.GetProperty("episode");

        Assert.Equal(page.QuerySelector("h1")?.TextContent.Trim(), episode.GetProperty("title").GetString());
        Assert.Equal(Hrefs(page.QuerySelectorAll(".days .moment h4 a")), Addresses(episode.GetProperty("events")));
        Assert.Equal(Hrefs(page.QuerySelectorAll(".agreed > li > a")), Addresses(episode.GetProperty("agreements")));
        Assert.Equal(Hrefs(page.QuerySelectorAll("section[aria-labelledby='before-heading'] .episode-events > li > a")), Addresses(root.GetProperty("before")));
        Assert.Equal(Hrefs(page.QuerySelectorAll("section[aria-labelledby='after-heading'] .episode-events > li > a")), Addresses(root.GetProperty("after")));
        Assert.Equal(Hrefs(page.QuerySelectorAll("section[aria-labelledby='before-heading'] .episode-card__title a")), Addresses(root, "previous"));
        Assert.Equal(Hrefs(page.QuerySelectorAll("section[aria-labelledby='after-heading'] .episode-card__title a")), Addresses(root, "next"));
        Assert.Equal(
            page.QuerySelectorAll("aside.editor-notes .editor-note").Select(n => n.Id!["note-".Length..]),
            episode.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()));
        // Every fact is cited, with the paragraph addresses the rest of the API uses.
        Assert.All(episode.GetProperty("events").EnumerateArray().Concat(episode.GetProperty("agreements").EnumerateArray()), x =>
            Assert.All(x.GetProperty("citations").EnumerateArray(), c => Assert.Matches(@"^/sources/[a-z0-9-]+#p-\d+$", c.GetProperty("permalink").GetString())));
        Assert.NotEmpty(episode.GetProperty("events")[0].GetProperty("citations").EnumerateArray());
    }

    [Fact]
    public async Task EveryAddressInAnEpisodeAnswers()
    {
        using var answer = JsonDocument.Parse(await factory.GetOkAsync(Urls.ApiEpisode("april-2024-visit")));
        var episode = answer.RootElement.GetProperty("episode");
        var addresses = episode.GetProperty("events").EnumerateArray().Concat(episode.GetProperty("agreements").EnumerateArray())
            .SelectMany(x => new[] { x.GetProperty("url").GetString()!, x.GetProperty("apiUrl").GetString()! })
            .Append(answer.RootElement.GetProperty("previous").GetProperty("apiUrl").GetString()!);

        foreach (var address in addresses)
        {
            using var response = await factory.Client.GetAsync(address);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task AnUnknownEpisodeIsA404Problem()
    {
        using var response = await factory.Client.GetAsync(Urls.ApiEpisode("no-such-episode"));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("No episode 'no-such-episode'", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheEpisodePageLinksItsDataAndItsEventsFeed()
    {
        var page = await factory.GetPageAsync(Urls.Episode("april-2024-visit"));
        var json = page.QuerySelector("head link[rel=alternate][type='application/json']")?.GetAttribute("href");
        var feed = page.QuerySelector("head link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href");

        Assert.Equal(Urls.ApiEpisode("april-2024-visit"), json);
        Assert.Equal("/api/events?episode=april-2024-visit&format=atom", feed);
        using var response = await factory.Client.GetAsync(feed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
    }

    private static List<string> SlugsOf(JsonElement item, string name) =>
        item.GetProperty(name).EnumerateArray().Select(x => x.GetProperty("slug").GetString()!).ToList();

    private static List<string?> Hrefs(IEnumerable<AngleSharp.Dom.IElement> links) => links.Select(a => a.GetAttribute("href")).ToList();

    private static List<string?> Addresses(JsonElement items) => items.EnumerateArray().Select(x => x.GetProperty("url").GetString()).ToList();

    private static List<string?> Addresses(JsonElement root, string link) =>
        root.GetProperty(link).ValueKind == JsonValueKind.Null ? [] : [root.GetProperty(link).GetProperty("url").GetString()];
}
