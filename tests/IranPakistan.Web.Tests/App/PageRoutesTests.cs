using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.App;

/// <summary>Every URL of the contract answers with its content; unknown slugs answer 404.</summary>
public sealed class PageRoutesTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{

    public static TheoryData<string> TopicSlugs => new() { "security", "afghanistan", "kashmir", "trade", "soft-power" };

    [Theory]
    [MemberData(nameof(TopicSlugs))]
    public async Task EachTopicPageShowsItsTitleOverviewAndSourceText(string slug)
    {
        var title = await factory.QueryAsync(db => db.Topics.Where(t => t.Slug == slug).Select(t => t.Title).SingleAsync());

        var page = await Html.ParseAsync(await factory.GetOkAsync($"/topics/{slug}"));

        Assert.Equal(title, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll(".claims li a.cite[href^='/sources/iran-pakistan-relations?quote=']"));
        Assert.NotEmpty(page.QuerySelectorAll(".source-excerpt .source-paragraph p"));
    }

    [Fact]
    public async Task EveryActorPageAnswersWithItsName()
    {
        var actors = await factory.QueryAsync(db => db.Actors.Select(a => new { a.Slug, a.Name }).ToListAsync());
        Assert.NotEmpty(actors);
        foreach (var actor in actors)
        {
            var page = await Html.ParseAsync(await factory.GetOkAsync($"/actors/{actor.Slug}"));
            Assert.Equal(actor.Name, page.QuerySelector("h1")?.TextContent.Trim());
        }
    }

    [Fact]
    public async Task EveryPlacePageAnswersWithItsNameAndCoordinates()
    {
        var places = await factory.QueryAsync(db => db.Places.Select(p => new { p.Slug, p.Name }).ToListAsync());
        Assert.NotEmpty(places);
        foreach (var place in places)
        {
            var page = await Html.ParseAsync(await factory.GetOkAsync($"/places/{place.Slug}"));
            Assert.Equal(place.Name, page.QuerySelector("h1")?.TextContent.Trim());
            Assert.Matches(@"^\d+\.\d\d° [NS], \d+\.\d\d° [EW]$", page.QuerySelector(".geo")?.TextContent);
        }
    }

    [Fact]
    public async Task SourceReaderAnchorsEveryParagraph()
    {
        var count = await factory.QueryAsync(db => db.Paragraphs.CountAsync());

        var html = await factory.GetOkAsync("/sources/iran-pakistan-relations");

        for (var n = 1; n <= count; n++)
        {
            Assert.Contains($"id=\"p-{n}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CitationLinkHighlightsTheQuotedWords()
    {
        var html = await factory.GetOkAsync("/sources/iran-pakistan-relations?quote=" + Uri.EscapeDataString("Iran launched a missile strike"));

        Assert.Contains("<mark id=\"cited\">Iran launched a missile strike</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CitationLinkWithSeveralQuotesHighlightsEachInItsParagraph()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync("/sources/iran-pakistan-relations?quote="
            + Uri.EscapeDataString("Iran launched a missile strike") + "&quote=" + Uri.EscapeDataString("in Saravan, Iran")));

        var marks = page.QuerySelectorAll("#p-1 mark");
        Assert.Equal(["Iran launched a missile strike", "in Saravan, Iran"], marks.Select(m => m.TextContent));
        Assert.Equal("cited", marks[0].Id);
    }

    [Fact]
    public async Task HostileQuoteIsEncodedNotHighlighted()
    {
        var html = await factory.GetOkAsync("/sources/iran-pakistan-relations?quote=" + Uri.EscapeDataString("<script>alert(1)</script>"));

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("not found in this source", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/actors")]
    [InlineData("/places")]
    [InlineData("/sources")]
    public async Task IndexPagesAnswerOk(string url) => await factory.GetOkAsync(url);

    [Theory]
    [InlineData("/topics/no-such-topic")]
    [InlineData("/actors/no-such-actor")]
    [InlineData("/places/no-such-place")]
    [InlineData("/sources/no-such-source")]
    [InlineData("/no/such/page")]
    public async Task UnknownAddressesAnswer404WithAHelpfulPage(string url)
    {
        var response = await factory.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Not found", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/timeline\"", html, StringComparison.Ordinal);
    }

    // Prerendered interactive parts must be plain valid HTML: Blazor's internal prevent-default
    // markers are not HTML attributes, and an option must not be marked selected twice.
    [Theory]
    [InlineData("/")]
    [InlineData("/timeline")]
    [InlineData("/timeline?episode=january-2024-strikes&kind=strike")]
    [InlineData("/timeline?from=1990&to=1991")]
    [InlineData("/timeline?from=bad")]
    [InlineData("/no/such/page")]
    public async Task PrerenderedInteractivePartsAreValidHtml(string url)
    {
        var response = await factory.Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("__internal_", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<option[^>]*\bselected\b[^>]*\bselected\b", html);
        Assert.DoesNotMatch(@"<select[^>]*\bvalue=", html);
        Assert.DoesNotMatch(@"<input[^>]*type=""search""[^>]*role=""combobox""", html);
    }

    [Fact]
    public async Task HealthCheckReportsHealthyDatabase()
    {
        var response = await factory.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PagesCarrySecurityHeaders()
    {
        var response = await factory.Client.GetAsync("/");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task PagesAreSentCompressedWhenTheBrowserAsks(string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/timeline");
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        var response = await factory.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task ApiListsActorsWithTheirPageUrls()
    {
        var actors = (await factory.Client.GetFromJsonAsync<Page<ActorSummary>>("/api/actors?pageSize=500"))?.Items;

        Assert.NotNull(actors);
        Assert.Contains(actors, a => a.Slug == "zeynabiyoun-brigade" && a.Url == "/actors/zeynabiyoun-brigade");
    }

    [Fact]
    public async Task ApiAnswers404ForUnknownSlug()
    {
        var response = await factory.Client.GetAsync("/api/topics/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private sealed record ActorSummary(string Slug, string Name, string Kind, string Url);

    private sealed record Page<T>(List<T> Items);
}
