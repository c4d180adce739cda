using System.Net;
using System.Text;

namespace IranPakistan.Web.Shared.Text;

/// <summary>
/// Text with highlighted spans, marked by the one pair of markers the site uses: FTS5's snippet() and
/// highlight() put them around matched words (search, the agreements' full text), and the source
/// reader puts them around cited quotes (<see cref="Mark"/>, then <see cref="MarkdownRenderer"/>). The
/// markers are private-use characters, never HTML; text is always encoded first and only then do the
/// markers become &lt;mark&gt; elements, so content can't inject markup.
/// </summary>
public static class Highlight
{
    /// <summary>Where a highlight starts (U+E000, a private-use character).</summary>
    public const string Open = "\uE000";

    /// <summary>Where a highlight ends (U+E001).</summary>
    public const string Close = "\uE001";

    public readonly record struct Segment(string Text, bool Marked);

    /// <summary>The text cut at the markers, each piece flagged as matched or not.</summary>
    public static IReadOnlyList<Segment> Segments(string? text)
    {
        var segments = new List<Segment>();
        if (string.IsNullOrEmpty(text))
        {
            return segments;
        }

        var marked = false;
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (c == Open[0] || c == Close[0])
            {
                Add();
                marked = c == Open[0];
                continue;
            }

            current.Append(c);
        }

        Add();
        return segments;

        void Add()
        {
            if (current.Length > 0)
            {
                segments.Add(new Segment(current.ToString(), marked));
                current.Clear();
            }
        }
    }

    /// <summary>HTML for JSON clients: every piece encoded, matched pieces wrapped in &lt;mark&gt;.</summary>
    public static string ToHtml(string? text)
    {
        var sb = new StringBuilder();
        foreach (var s in Segments(text))
        {
            var encoded = WebUtility.HtmlEncode(s.Text);
            sb.Append(s.Marked ? $"<mark>{encoded}</mark>" : encoded);
        }

        return sb.ToString();
    }

    /// <summary>The text without markers.</summary>
    public static string Plain(string? text) => string.Concat(Segments(text).Select(s => s.Text));

    /// <summary>The first matched words, e.g. to highlight them again in the source reader.</summary>
    public static string? FirstMatch(string? text) => FirstMarked(text) is (var start, var length) ? text!.Substring(start, length) : null;

    public static bool HasMatch(string? text) => FirstMarked(text) is not null;

    // Where the first marked piece (what Segments flags as marked: after an opening marker, up to the next
    // marker, not empty) starts and how long it is; found without cutting the text into pieces, as the search
    // results ask it of every hit.
    private static (int Start, int Length)? FirstMarked(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        for (var open = text.IndexOf(Open[0]); open >= 0; open = text.IndexOf(Open[0], open + 1))
        {
            var end = text.AsSpan(open + 1).IndexOfAny(Open[0], Close[0]);
            var length = end < 0 ? text.Length - open - 1 : end;
            if (length > 0)
            {
                return (open + 1, length);
            }
        }

        return null;
    }

    /// <summary>
    /// The text with markers around each span (start and end offsets, in order, not overlapping); a
    /// marker character already in the text becomes a space, so only these spans are marked.
    /// </summary>
    public static string Mark(string text, IReadOnlyList<(int Start, int End)> spans)
    {
        var marked = text.Replace(Open, " ", StringComparison.Ordinal).Replace(Close, " ", StringComparison.Ordinal);
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            marked = marked.Insert(spans[i].End, Close).Insert(spans[i].Start, Open);
        }

        return marked;
    }
}
