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
