using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Tests.Shared.Text;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("""<script>alert(1)</script>""")]
    [InlineData("""Before <script>alert(1)</script> after""")]
    [InlineData("""<img src=x onerror=alert(1)>""")]
    [InlineData("""Text with <img src=x onerror=alert(1)> inline""")]
    [InlineData("""<a href="javascript:alert(1)">x</a>""")]
    [InlineData("""Hello <b onclick="alert(1)">there</b>""")]
    [InlineData("""<iframe src="https://example.org"></iframe>""")]
    public void RawHtmlIsEscapedNotRendered(string markdown)
    {
        var html = _renderer.Render(markdown).Value;
        var body = Parse(html);

        Assert.Empty(body.QuerySelectorAll("script, img, iframe, a, b"));
        Assert.DoesNotContain(body.Descendants<IElement>(), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        // The reader still sees what was written, as text.
        Assert.Contains(markdown, body.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[x](javascript:alert(1))""")]
    [InlineData("""[x](JaVaScRiPt:alert(1))""")]
    [InlineData("""[x]( javascript:alert(1) )""")]
    [InlineData("""[x](java&#9;script:alert(1))""")]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("""[x](java&#x0A;script:alert(1))""")]
    [InlineData("""[x](&#106;avascript:alert(1))""")]
    [InlineData("""[x](javascript&colon;alert(1))""")]
    [InlineData("""[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)""")]
    [InlineData("""[x](DATA:text/html,hello)""")]
    [InlineData("""[x](vbscript:msgbox(1))""")]
    [InlineData("""[x](file:///etc/passwd)""")]
    [InlineData("""![x](javascript:alert(1))""")]
    [InlineData("""
        [x][evil]

        [evil]: javascript:alert(1)
        """)]
    [InlineData("""<javascript:alert(1)>""")]
    [InlineData("""<JAVASCRIPT:alert(1)>""")]
    [InlineData("""<data:text/html,hello>""")]
    [InlineData("""<vbscript:msgbox(1)>""")]
    public void UnsafeLinksLoseTheirTarget(string markdown)
    {
        var html = _renderer.Render(markdown).Value;
        var body = Parse(html);

        var targets = body.QuerySelectorAll("[href], [src]")
            .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") })
            .Where(v => !string.IsNullOrEmpty(v));
        Assert.Empty(targets);
        // No attribute anywhere carries the scheme (the text may show it: as text it is harmless).
        var attributes = body.Descendants<IElement>().SelectMany(e => e.Attributes).Select(a => Compact(a.Value));
        Assert.DoesNotContain(attributes, v => v.Contains("script:", StringComparison.OrdinalIgnoreCase)
            || v.Contains("data:", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("""<javascript:alert(1)>""", "javascript:alert(1)")]
    [InlineData("""Go <vbscript:msgbox(1)> now""", "Go vbscript:msgbox(1) now")]
    public void UnsafeAutolinkIsShownAsPlainText(string markdown, string text)
    {
        var body = Parse(_renderer.Render(markdown).Value);

        Assert.Empty(body.QuerySelectorAll("a"));
        Assert.Equal(text, body.TextContent.Trim());
    }

    [Fact]
    public void UnsafeImageIsShownAsItsAltText()
    {
        var body = Parse(_renderer.Render("""A ![map of the border](javascript:alert(1)) here.""").Value);

        Assert.Empty(body.QuerySelectorAll("img, a"));
        Assert.Equal("A map of the border here.", body.TextContent.Trim());
    }

    [Fact]
    public void EmailAutolinkIsKept()
    {
        var body = Parse(_renderer.Render("""<editor@example.org>""").Value);

        Assert.Equal("mailto:editor@example.org", Assert.Single(body.QuerySelectorAll("a")).GetAttribute("href"));
    }

    [Theory]
    [InlineData("""[x](https://example.org/a?b=1)""", "https://example.org/a?b=1")]
    [InlineData("""[x](http://example.org)""", "http://example.org")]
    [InlineData("""[x](HTTPS://EXAMPLE.ORG/)""", "HTTPS://EXAMPLE.ORG/")]
    [InlineData("""[x](mailto:editor@example.org)""", "mailto:editor@example.org")]
    [InlineData("""[x](/topics/security)""", "/topics/security")]
    [InlineData("""[x](actors/iran)""", "actors/iran")]
    [InlineData("""[x](../sources/iran-pakistan-relations#p-3)""", "../sources/iran-pakistan-relations#p-3")]
    [InlineData("""[x](#p-3)""", "#p-3")]
    [InlineData("""[x](/search?q=time:2024)""", "/search?q=time:2024")]
    [InlineData("""<https://example.org/page>""", "https://example.org/page")]
    [InlineData("""
        [x][ref]

        [ref]: https://example.org/ref
        """, "https://example.org/ref")]
    public void SafeLinksAreKept(string markdown, string href)
    {
        var body = Parse(_renderer.Render(markdown).Value);

        var link = Assert.Single(body.QuerySelectorAll("a"));
        Assert.Equal(href, link.GetAttribute("href"));
    }

    [Fact]
    public void LinkTextSurvivesWhenTheTargetIsDropped()
    {
        var body = Parse(_renderer.Render("""See [the **strike**](javascript:alert(1)) for details.""").Value);

        Assert.Equal("See the strike for details.", body.TextContent.Trim());
        // Plain text, not a link that goes nowhere.
        Assert.Empty(body.QuerySelectorAll("a"));
        Assert.Equal("strike", body.QuerySelector("strong")?.TextContent);
    }

    [Fact]
    public void OrdinaryMarkdownIsRendered()
    {
        var body = Parse(_renderer.Render("""
            Some *emphasis* and **strong** text.

            - one
            - two
            """).Value);

        Assert.Equal("emphasis", body.QuerySelector("em")?.TextContent);
        Assert.Equal("strong", body.QuerySelector("strong")?.TextContent);
        Assert.Equal(2, body.QuerySelectorAll("li").Length);
    }

    private static IElement Parse(string html)
    {
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        return document.Body!;
    }

    private static string Compact(string s) => new([.. s.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
}
