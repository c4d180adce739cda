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

        Assert.Equal("(\"pipelines\"* OR \"pipeline\")", plan.Expanded);
        Assert.Equal("\"pipelines\"*", plan.Exact);
        Assert.True(plan.HasForms);
        Assert.Null(plan.Correction);
    }

    [Fact]
    public void AnUnknownWordIsCorrectedToTheNearestKnownOne()
    {
        var plan = Plan("Kashmr");

        Assert.Equal("Kashmir", plan.Correction);
        Assert.StartsWith("\"kashmir\"*", plan.Expanded, StringComparison.Ordinal);
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
        Assert.Equal("\"kashmr\"*", plan.Exact);
    }

    [Fact]
    public void AnAcronymTypedAsWrittenIsItsExpansionNeverTheLowerCaseWord()
    {
        var upper = Plan("US");
        var lower = Plan("us");

        Assert.Equal("(\"united states\")", upper.Expanded);
        Assert.DoesNotContain("\"us\"", upper.Expanded, StringComparison.Ordinal);
        Assert.Equal("\"us\"*", lower.Expanded);
    }

    [Fact]
    public void QuestionWordsAreLeftOutAndAnyWordIsTheFallback()
    {
        var plan = Plan("what did Pakistan sign");

        Assert.Equal("\"pakistan\" AND \"sign\"*", plan.Expanded);
        Assert.Equal("\"pakistan\" OR \"sign\"*", plan.AnyWord);
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
