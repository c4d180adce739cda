using IranPakistan.Web.Shared.Notes;

namespace IranPakistan.Web.Tests.Shared.Notes;

/// <summary>The affected sentence of a note: a note stands beside facts that quote its sentence, not its whole paragraph.</summary>
public sealed class SentencesTests
{
    private const string Text = "Raisi spoke first. Both Raisi and Prime Minister Nawaz agreed, said the U.S. Treasury. Then came more.";

    [Fact]
    public void TheSentenceAroundAQuoteEndsAtAFullStopBeforeACapitalButNotAfterAnInitial()
    {
        var at = Text.IndexOf("Prime Minister Nawaz", StringComparison.Ordinal);

        var (start, end) = Sentences.Around(Text, at, at + "Prime Minister Nawaz".Length);

        Assert.Equal("Both Raisi and Prime Minister Nawaz agreed, said the U.S. Treasury.", Text[start..end].Trim());
    }

    [Fact]
    public void AQuoteAtTheStartOrEndOfAParagraphReachesItsEdge()
    {
        Assert.Equal((0, 18), Sentences.Around(Text, 0, 5));
        var last = Text.IndexOf("Then", StringComparison.Ordinal);
        Assert.Equal("Then came more.", Text[Sentences.Around(Text, last, last + 4).Start..].Trim());
    }

    [Theory]
    [InlineData("The source gives no date. Public reporting dates it.", "The source gives no date.")]
    [InlineData("Named by the U.S. Treasury in 2019. More.", "Named by the U.S. Treasury in 2019.")]
    [InlineData("One sentence only", "One sentence only")]
    public void TheGistOfANoteIsItsFirstSentence(string text, string first) => Assert.Equal(first, Sentences.First(text));
}
