using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Components;

namespace IranPakistan.Web.Shared.Text;

/// <summary>
/// Renders Markdown with raw HTML disabled and links limited to safe schemes, so text from
/// seeds can never inject markup or script.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] _safeSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .Build();

    /// <summary>Renders <paramref name="markdown"/>, wrapping the characters of <paramref name="highlight"/> in &lt;mark&gt;.</summary>
    public MarkupString Render(string markdown, (int Start, int Length)? highlight) =>
        Render(markdown, highlight is { } span ? [span] : []);

    /// <summary>
    /// Renders <paramref name="markdown"/> with each span wrapped in &lt;mark&gt; (overlapping spans
    /// merge); the first mark gets <c>id="cited"</c> so a link can land on it.
    /// </summary>
    public MarkupString Render(string markdown, IReadOnlyList<(int Start, int Length)> highlights)
    {
        var spans = highlights
            .Where(h => h.Start >= 0 && h.Length > 0 && h.Start + h.Length <= markdown.Length)
            .OrderBy(h => h.Start)
            .Aggregate(new List<(int Start, int End)>(), (merged, h) =>
            {
                if (merged.Count > 0 && h.Start <= merged[^1].End)
                {
                    merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, h.Start + h.Length));
                }
                else
                {
                    merged.Add((h.Start, h.Start + h.Length));
                }

                return merged;
            });
        if (spans.Count == 0)
        {
            return Render(markdown);
        }

        // The highlight markers pass through Markdig as text, then become <mark> in the HTML.
        var html = Render(Highlight.Mark(markdown, spans)).Value;
        var first = html.IndexOf(Highlight.Open, StringComparison.Ordinal);
        html = string.Concat(html.AsSpan(0, first), "<mark id=\"cited\">", html.AsSpan(first + 1))
            .Replace(Highlight.Open, "<mark>", StringComparison.Ordinal)
            .Replace(Highlight.Close, "</mark>", StringComparison.Ordinal);
        return new MarkupString(html);
    }

    public MarkupString Render(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        // An unsafe link or image becomes its text (an image, its alt text): no dead <a href=""> left behind.
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafe(l.Url)).ToList())
        {
            for (var child = link.FirstChild; child is not null;)
            {
                var next = child.NextSibling;
                child.Remove();
                link.InsertBefore(child);
                child = next;
            }

            link.Remove();
        }

        // Autolinks ("<javascript:alert(1)>") are a different inline; an unsafe one becomes plain text.
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsSafe(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return new MarkupString(writer.ToString());
    }

    /// <summary>Relative links and http(s)/mailto only; anything else (javascript:, data:, vbscript:) is dropped.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true;
        }

        return _safeSchemes.Contains(compact[..colon].ToLowerInvariant());
    }
}
