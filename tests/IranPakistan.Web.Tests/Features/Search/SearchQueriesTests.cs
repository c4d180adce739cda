using IranPakistan.Web.Features.Search;
using IranPakistan.Web.Shared.FullText;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Text;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Features.Search;

/// <summary>Search over the index the importer builds from the real seeds.</summary>
public sealed class SearchQueriesTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Fact]
    public async Task ExactTitleMatchIsTheFirstSuggestion()
    {
        var suggestions = await SuggestAsync("Gwadar");

        Assert.Equal(Urls.Place("gwadar"), suggestions[0].Href);
        Assert.Contains(suggestions, s => s.Href == Urls.Agreement("gwadar-chahbahar-ports-cooperation"));
    }

    [Fact]
    public async Task ExactTitleMatchRanksFirstInItsGroup()
    {
        var result = await SearchAsync("Iran-Pakistan Gas Pipeline Project");

        Assert.Equal("iran-pakistan-gas-pipeline", Group(result, "agreement").Hits[0].Slug);
    }

    [Fact]
    public async Task BalochistanFindsTextThatSaysBaluchistan()
    {
        var result = await SearchAsync("Balochistan");

        Assert.Contains(Group(result, "place").Hits, h => h.Slug == "baluchistan");
        // The January strike's paragraph says "Baluchistan province"; it is found through the alias.
        Assert.Contains(Group(result, "paragraph").Hits, h => h.AliasMatch is not null);
    }

    [Fact]
    public async Task ChabaharFindsTheGwadarChahbaharSisterPortsAgreement()
    {
        var result = await SearchAsync("Chabahar");

        var hit = Assert.Single(Group(result, "agreement").Hits);
        Assert.Equal("gwadar-chahbahar-ports-cooperation", hit.Slug);
        Assert.Equal("Chabahar", hit.AliasMatch);
    }

    [Fact]
    public async Task ZainabiyounFindsTheZeynabiyounBrigade()
    {
        var result = await SearchAsync("Zainabiyoun");

        Assert.Equal("zeynabiyoun-brigade", Group(result, "actor").Hits[0].Slug);
        Assert.Contains(Group(result, "event").Hits, h => h.Slug == "zeynabiyoun-brigade-organised");
    }

    [Fact]
    public async Task PrefixOfTheLastWordFindsTheGasPipeline()
    {
        var result = await SearchAsync("pipel");

        Assert.Contains(Group(result, "agreement").Hits, h => h.Slug == "iran-pakistan-gas-pipeline");
    }

    [Theory]
    [InlineData("CHABAHAR")]
    [InlineData("chabahar")]
    [InlineData("Chābahār")]
    [InlineData("CHAHBAHAR")]
    public async Task CaseAndDiacriticsDoNotMatter(string input)
    {
        var result = await SearchAsync(input);

        Assert.Contains(Group(result, "place").Hits, h => h.Slug == "chahbahar");
    }

    [Fact]
    public async Task SnippetsMarkTheMatchedWordsAndParagraphLinksCarryThem()
    {
        var result = await SearchAsync("missile strike");

        var paragraph = Group(result, "paragraph").Hits[0];
        Assert.Contains(Highlight.Open, paragraph.Snippet, StringComparison.Ordinal);
        Assert.Matches(@"^/sources/iran-pakistan-relations\?quote=[^#]+#p-\d+$", paragraph.Href);
    }

    [Fact]
    public async Task GroupCountsAddUpToTheTotal()
    {
        var result = await SearchAsync("Iran");

        Assert.Equal(result.Total, result.Groups.Sum(g => g.Count));
        Assert.All(result.Groups, g => Assert.True(g.Hits.Count <= SearchQueries.PerKind && g.Hits.Count <= g.Count));
    }

    [Fact]
    public async Task FilteringByKindShowsAllHitsOfThatKind()
    {
        var all = await SearchAsync("Iran");
        var paragraphs = Group(all, "paragraph");
        Assert.True(paragraphs.Count > paragraphs.Hits.Count, "the test needs a group cut short");

        var only = await SearchAsync("Iran", "paragraph");

        Assert.Equal(paragraphs.Count, Assert.Single(only.Groups).Hits.Count);
    }

    [Fact]
    public async Task PipelinesFindsWhatSaysPipeline()
    {
        var result = await SearchAsync("pipelines");

        Assert.Contains(Group(result, "agreement").Hits, h => h.Slug == "iran-pakistan-gas-pipeline");
        Assert.Contains(result.Best, h => h.Slug == "iran-pakistan-gas-pipeline");
        Assert.Contains(Group(result, "paragraph").Hits, h => Highlight.FirstMatch(h.Snippet)?.Equals("pipeline", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Theory]
    [InlineData("pilgrims", "place", "karbala")]
    [InlineData("struck", "event", "iran-strike-jaish-al-adl-baluchistan")]
    [InlineData("condemned", "agreement", "gaza-joint-position")]
    [InlineData("agreements signed", "event", "eight-agreements-signed")]
    public async Task OtherFormsOfAWordFindEachOther(string input, string kind, string slug) =>
        Assert.Contains(Group(await SearchAsync(input), kind).Hits, h => h.Slug == slug);

    [Theory]
    [InlineData("Kashmr", "Kashmir", "topic", "kashmir")]
    [InlineData("Pakistn", "Pakistan", "actor", "pakistan")]
    [InlineData("Afganistan", "Afghanistan", "topic", "afghanistan")]
    public async Task AMisspeltWordShowsResultsForTheLikelyWord(string typed, string meant, string kind, string slug)
    {
        var result = await SearchAsync(typed);

        Assert.Equal(meant, result.Plan.Correction);
        Assert.Equal(slug, result.Best[0].Slug);
        Assert.Equal(kind, result.Best[0].Kind);
    }

    [Fact]
    public async Task AWordThatMatchesIsNeverCorrected() => Assert.Null((await SearchAsync("Kashmir")).Plan.Correction);

    [Fact]
    public async Task VerbatimSearchesTheMisspellingAsTyped()
    {
        using var scope = factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<SearchQueries>().SearchAsync(FtsQuery.Parse("Kashmr")!, verbatim: true);

        Assert.Null(result.Plan.Correction);
        Assert.Equal(0, result.Total);
    }

    [Theory]
    [InlineData("Shiite")]
    [InlineData("Shi'ite")]
    public async Task SynonymsFindTheTextThatUsesAnotherWord(string input)
    {
        var result = await SearchAsync(input);

        Assert.Contains(Group(result, "actor").Hits, h => h.Slug == "pakistani-shias");
        Assert.Contains(Group(result, "paragraph").Hits, h => h.AliasMatch is not null);
    }

    [Fact]
    public async Task MemorandumOfUnderstandingFindsTheMoUs()
    {
        var result = await SearchAsync("memorandum of understanding");

        Assert.Contains(Group(result, "agreement").Hits, h => h.Slug == "joint-film-production-mou");
        Assert.Contains(Group(result, "agreement").Hits, h => h.Slug == "eight-agreements-and-mous-april-2024");
    }

    [Fact]
    public async Task AnItemNamedWhatWasTypedLeadsTheResults()
    {
        Assert.Equal(("actor", "iran"), ((await SearchAsync("Iran")).Best[0].Kind, (await SearchAsync("Iran")).Best[0].Slug));
        Assert.Equal(("place", "baluchistan"), ((await SearchAsync("Balochistan")).Best[0].Kind, (await SearchAsync("Balochistan")).Best[0].Slug));
    }

    [Fact]
    public async Task TitlesOutrankBodyText()
    {
        var events = Group(await SearchAsync("naval drills"), "event").Hits;

        Assert.Equal("joint-naval-drills-january-2024", events[0].Slug);
    }

    [Fact]
    public async Task TheStartOfANameSuggestsTheTopicFirst()
    {
        var suggestions = await SuggestAsync("kash");

        Assert.Equal(Urls.Topic("kashmir"), suggestions[0].Href);
        Assert.Equal("topic", suggestions[0].Kind);
    }

    [Fact]
    public async Task AnUnfinishedWordSuggestsWhatIsNamedWithItBeforeWhatMentionsIt()
    {
        var suggestions = await SuggestAsync("pipel");

        // Before, Saudi Arabia and the United States (whose descriptions mention a pipeline) came first.
        Assert.Equal(Urls.Agreement("iran-pakistan-gas-pipeline"), suggestions[0].Href);
        Assert.Equal("agreement", suggestions[0].Kind);
    }

    [Fact]
    public async Task SuggestionsForAMisspellingSayWhatTheyAreFor()
    {
        using var scope = factory.Services.CreateScope();
        var suggestions = await scope.ServiceProvider.GetRequiredService<SearchQueries>().SuggestAsync(FtsQuery.Parse("Kashmr")!);

        Assert.Equal("Kashmir", suggestions.Correction);
        Assert.Equal(Urls.Topic("kashmir"), suggestions.Items[0].Href);
    }

    [Fact]
    public async Task AQuestionFindsWhatItAsksAbout()
    {
        var result = await SearchAsync("what did Pakistan and Iran sign in April 2024");

        Assert.Contains(result.Best, h => h.Slug is "eight-agreements-signed" or "eight-agreements-and-mous-april-2024");
    }

    private static SearchGroup Group(SearchResult result, string kind) =>
        result.Groups.SingleOrDefault(g => g.Kind == kind) ?? throw new Xunit.Sdk.XunitException($"no {kind} results");

    private async Task<SearchResult> SearchAsync(string input, string? kind = null)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SearchQueries>().SearchAsync(FtsQuery.Parse(input)!, kind);
    }

    private async Task<IReadOnlyList<Suggestion>> SuggestAsync(string input)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<SearchQueries>().SuggestAsync(FtsQuery.Parse(input)!)).Items;
    }
}
