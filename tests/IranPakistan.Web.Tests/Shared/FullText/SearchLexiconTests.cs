using IranPakistan.Web.Shared.FullText;

namespace IranPakistan.Web.Tests.Shared.FullText;

public sealed class SearchLexiconTests
{
    private static readonly SearchLexicon _lexicon = new(
        [new("kashmir", 9), new("kashmiri", 2), new("pakistan", 120), new("pakistani", 30), new("taftan", 3), new("iran", 123)],
        [new("US", "United States"), new("US", "United States of America")]);

    [Theory]
    [InlineData("kashmr", "kashmir")]
    [InlineData("kashmri", "kashmir")]
    [InlineData("pakistn", "pakistan")]
    [InlineData("paksitan", "pakistan")]
    [InlineData("taftna", "taftan")]
    public void AMisspeltWordFindsTheLikeliestWord(string typed, string meant) => Assert.Equal(meant, _lexicon.Correct(typed));

    [Theory]
    [InlineData("irn")]
    [InlineData("xylophone")]
    [InlineData("2024x")]
    public void NothingIsGuessedForShortFarOrNumericWords(string typed) => Assert.Null(_lexicon.Correct(typed));

    [Fact]
    public void PrefixesOfKnownWordsAreKnown()
    {
        Assert.True(_lexicon.Knows("kash", asPrefix: true));
        Assert.False(_lexicon.Knows("kash"));
        Assert.False(_lexicon.Knows("kx", asPrefix: true));
    }

    [Fact]
    public void AcronymsAreMatchedAsWrittenOnly()
    {
        Assert.Equal(["United States", "United States of America"], _lexicon.Expansions("US"));
        Assert.Empty(_lexicon.Expansions("us"));
        Assert.Empty(_lexicon.Expansions("Us"));
    }

    [Theory]
    [InlineData("kashmir", "kashmr", 1)]
    [InlineData("pakistan", "paksitan", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abcdef", "uvwxyz", 3)]
    public void DistanceCountsEditsAndSwaps(string a, string b, int expected) => Assert.Equal(expected, SearchLexicon.Distance(a, b, 2) > 2 ? 3 : SearchLexicon.Distance(a, b, 2));
}
