using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;

namespace IranPakistan.Web.Tests.Shared.Api;

/// <summary>
/// Atom feeds of the events (all, per topic, per actor, any timeline filter) and of the agreements: valid
/// Atom, one entry per item of the same view as the JSON, each linking to its page at the configured public
/// address — never the Host a request names.
/// </summary>
public sealed class AtomFeedTests : IClassFixture<AtomFeedTests.PublicHost>
{
    private const string Base = "https://explorer.example.org";
    private readonly PublicHost _factory;

    public AtomFeedTests(PublicHost factory) => _factory = factory;

    public sealed class PublicHost : ExplorerFactory
    {
        public PublicHost() => PublicBaseUrl = Base;
    }

    [Theory]
    [InlineData("/api/events", "/events/")]
    [InlineData("/api/events?topic=trade", "/events/")]
    [InlineData("/api/events?actor=iran", "/events/")]
    [InlineData("/api/events?kind=strike&from=2024-01&to=2024-01", "/events/")]
    [InlineData("/api/agreements", "/agreements/")]
    [InlineData("/api/agreements?status=not-fully-realised", "/agreements/")]
    public async Task EachFeedIsAtomWithOneEntryPerItemLinkingToItsPage(string list, string pages)
    {
        var separator = list.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{list}{separator}format=atom");
        request.Headers.Host = "attacker.example";
        using var response = await _factory.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(await _factory.GetOkAsync($"{list}{separator}format=json"));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(new StringReader(body));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;

        Assert.False(string.IsNullOrWhiteSpace(feed.Title.Text));
        Assert.StartsWith("urn:uuid:", feed.Id, StringComparison.Ordinal);
        Assert.NotEqual(default, feed.LastUpdatedTime);
        Assert.Equal($"{Base}{list}{separator}format=atom", feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
        Assert.StartsWith(Base + "/", feed.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", body, StringComparison.Ordinal);
        var entries = feed.Items.ToList();
        Assert.NotEmpty(entries);
        Assert.Equal(items.Select(i => i.GetProperty("url").GetString()), entries.Select(e => e.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString()));
        Assert.All(entries, e => Assert.StartsWith(Base + pages, e.Links[0].Uri.ToString(), StringComparison.Ordinal));
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Summary?.Text)));
        Assert.All(entries, e => Assert.NotEqual(default, e.LastUpdatedTime));
    }

    [Fact]
    public async Task AnEntryKeepsItsIdWhateverTheFilter()
    {
        static async Task<Dictionary<string, string>> IdsAsync(PublicHost host, string url)
        {
            var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(await host.GetOkAsync(url))));
            return feed.Items.ToDictionary(i => i.Links[0].Uri.ToString(), i => i.Id);
        }

        var all = await IdsAsync(_factory, "/api/events?format=atom");
        var trade = await IdsAsync(_factory, "/api/events?topic=trade&format=atom");

        Assert.All(trade, e => Assert.Equal(all[e.Key], e.Value));
    }

    [Fact]
    public async Task ListsWithoutAFeedSaySoAsAProblem()
    {
        using var response = await _factory.Client.GetAsync("/api/actors?format=atom");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/topics/trade", "/api/events?topic=trade&format=atom")]
    [InlineData("/actors/iran", "/api/events?actor=iran&format=atom")]
    [InlineData("/timeline?episode=january-2024-strikes", "/api/events?episode=january-2024-strikes&format=atom")]
    [InlineData("/agreements", "/api/agreements?format=atom")]
    public async Task PagesLinkTheirFeed(string page, string feed)
    {
        var document = await _factory.GetPageAsync(page);

        Assert.Equal(feed, document.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
    }
}
