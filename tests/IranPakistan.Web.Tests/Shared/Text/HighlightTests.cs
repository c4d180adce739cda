using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Tests.Shared.Text;

public sealed class HighlightTests
{
    [Fact]
    public void MarkedSpansComeBackAsMarkedSegments()
    {
        var marked = Highlight.Mark("Iran and Pakistan", [(0, 4), (9, 17)]);

        Assert.Equal(
            [new Highlight.Segment("Iran", true), new(" and ", false), new("Pakistan", true)],
            Highlight.Segments(marked));
    }

    [Fact]
    public void MarkersAlreadyInTheTextAreNotTakenForHighlights()
    {
        var marked = Highlight.Mark($"a{Highlight.Open}b{Highlight.Close}c", [(0, 1)]);

        Assert.Equal("a", Highlight.FirstMatch(marked));
        Assert.Equal("a b c", Highlight.Plain(marked));
    }

    [Fact]
    public void HtmlEncodesTheTextBeforeTheMarkersBecomeMarks() =>
        Assert.Equal("&lt;b&gt; <mark>gas</mark>", Highlight.ToHtml($"<b> {Highlight.Open}gas{Highlight.Close}"));

    [Theory]
    [InlineData("no marks at all", null)]
    [InlineData("\uE000gas\uE001 and \uE000oil\uE001", "gas")]
    [InlineData("an empty \uE000\uE001 mark, then \uE000oil\uE001", "oil")]
    [InlineData("\uE000\uE000twice opened\uE001", "twice opened")]
    [InlineData("closed \uE001first, then \uE000open to the end", "open to the end")]
    [InlineData("\uE000", null)]
    public void TheFirstMatchIsTheFirstMarkedSegment(string text, string? first)
    {
        // Search asks this of every hit without cutting the text into segments; it must agree with them.
        Assert.Equal(first, Highlight.FirstMatch(text));
        Assert.Equal(first, Highlight.Segments(text).FirstOrDefault(s => s.Marked).Text);
        Assert.Equal(first is not null, Highlight.HasMatch(text));
    }
}
