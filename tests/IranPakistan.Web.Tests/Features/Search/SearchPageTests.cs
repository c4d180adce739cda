using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Tests.Features.Search;

/// <summary>/search, /api/search and the hostile input every search box meets.</summary>
public sealed class SearchPageTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{

    public static IEnumerable<object[]> HostileInputs()
    {
        string[] inputs =
        [
            "\"", "\"unbalanced", "\"\"\"\"", "AND", "OR NOT", "gas AND", "NEAR(gas pipeline", "NEAR(\"gas\" \"pipeline\", 2)",
            "title:Taftan", "{title}: x", "*", "gas*", "^gas", "(((", ")", "-gas", "gas -pipeline", "\u0000", "\u0007bell",
            "😀", "🇮🇷 🇵🇰", "پاکستان", "ایران و پاکستان", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "'; DROP TABLE Agreements; --", new string('a', 10_000), string.Join(' ', Enumerable.Repeat("gas", 2_000)),
            Highlight.Open + "marker" + Highlight.Close, "a",
        ];
        string[] endpoints = ["/search?q=", "/agreements?q=", "/api/search?q="];
        return endpoints.SelectMany(e => inputs.Select(i => new object[] { e, i }));
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public async Task HostileInputGivesAnAnswerNeverAServerError(string endpoint, string input)
    {
        var response = await factory.Client.GetAsync(endpoint + Uri.EscapeDataString(input));
        var body = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("SqliteException", body, StringComparison.Ordinal);
        if (endpoint.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
            Assert.Contains("json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(body);
        Assert.Empty(page.QuerySelectorAll("[onerror]"));
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        // The query is echoed back as text in the search field, exactly as typed (HTML drops NUL characters).
        var field = page.QuerySelector("main input[name=q]");
        Assert.NotNull(field);
        Assert.Equal(input.Replace("\u0000", "\uFFFD", StringComparison.Ordinal), field.GetAttribute("value"));
    }

    [Fact]
    public async Task ResultsAreGroupedByKindWithCountsAndHighlights()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Search("pipeline")));

        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Contains(headings, h => h.StartsWith("Agreements (", StringComparison.Ordinal));
        Assert.Contains(headings, h => h.StartsWith("Source paragraphs (", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll(".result a.result__title"), a => a.GetAttribute("href") == Urls.Agreement("iran-pakistan-gas-pipeline"));
        Assert.Contains(page.QuerySelectorAll(".result__snippet mark"), m => m.TextContent.Equals("pipeline", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(page.QuerySelectorAll(".result a.result__title"), a => a.GetAttribute("href")?.StartsWith(Urls.Source("iran-pakistan-relations") + "?quote=", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task EchoedQueryIsTextNotMarkup()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Search("<b>gas</b>")));

        Assert.Empty(page.QuerySelectorAll("main b"));
        Assert.Contains(page.QuerySelectorAll("main q"), q => q.TextContent == "<b>gas</b>");
    }

    [Fact]
    public async Task EmptyQueryShowsHowToSearch()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Search()));

        Assert.Equal("Search", page.QuerySelector("h1")?.TextContent);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == Urls.Search("Chabahar"));
    }

    [Fact]
    public async Task OnlySymbolsAskForAWord()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Search("*** ^^")));

        Assert.Contains("Type a word to search", page.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoHitSaysSo()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Search("xylophone")));

        Assert.Contains("Nothing matches", page.QuerySelector("main [role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownKindIsExplainedAndIgnored()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Search("gas", "spaceship")));

        Assert.Contains("no kind of result called", page.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".result"));
    }

    [Fact]
    public async Task ApiReturnsGroupsWithEncodedHighlightedSnippets()
    {
        using var json = JsonDocument.Parse(await factory.Client.GetStringAsync("/api/search?q=Zainabiyoun"));

        var root = json.RootElement;
        Assert.Equal("\"zainabiyoun\"*", root.GetProperty("match").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("didYouMean").ValueKind);
        var actor = root.GetProperty("items").EnumerateArray().First(h => h.GetProperty("kind").GetString() == "actor");
        Assert.EndsWith(Urls.Actor("zeynabiyoun-brigade"), actor.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains(root.GetProperty("kinds").EnumerateArray(), k => k.GetProperty("kind").GetString() == "actor" && k.GetProperty("count").GetInt32() >= 1);
    }

    [Fact]
    public async Task AMisspellingShowsResultsForTheLikelyWordWithAWayBack()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Search("Kashmr")));

        var notice = page.QuerySelector(".did-you-mean");
        Assert.NotNull(notice);
        Assert.Contains("Showing results for Kashmir", notice.TextContent, StringComparison.Ordinal);
        var links = notice.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([Urls.Search("Kashmir"), Urls.Search("Kashmr", verbatim: true)], links);
        Assert.Equal(Urls.Topic("kashmir"), page.QuerySelector("#results-best ~ ol .result__title")?.GetAttribute("href"));

        var verbatim = await Html.ParseAsync(await factory.GetOkAsync(Urls.Search("Kashmr", verbatim: true)));
        Assert.Null(verbatim.QuerySelector(".did-you-mean"));
        Assert.Contains("Nothing matches", verbatim.QuerySelector("main [role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWordThatMatchesGetsNoSuggestion()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Search("Kashmir")));

        Assert.Null(page.QuerySelector(".did-you-mean"));
    }

    [Fact]
    public async Task ApiSaysWhatItSearchedInsteadAsDidYouMean()
    {
        using var json = JsonDocument.Parse(await factory.Client.GetStringAsync("/api/search?q=Pakistn"));

        Assert.Equal("Pakistan", json.RootElement.GetProperty("didYouMean").GetString());
        Assert.EndsWith(Urls.Actor("pakistan"), json.RootElement.GetProperty("best")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BestMatchesShowTheKindOfEachResult()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Search("Gwadar")));

        var first = page.QuerySelector("#results-best ~ ol .result");
        Assert.Equal(Urls.Place("gwadar"), first?.QuerySelector(".result__title")?.GetAttribute("href"));
        Assert.Equal("Place", first?.QuerySelector(".result__kind")?.TextContent);
    }

    [Fact]
    public async Task ApiRejectsAQueryWithoutWordsAsProblemJson()
    {
        var response = await factory.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("\"*\""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Type a word", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotFoundPageKeepsAWorkingPlainSearchForm()
    {
        var response = await factory.Client.GetAsync("/no/such/page");
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());

        var form = page.QuerySelector("main form[role=search]");
        Assert.Equal(Urls.Search(), form?.GetAttribute("action"));
        Assert.Equal("get", form?.GetAttribute("method"));
        // The header box and this one must not share ids.
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
