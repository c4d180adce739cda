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
}
