using IranPakistan.Web.Import;

namespace IranPakistan.Web.Tests.Import;

public class SourceDocumentParserTests
{
    private const string Document = """
        ---
        slug: sample
        title: "A Sample"
        opening_section: Before the headings
        ---

        First paragraph,
        written over two lines.

        Second paragraph.

        ## Security Factor

        Third paragraph.

        ## Iran’s Soft Power

        Fourth paragraph.


        Fifth paragraph.
        """;

    [Fact]
    public void HeadingsBecomeSectionsWithSlugs()
    {
        var errors = new List<SeedError>();

        var doc = SourceDocumentParser.Parse("sources/sample.md", Document, errors);

        Assert.Empty(errors);
        Assert.NotNull(doc);
        Assert.Equal("sample", doc.Meta.Slug);
        Assert.Equal("A Sample", doc.Meta.Title);
        Assert.Equal(["opening", "security-factor", "irans-soft-power"], doc.Sections.Select(s => s.Slug));
        Assert.Equal(["Before the headings", "Security Factor", "Iran’s Soft Power"], doc.Sections.Select(s => s.Title));
        Assert.Equal([false, true, true], doc.Sections.Select(s => s.IsSourceHeading));
    }

    [Fact]
    public void ParagraphNumbersContinueAcrossSections()
    {
        var doc = SourceDocumentParser.Parse("sources/sample.md", Document, [])!;

        Assert.Equal([[1, 2], [3], [4, 5]], doc.Sections.Select(s => s.Paragraphs.Select(p => p.Number)));
        Assert.Equal(
            ["First paragraph,\nwritten over two lines.", "Second paragraph.", "Third paragraph.", "Fourth paragraph.", "Fifth paragraph."],
            doc.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void ParagraphsRememberTheLineTheyStartOn()
    {
        var doc = SourceDocumentParser.Parse("sources/sample.md", Document, [])!;

        var lines = Document.Split('\n');
        Assert.All(doc.Paragraphs, p => Assert.StartsWith(p.Text.Split('\n')[0], lines[p.Line - 1], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Iran’s Soft Power", "irans-soft-power")]
    [InlineData("Iran's Soft Power", "irans-soft-power")]
    [InlineData("Security Factor", "security-factor")]
    [InlineData("Economic and Energy Cooperation", "economic-and-energy-cooperation")]
    [InlineData("Final Remarks", "final-remarks")]
    [InlineData("  Kashmir:  a Dispute (1947–2024)! ", "kashmir-a-dispute-1947-2024")]
    [InlineData("Afghanistan", "afghanistan")]
    public void SlugifyLowerCasesAndTurnsNonLettersIntoHyphens(string heading, string expected) =>
        Assert.Equal(expected, SourceDocumentParser.Slugify(heading));

    [Fact]
    public void WindowsLineEndingsParseTheSame()
    {
        var crlf = SourceDocumentParser.Parse("sources/sample.md", Document.Replace("\n", "\r\n", StringComparison.Ordinal), [])!;
        var lf = SourceDocumentParser.Parse("sources/sample.md", Document, [])!;

        Assert.Equal(lf.Paragraphs.Select(p => (p.Number, p.Text, p.Line)), crlf.Paragraphs.Select(p => (p.Number, p.Text, p.Line)));
        Assert.Equal(lf.Sections.Select(s => s.Slug), crlf.Sections.Select(s => s.Slug));
    }

    [Fact]
    public void SourceWithoutOpeningParagraphsHasNoOpeningSection()
    {
        var doc = SourceDocumentParser.Parse("sources/sample.md", """
            ---
            slug: sample
            title: Sample
            ---

            ## Only Heading

            Only paragraph.
            """, [])!;

        var section = Assert.Single(doc.Sections);
        Assert.Equal("only-heading", section.Slug);
        Assert.Equal(1, Assert.Single(section.Paragraphs).Number);
    }

    [Fact]
    public void MissingFrontMatterIsAnError()
    {
        var errors = new List<SeedError>();

        var doc = SourceDocumentParser.Parse("sources/sample.md", "First paragraph.\n\n## Heading\n\nSecond.\n", errors);

        Assert.Null(doc);
        var error = Assert.Single(errors);
        Assert.Equal("sources/sample.md", error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("front matter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedFrontMatterIsAnError()
    {
        var errors = new List<SeedError>();

        var doc = SourceDocumentParser.Parse("sources/sample.md", "---\nslug: sample\ntitle: Sample\n\nFirst paragraph.\n", errors);

        Assert.Null(doc);
        Assert.Contains("not closed", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FrontMatterWithoutSlugOrTitleIsAnError()
    {
        var errors = new List<SeedError>();

        SourceDocumentParser.Parse("sources/sample.md", "---\nauthor: null\n---\n\nFirst paragraph.\n", errors);

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Message.Contains("'slug'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'title'", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal("sources/sample.md", e.File));
    }

    [Fact]
    public void MalformedFrontMatterIsReportedAtItsLineInTheFile()
    {
        var errors = new List<SeedError>();

        var doc = SourceDocumentParser.Parse("sources/sample.md", "---\nslug: sample\ntitle: [Sample\n---\n\nFirst paragraph.\n", errors);

        Assert.Null(doc);
        var error = Assert.Single(errors);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("front matter:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFrontMatterKeyIsAnError()
    {
        var errors = new List<SeedError>();

        var doc = SourceDocumentParser.Parse("sources/sample.md", "---\nslug: sample\ntitle: Sample\nauthr: Someone\n---\n\nFirst paragraph.\n", errors);

        Assert.Null(doc);
        var error = Assert.Single(errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("authr", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedHeadingIsAnError()
    {
        var errors = new List<SeedError>();

        SourceDocumentParser.Parse("sources/sample.md", "---\nslug: s\ntitle: S\n---\n\n## Trade\n\nOne.\n\n## Trade\n\nTwo.\n", errors);

        var error = Assert.Single(errors);
        Assert.Equal(10, error.Line);
        Assert.Contains("repeats section 'trade'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceWithoutParagraphsIsAnError()
    {
        var errors = new List<SeedError>();

        SourceDocumentParser.Parse("sources/sample.md", "---\nslug: s\ntitle: S\n---\n\n", errors);

        Assert.Contains("no paragraphs", Assert.Single(errors).Message, StringComparison.Ordinal);
    }
}
