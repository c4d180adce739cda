using System.Text.RegularExpressions;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Tests.Shared.Text;

/// <summary>Seed text is matched without a wall-clock timeout that a busy CPU could trip (issue 15).</summary>
public class NameMatcherTimeoutTests
{
    [Fact]
    public void NamePatternsHaveNoTimeoutAndAreBuiltOnce()
    {
        var pattern = NameMatcher.PatternFor("Jaish al-Adl");

        Assert.Equal(Regex.InfiniteMatchTimeout, pattern.MatchTimeout);
        Assert.Same(pattern, NameMatcher.PatternFor("Jaish al-Adl"));
    }

    [Fact]
    public void MatchingStaysLinearOnALongText()
    {
        // 200,000 near-misses: a backtracking pattern would take seconds here; this one takes milliseconds.
        var text = string.Concat(Enumerable.Repeat("Jaish al-Ad ", 200_000 / 12)) + "Jaish  al-Adl.";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        Assert.True(NameMatcher.Mentions(text, "Jaish al-Adl", []));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
