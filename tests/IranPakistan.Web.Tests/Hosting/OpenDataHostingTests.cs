using System.Net;
using System.Text.Json;
using IranPakistan.Web.Shared.Links;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>/api as an open API: described completely in /openapi/v1.json, read at /api, problems everywhere, open to every origin.</summary>
public sealed class OpenDataHostingTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    private static readonly string[] _lists = ["/api/topics", "/api/sources", "/api/actors", "/api/places", "/api/events", "/api/agreements", "/api/figures", "/api/episodes", "/api/search?q=gas"];

    [Fact]
    public async Task EveryApiEndpointIsInTheOpenApiDocumentWithEachQueryParameterAndItsProblems()
    {
        using var document = JsonDocument.Parse(await factory.GetOkAsync(Urls.OpenApiDocument));
        var root = document.RootElement;
        Assert.StartsWith("3.1", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = root.GetProperty("paths");

        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .ToList();
        Assert.True(endpoints.Count >= 16, $"only {endpoints.Count} API endpoints found");
        Assert.True(paths.TryGetProperty(Urls.Dataset, out _), "the dataset download is missing from the OpenAPI document");
        foreach (var endpoint in endpoints)
        {
            var path = endpoint.RoutePattern.RawText!;
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing from the OpenAPI document");
            var get = item.GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()), $"{path} has no summary");
            var parameters = get.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            foreach (var key in QueryKeys.Of(endpoint)!)
            {
                var parameter = parameters.SingleOrDefault(x => x.GetProperty("name").GetString() == key && x.GetProperty("in").GetString() == "query");
                Assert.True(parameter.ValueKind == JsonValueKind.Object, $"{path}: query parameter '{key}' is not described");
                Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()), $"{path}: '{key}' has no description");
            }

            var responses = get.GetProperty("responses");
            Assert.True(responses.TryGetProperty("200", out _), $"{path} documents no 200");
            Assert.Contains(responses.EnumerateObject(), r => r.Name.StartsWith('4')
                && r.Value.GetProperty("content").TryGetProperty("application/problem+json", out _));
        }
    }

    [Fact]
    public async Task FixedVocabulariesAreListedAsAllowedValues()
    {
        using var document = JsonDocument.Parse(await factory.GetOkAsync(Urls.OpenApiDocument));
        var kind = document.RootElement.GetProperty("paths").GetProperty("/api/events").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "kind");

        Assert.Contains("strike", kind.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task TheReferencePageUsesOnlyLocalScriptsAndKeepsScriptsSelfOnly()
    {
        using var response = await factory.Client.GetAsync(Urls.ApiReference);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(html);
        var scripts = page.QuerySelectorAll("script").ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.StartsWith("/", s.GetAttribute("src")));
        Assert.All(scripts, s => Assert.Empty(s.TextContent.Trim()));
        foreach (var src in scripts.Select(s => s.GetAttribute("src")!))
        {
            using var script = await factory.Client.GetAsync(src);
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        // Only this page lets Scalar add its styles.
        var other = (await factory.Client.GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFooterLinksToTheReference()
    {
        var page = await factory.GetPageAsync("/");

        Assert.NotNull(page.QuerySelector($"footer a[href='{Urls.ApiReference}']"));
    }

    [Theory]
    [InlineData("/api/nonexistent", 404)]
    [InlineData("/api/events/nope", 404)]
    [InlineData("/api/episodes/nope", 404)]
    [InlineData("/api/episodes?format=atom", 400)]
    [InlineData("/api/actors/graph/extra", 404)]
    [InlineData("/api/events?page=0", 400)]
    [InlineData("/api/events?page=abc", 400)]
    [InlineData("/api/actors?pageSize=100000", 400)]
    [InlineData("/api/places?format=xml", 400)]
    public async Task EveryFailingApiAddressAnswersAProblem(string url, int status)
    {
        using var response = await factory.Client.GetAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(problem.RootElement.TryGetProperty("traceId", out _), "a problem is the same bytes for everyone");
    }

    [Fact]
    public async Task WritingToTheApiAnswers405Problem()
    {
        using var response = await factory.Client.PostAsync("/api/events", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PagesStillAnswerTheirHtmlNotFoundPage()
    {
        using var response = await factory.Client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnyOriginMayReadWithoutCredentials()
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/topics");
        get.Headers.Add("Origin", "https://newsroom.example");
        using var answer = await factory.Client.SendAsync(get);
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/events?kind=strike");
        preflight.Headers.Add("Origin", "https://newsroom.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        using var allowed = await factory.Client.SendAsync(preflight);

        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("GET,HEAD", allowed.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task EveryListHasOneShapeWithBoundedPagesAndLinks(string url)
    {
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var first = JsonDocument.Parse(await factory.GetOkAsync($"{url}{separator}pageSize=2"));
        var root = first.RootElement;
        var total = root.GetProperty("total").GetInt32();

        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(2, root.GetProperty("pageSize").GetInt32());
        Assert.Equal(Math.Min(2, total), root.GetProperty("items").GetArrayLength());
        var links = root.GetProperty("links");
        Assert.Equal(JsonValueKind.Null, links.GetProperty("prev").ValueKind);
        Assert.Contains("pageSize=2", links.GetProperty("self").GetString(), StringComparison.Ordinal);
        if (total > 2)
        {
            using var second = JsonDocument.Parse(await factory.GetOkAsync(links.GetProperty("next").GetString()!));
            Assert.Equal(2, second.RootElement.GetProperty("page").GetInt32());
            Assert.NotEqual(root.GetProperty("items")[0].GetRawText(), second.RootElement.GetProperty("items")[0].GetRawText());
        }
    }

    public static TheoryData<string> Lists() => [.. _lists];

    [Fact]
    public async Task OneDateShapeForEventsAndAgreements()
    {
        using var events = JsonDocument.Parse(await factory.GetOkAsync("/api/events?pageSize=1"));
        using var agreements = JsonDocument.Parse(await factory.GetOkAsync("/api/agreements?pageSize=500"));
        var agreement = agreements.RootElement.GetProperty("items").EnumerateArray().First(a => a.GetProperty("date").ValueKind == JsonValueKind.Object);

        string[] Names(JsonElement date) => [.. date.EnumerateObject().Select(p => p.Name)];
        Assert.Equal(Names(events.RootElement.GetProperty("items")[0].GetProperty("date")), Names(agreement.GetProperty("date")));
    }
}

/// <summary>With Explorer:PublicBaseUrl set, every url in an answer is absolute.</summary>
public sealed class AbsoluteApiAddressesTests(AbsoluteApiAddressesTests.PublicHost factory) : IClassFixture<AbsoluteApiAddressesTests.PublicHost>
{
    public sealed class PublicHost : ExplorerFactory
    {
        public PublicHost() => PublicBaseUrl = "https://explorer.example.org";
    }

    [Theory]
    [InlineData("/api/events?pageSize=3")]
    [InlineData("/api/agreements/gwadar-chahbahar-ports-cooperation")]
    [InlineData("/api/sources/iran-pakistan-relations")]
    [InlineData("/api/actors/graph")]
    [InlineData("/api/episodes/april-2024-visit")]
    public async Task EveryUrlFieldIsAbsolute(string url)
    {
        using var document = JsonDocument.Parse(await factory.GetOkAsync(url));

        var urls = Urls(document.RootElement).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.StartsWith("https://explorer.example.org/", u, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Urls(JsonElement element) => element.ValueKind switch
    {
        // A note's outside references are other sites' addresses.
        JsonValueKind.Object => element.EnumerateObject().Where(p => p.Name != "references").SelectMany(p =>
            p.Name is "url" or "apiUrl" or "permalink" or "self" or "first" or "last" or "next" or "prev" && p.Value.ValueKind == JsonValueKind.String
                ? [p.Value.GetString()!]
                : Urls(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Urls),
        _ => [],
    };
}
