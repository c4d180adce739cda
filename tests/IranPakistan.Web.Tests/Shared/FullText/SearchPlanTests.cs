using IranPakistan.Web.Shared.FullText;

namespace IranPakistan.Web.Tests.Shared.FullText;

/// <summary>What the index is asked for what a reader typed: forms, acronyms, corrections, and never raw syntax.</summary>
public sealed class SearchPlanTests
{
    private static readonly SearchLexicon _lexicon = new(
        [new("pipeline", 11), new("pipelines", 1), new("kashmir", 9), new("kashmiri", 2), new("pakistan", 120), new("us", 3),
         new("united", 4), new("states", 4), new("gas", 8), new("near", 2), new("title", 1), new("taftan", 3)],
        [new("US", "United States")]);

    private static SearchPlan Plan(string input, bool verbatim = false) => SearchPlan.For(FtsQuery.Parse(input)!, _lexicon, verbatim);

    [Fact]
    public void AWordAlsoMatchesItsOtherFormsButExactFormsAreKnown()
    {
        var plan = Plan("pipelines");

        Assert.Equal("(\"pipelines\" OR \"pipeline\")", plan.Expanded);
        Assert.Equal("\"pipelines\"", plan.Exact);
        Assert.True(plan.HasForms);
        Assert.Null(plan.Correction);
    }

    [Fact]
    public void AnUnknownWordIsCorrectedToTheNearestKnownOne()
    {
        var plan = Plan("Kashmr");

        Assert.Equal("Kashmir", plan.Correction);
        Assert.StartsWith("(\"kashmir\" OR \"kashmiri\")", plan.Expanded, StringComparison.Ordinal);
        Assert.Equal("kashmir", plan.Key);
    }

    [Theory]
    [InlineData("Pakistn", "Pakistan")]
    [InlineData("gas pipelnie", "gas pipeline")]
    public void TyposWithinTwoEditsAreCorrected(string input, string corrected) => Assert.Equal(corrected, Plan(input).Correction);

    [Theory]
    [InlineData("Kashmir")]
    [InlineData("kash")]
    [InlineData("pipelines")]
    [InlineData("xylophone")]
    public void WordsThatMatchOrAreFarFromAnyWordAreNotCorrected(string input) => Assert.Null(Plan(input).Correction);

    [Fact]
    public void VerbatimSearchesExactlyWhatWasTyped()
    {
        var plan = Plan("Kashmr", verbatim: true);

        Assert.Null(plan.Correction);
        Assert.Equal("\"kashmr\"", plan.Exact);
    }

    [Fact]
    public void AnAcronymTypedAsWrittenIsItsExpansionNeverTheLowerCaseWord()
    {
        var upper = Plan("US");
        var lower = Plan("us");

        Assert.Equal("(\"united states\")", upper.Expanded);
        Assert.DoesNotContain("\"us\"", upper.Expanded, StringComparison.Ordinal);
        Assert.Equal("\"us\"", lower.Expanded);
    }

    [Fact]
    public void QuestionWordsAreLeftOutAndAnyWordIsTheFallback()
    {
        var plan = Plan("what did Pakistan sign");

        Assert.Equal("\"pakistan\" AND \"sign\"", plan.Expanded);
        Assert.Equal("\"pakistan\" OR \"sign\"", plan.AnyWord);
    }

    [Fact]
    public void AnUnfinishedLastWordStandsForTheIndexsWordsThatStartWithIt()
    {
        // Named one by one (FTS5 would merge every such word's postings for "kash"*), the commonest first.
        Assert.Equal("(\"kashmir\" OR \"kashmiri\")", Plan("kash").Expanded);
        Assert.Equal("\"gas\" AND (\"pipeline\" OR \"pipelines\")", Plan("gas pipel").Expanded);
        Assert.True(Plan("kash").Partial);
        // Only the last word: "kash" before another word is a word of its own.
        Assert.Equal("\"kash\" AND \"gas\"", Plan("kash gas", verbatim: true).Expanded);
    }

    [Fact]
    public void AtMostTheCommonestCompletionsStandForAShortPrefix()
    {
        var lexicon = new SearchLexicon(Enumerable.Range(1, 30).Select(i => new LexiconTerm($"pa{i:D2}", i)), []);
        var plan = SearchPlan.For(FtsQuery.Parse("pa")!, lexicon);

        var searched = plan.Expanded.Split(" OR ").Select(t => t.Trim('(', ')', '"')).ToList();
        Assert.Equal(SearchPlan.MaxCompletions, searched.Count);
        Assert.Equal("pa30", searched[0]);
        Assert.DoesNotContain("pa01", searched);
    }

    [Fact]
    public void PostingsAddUpTheDocumentsOfEverySearchedWord()
    {
        // pakistan 120; pipelines 1 + its other form pipeline 11; an acronym: every word of its phrase (united 4 + states 4).
        Assert.Equal(120 + 1 + 11, Plan("Pakistan pipelines").Postings);
        Assert.Equal(4 + 4, Plan("US").Postings);
        Assert.Equal(0, Plan("xylophone").Postings);
    }

    [Theory]
    [InlineData("NEAR(gas pipeline")]
    [InlineData("title:Taftan")]
    [InlineData("gas\" OR \"x")]
    [InlineData("{title body}: gas*")]
    public void OperatorsInTheInputStayWordsInsideQuotes(string input)
    {
        var plan = Plan(input);

        // Outside quoted strings only the plan's own AND/OR, brackets and prefix stars remain.
        var outside = string.Concat(plan.Expanded.Split('"').Where((_, i) => i % 2 == 0));
        Assert.Matches(@"^[\s()*ANDOR]*$", outside);
    }
}
