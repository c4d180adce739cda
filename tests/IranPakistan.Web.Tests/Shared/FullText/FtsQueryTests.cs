using IranPakistan.Web.Shared.FullText;

namespace IranPakistan.Web.Tests.Shared.FullText;

public sealed class FtsQueryTests
{
    public static TheoryData<string, string> Inputs => new()
    {
        { "gas", "\"gas\"*" },
        { "gas pipeline", "\"gas\" \"pipeline\"*" },
        { "  Gas   PIPELINE ", "\"Gas\" \"PIPELINE\"*" },
        { "a", "\"a\"" },
        { "gas a", "\"gas\" \"a\"" },
        { "\"quoted\"", "\"quoted\"*" },
        { "say \"hi", "\"say\" \"hi\"*" },
        { "gas AND pipeline", "\"gas\" \"AND\" \"pipeline\"*" },
        { "gas OR NOT pipeline", "\"gas\" \"OR\" \"NOT\" \"pipeline\"*" },
        { "NEAR(gas pipeline, 2)", "\"NEAR\" \"gas\" \"pipeline\" \"2\"" },
        { "title:Taftan", "\"title\" \"Taftan\"*" },
        { "{title body}: x", "\"title\" \"body\" \"x\"" },
        { "^gas*", "\"gas\"*" },
        { "-gas +pipeline", "\"gas\" \"pipeline\"*" },
        { "(((gas", "\"gas\"*" },
        { "\u0000gas\u0007pipeline", "\"gas\" \"pipeline\"*" },
        { "gas 😀 pipeline", "\"gas\" \"pipeline\"*" },
        { "Chābahār", "\"Chābahār\"*" },
        { "Cha\u0304bahar", "\"Cha\u0304bahar\"*" },
        { "پاکستان", "\"پاکستان\"*" },
        { "$10 billion", "\"10\" \"billion\"*" },
        { "Iran-Pakistan", "\"Iran\" \"Pakistan\"*" },
        { "People’s Republic", "\"People\" \"s\" \"Republic\"*" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EveryWordBecomesAQuotedStringAndTheLastAPrefix(string input, string expected) =>
        Assert.Equal(expected, FtsQuery.Parse(input)?.Match);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("***")]
    [InlineData("\"\"")]
    [InlineData("😀🇵🇰")]
    [InlineData("\u0000\u0007")]
    [InlineData("( ) : ^ - +")]
    public void InputWithNothingSearchableGivesNoQuery(string? input) => Assert.Null(FtsQuery.Parse(input));

    [Fact]
    public void VeryLongInputIsCutToTheMaximumLength()
    {
        var query = FtsQuery.Parse(new string('a', 10_000));

        Assert.NotNull(query);
        Assert.Equal(FtsQuery.MaxInputLength, query.Terms.Single().Length);
    }

    [Fact]
    public void ManyWordsAreCappedSoOneQueryStaysCheap()
    {
        var query = FtsQuery.Parse(string.Join(' ', Enumerable.Range(0, 50).Select(i => $"w{i}")));

        Assert.NotNull(query);
        Assert.Equal(FtsQuery.MaxTerms, query.Terms.Count);
    }

    [Fact]
    public void KeyFoldsCaseAndDiacriticsLikeTheTitleKey()
    {
        Assert.Equal(FtsQuery.TitleKey("Chahbahar"), FtsQuery.Parse("CHĀHBAHĀR")?.Key);
        Assert.Equal(FtsQuery.TitleKey("Iran-Pakistan Gas Pipeline Project"), FtsQuery.Parse("iran pakistan gas pipeline project")?.Key);
    }
}
