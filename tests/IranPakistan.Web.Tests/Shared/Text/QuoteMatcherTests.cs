using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Tests.Shared.Text;

public class QuoteMatcherTests
{
    // expected: the part of the text the quote marks, or null when it does not occur.
    [Theory]
    [InlineData("Iran and Pakistan", "and", "and")]
    [InlineData("Iran and Pakistan", "Iran and Pakistan", "Iran and Pakistan")]
    [InlineData("trade to $10\u00A0billion a year", "$10 billion", "$10\u00A0billion")]
    [InlineData("trade to $10 billion a year", "$10\u00A0billion", "$10 billion")]
    [InlineData("two  days\nlater", "two days later", "two  days\nlater")]
    [InlineData("two days later", "two \t days\r\n later", "two days later")]
    [InlineData("Iran and Pakistan", "  and Pakistan \n", "and Pakistan")]
    [InlineData("  Iran and Pakistan  ", "Pakistan", "Pakistan")]
    [InlineData("Iran and Pakistan", "India", null)]
    [InlineData("Iran and Pakistan", "Iran  and  India", null)]
    [InlineData("Iran and Pakistan", "iran", null)]
    [InlineData("Pakistan’s border", "Pakistan's border", null)]
    [InlineData("“were not Iranian nationals.”", "\"were not Iranian nationals.\"", null)]
    [InlineData("Iran and Pakistan", "IranandPakistan", null)]
    [InlineData("Iran and Pakistan", "", null)]
    [InlineData("Iran and Pakistan", " \u00A0\t", null)]
    [InlineData("", "Iran", null)]
    public void FindsQuoteTreatingWhitespaceRunsAsOneSpace(string text, string quote, string? expected)
    {
        var span = QuoteMatcher.Find(text, quote);

        Assert.Equal(expected, span is { } s ? text.Substring(s.Start, s.Length) : null);
        Assert.Equal(expected is not null, QuoteMatcher.Contains(text, quote));
    }

    [Theory]
    [InlineData("Iran launched a strike", "ran launched")]
    [InlineData("Iran launched a strike", "Iran launch")]
    [InlineData("Pakistani Shias", "Pakistan")]
    public void QuoteThatStartsOrEndsInsideAWordIsNotFound(string text, string quote) =>
        Assert.Null(QuoteMatcher.Find(text, quote));

    [Fact]
    public void WholeWordOccurrenceIsFoundAfterAPartialOne()
    {
        var span = QuoteMatcher.Find("Pakistani Shias and Pakistan", "Pakistan");

        Assert.Equal((20, 8), span);
    }

    [Fact]
    public void FindsTheFirstOccurrence()
    {
        var span = QuoteMatcher.Find("talks, then more talks", "talks");

        Assert.Equal((0, 5), span);
    }

    [Theory]
    [InlineData("  a \u00A0 b\n\nc  ", "a b c")]
    [InlineData("plain", "plain")]
    [InlineData(" \t\n", "")]
    public void NormalizeCollapsesAndTrimsWhitespace(string text, string expected)
    {
        var normalized = QuoteMatcher.Normalize(text, out var map);

        Assert.Equal(expected, normalized);
        Assert.Equal(normalized.Length, map.Length);
        // Every kept character maps back to itself (spaces map to some whitespace).
        Assert.All(Enumerable.Range(0, normalized.Length), i =>
            Assert.True(normalized[i] == ' ' ? char.IsWhiteSpace(text[map[i]]) : normalized[i] == text[map[i]]));
    }
}
