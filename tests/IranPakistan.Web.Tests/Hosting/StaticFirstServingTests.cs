using System.IO.Compression;
using System.Net;
using System.Text;
using IranPakistan.Web.Shared.Links;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>
/// Pages and API answers are computed once per content version and served from memory: the same
/// bytes for every visitor, revalidated with a strong ETag, compressed once per encoding.
/// </summary>
public sealed class StaticFirstServingTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/topics/trade")]
    [InlineData("/timeline?episode=january-2024-strikes")]
    [InlineData("/events/pakistan-strikes-saravan")]
    [InlineData("/agreements?q=film")]
    [InlineData("/search?q=gas")]
    [InlineData("/sources/iran-pakistan-relations")]
    [InlineData("/api/events")]
    public async Task EveryVisitorGetsTheSameBytesWhateverTheirHostHeaderOrCookies(string url)
    {
        using var first = await SendAsync(url, r => r.Headers.Host = "explorer.example.org");
        using var second = await SendAsync(url, r =>
        {
            r.Headers.Host = "evil.example";
            r.Headers.Add("Cookie", "session=someone-else");
        });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.False(first.Headers.Contains("Set-Cookie"), $"{url} sets a cookie");
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.DoesNotContain("evil.example", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecondRequestIsAnsweredFromTheCache()
    {
        using var first = await SendAsync("/actors/iran");
        using var second = await SendAsync("/actors/iran");

        // The output cache adds Age only to answers it serves from memory.
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task UnknownQueryKeysShareTheEntryOfTheKeysThePageReads()
    {
        using var plain = await SendAsync("/timeline?kind=strike");
        using var tracked = await SendAsync("/timeline?kind=strike&utm_source=newsletter&fbclid=x1");

        Assert.NotNull(tracked.Headers.Age);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), await tracked.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnApiAnswerIsCachedByTheQueryParametersItBindsOnly()
    {
        using var plain = await SendAsync("/api/events?kind=strike");
        using var tracked = await SendAsync("/api/events?kind=strike&utm_source=newsletter");
        using var other = await SendAsync("/api/events?kind=visit");

        Assert.NotNull(tracked.Headers.Age);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), await tracked.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(await plain.Content.ReadAsByteArrayAsync(), await other.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void EveryPageAndEveryApiEndpointIsServedStaticFirstByWhatItReads()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
                || e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, e => Assert.True(QueryKeys.Of(e) is not null, $"{e.RoutePattern.RawText} is not cached"));
        string[] KeysOf(string route) => [.. QueryKeys.Of(endpoints.Single(e => e.RoutePattern.RawText == route))!];
        Assert.Equal(["topic", "actor", "place", "kind", "episode", "from", "to"], KeysOf("/timeline"));
        Assert.Equal(["topic", "actor", "place", "kind", "episode", "from", "to", "page", "pageSize", "format"], KeysOf("/api/events"));
        Assert.Equal(["q", "kind", "status", "topic", "party", "between", "sort", "page", "pageSize", "format"], KeysOf("/api/agreements"));
        Assert.Equal(["q", "kind", "status", "topic", "party", "between", "sort"], KeysOf("/agreements"));
        Assert.Equal(["q", "kind", "verbatim", "page", "pageSize", "format"], KeysOf("/api/search"));
        Assert.Equal(["type", "kind", "actor"], KeysOf("/api/actors/graph"));
        Assert.Empty(KeysOf("/api/events/{slug}"));
        Assert.Empty(KeysOf("/topics/{Slug}"));
    }

    [Fact]
    public async Task EachQueryKeyThePageReadsGetsItsOwnAnswer()
    {
        var all = await factory.GetOkAsync("/timeline?kind=visit");
        var strikes = await factory.GetOkAsync("/timeline?kind=strike");

        Assert.NotEqual(all, strikes);
    }

    [Fact]
    public async Task AMatchingETagGetsNotModifiedWithoutABody()
    {
        using var page = await SendAsync("/topics/kashmir", r => r.Headers.AcceptEncoding.ParseAdd("br"));
        var etag = page.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag!.IsWeak);

        using var again = await SendAsync("/topics/kashmir", r =>
        {
            r.Headers.AcceptEncoding.ParseAdd("br");
            r.Headers.IfNoneMatch.Add(etag);
        });

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag);
    }

    [Fact]
    public async Task AnotherEncodingIsAnotherRepresentationWithItsOwnETag()
    {
        using var brotli = await SendAsync("/topics/security", r => r.Headers.AcceptEncoding.ParseAdd("br"));
        using var gzip = await SendAsync("/topics/security", r => r.Headers.AcceptEncoding.ParseAdd("gzip"));
        using var identity = await SendAsync("/topics/security");
        using var brotliAgain = await SendAsync("/topics/security", r => r.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br"));

        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Empty(identity.Content.Headers.ContentEncoding);
        Assert.Equal(3, new[] { brotli.Headers.ETag, gzip.Headers.ETag, identity.Headers.ETag }.Distinct().Count());
        var html = await identity.Content.ReadAsStringAsync();
        Assert.Equal(html, Decompress(await brotli.Content.ReadAsByteArrayAsync(), s => new BrotliStream(s, CompressionMode.Decompress)));
        Assert.Equal(html, Decompress(await gzip.Content.ReadAsByteArrayAsync(), s => new GZipStream(s, CompressionMode.Decompress)));
        // A browser's usual header picks Brotli and shares the compressed entry.
        Assert.Equal(brotli.Headers.ETag, brotliAgain.Headers.ETag);
        Assert.NotNull(brotliAgain.Headers.Age);
        Assert.Contains("Accept-Encoding", brotli.Headers.Vary);
    }

    [Fact]
    public async Task BrowsersAndProxiesMayKeepAnAnswerBrieflyAndThenRevalidate()
    {
        using var page = await SendAsync("/agreements");

        var cacheControl = page.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.False(cacheControl.NoStore);
        Assert.False(cacheControl.NoCache);
        Assert.Equal(TimeSpan.FromSeconds(60), cacheControl.MaxAge);
        Assert.False(page.Headers.Contains("Pragma"));
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/api/events")]
    [InlineData("/api/agreements?q=film")]
    public async Task HeadAnswersLikeGetWithoutTheBody(string url)
    {
        using var get = await SendAsync(url);
        using var head = await SendAsync(url, method: HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Fact]
    public async Task HeadOfAnUnknownPageIsNotFound()
    {
        using var head = await SendAsync("/events/no-such-event", method: HttpMethod.Head);

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
    }

    [Fact]
    public async Task ASlugInOtherLettersIsNotAnsweredFromTheRealPagesEntry()
    {
        await factory.GetOkAsync("/events/pakistan-strikes-saravan");

        using var shouted = await SendAsync("/events/PAKISTAN-STRIKES-SARAVAN");

        Assert.Equal(HttpStatusCode.NotFound, shouted.StatusCode);
    }

    [Fact]
    public async Task NotFoundAnswersAreNotKept()
    {
        using var first = await SendAsync("/actors/nobody-at-all");
        using var second = await SendAsync("/actors/nobody-at-all");

        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.Null(second.Headers.ETag);
    }

    [Fact]
    public async Task TheHealthCheckIsNeverCached()
    {
        using var first = await SendAsync("/healthz");
        using var second = await SendAsync("/healthz");

        Assert.Null(second.Headers.Age);
        Assert.Null(second.Headers.ETag);
    }

    private async Task<HttpResponseMessage> SendAsync(string url, Action<HttpRequestMessage>? configure = null, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        configure?.Invoke(request);
        return await factory.Client.SendAsync(request);
    }

    private static string Decompress(byte[] bytes, Func<Stream, Stream> decompressor)
    {
        using var decompressed = decompressor(new MemoryStream(bytes));
        using var reader = new StreamReader(decompressed, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
