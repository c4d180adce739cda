using System.Net;
using IranPakistan.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>A host whose database holds redirects, as an import of seeds/redirects.yaml would write them.</summary>
public sealed class RedirectingExplorer : ExplorerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO Redirects (Kind, FromSlug, ToSlug) VALUES
              ('event', 'iran-strikes-jaish-al-adl', 'iran-strike-jaish-al-adl-baluchistan'),
              ('topic', 'economy', 'trade'),
              ('actor', 'jaish-ul-adl', 'jaish-al-adl'),
              ('episode', 'strikes-of-january-2024', 'january-2024-strikes');
            """;
        insert.ExecuteNonQuery();
    }
}

/// <summary>Old slugs answer 301 with the new address, on pages, the API and embeds (seeds/redirects.yaml).</summary>
public sealed class SlugRedirectsTests(RedirectingExplorer factory) : IClassFixture<RedirectingExplorer>
{
    [Theory]
    [InlineData("/events/iran-strikes-jaish-al-adl", "/events/iran-strike-jaish-al-adl-baluchistan")]
    [InlineData("/api/events/iran-strikes-jaish-al-adl", "/api/events/iran-strike-jaish-al-adl-baluchistan")]
    [InlineData("/embed/events/iran-strikes-jaish-al-adl", "/embed/events/iran-strike-jaish-al-adl-baluchistan")]
    [InlineData("/topics/economy?utm=x", "/topics/trade?utm=x")]
    [InlineData("/actors/jaish-ul-adl", "/actors/jaish-al-adl")]
    [InlineData("/episodes/strikes-of-january-2024", "/episodes/january-2024-strikes")]
    [InlineData("/api/episodes/strikes-of-january-2024", "/api/episodes/january-2024-strikes")]
    public async Task AnOldSlugMovesPermanentlyToItsNewAddress(string old, string target)
    {
        using var response = await factory.Client.GetAsync(old);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location!.OriginalString);
        using var followed = await factory.Client.GetAsync(target);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
    }

    [Theory]
    [InlineData("/places/economy")]
    [InlineData("/events/economy")]
    [InlineData("/events/no-such-event")]
    public async Task OnlyTheKindThatWasRenamedRedirects(string path)
    {
        using var response = await factory.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/events/a", "/", "events", "a", "")]
    [InlineData("/api/events/a", "/api/", "events", "a", "")]
    [InlineData("/embed/figures/a/b", "/embed/", "figures", "a", "/b")]
    public void PathsSplitIntoPrefixKindSlugAndRest(string path, string prefix, string segment, string slug, string rest) =>
        Assert.Equal((prefix, segment, slug, rest), SlugRedirects.Match(path));

    [Theory]
    [InlineData("/")]
    [InlineData("/events")]
    [InlineData("/api/events")]
    [InlineData("/timeline")]
    [InlineData("/search/x")]
    public void OtherPathsNameNoSlug(string path) => Assert.Null(SlugRedirects.Match(path));
}
