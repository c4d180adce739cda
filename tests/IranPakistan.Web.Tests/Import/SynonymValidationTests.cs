using IranPakistan.Web.Import;

namespace IranPakistan.Web.Tests.Import;

/// <summary>seeds/synonyms.yaml: a reviewed list of other names, checked by the import like every seed.</summary>
public sealed class SynonymValidationTests
{
    private const string Source = """
        ---
        slug: test-source
        title: "A test source"
        opening_section: Opening
        ---

        The Shia population signed MoUs with the US.
        """;

    [Fact]
    public void ValidGroupsAreKept()
    {
        var (content, errors) = Validate("""
            synonyms:
              - terms: ["Shia", "Shiite", "Shi'ite"]
              - terms: ["MoU", "MoUs", "memorandum of understanding"]
            """);

        Assert.Empty(errors);
        Assert.Equal(2, content!.Synonyms.Count);
    }

    [Theory]
    [InlineData("  - terms: [\"Shia\"]", "at least two")]
    [InlineData("  - terms: [\"Shia\", \"Shia <b>\"]", "one to 6 words")]
    [InlineData("  - terms: [\"Shia\", \"one two three four five six seven\"]", "one to 6 words")]
    [InlineData("  - terms: [\"Shia\", \"SHIA\"]", "already listed")]
    [InlineData("  - terms: [\"MoU\", \"MoUs\"]", "spelled-out term")]
    [InlineData("  - terms: [\"xylophone\", \"marimba\"]", "would find nothing")]
    public void BadGroupIsReportedAtItsFileAndLine(string entry, string problem)
    {
        var (content, errors) = Validate("synonyms:\n  - terms: [\"US\", \"United States\"]\n" + entry + "\n");

        Assert.Null(content);
        var error = Assert.Single(errors);
        Assert.Equal(("synonyms.yaml", 3), (error.File, error.Line));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TermListedInTwoGroupsNamesTheFirst()
    {
        var (_, errors) = Validate("""
            synonyms:
              - terms: ["Shia", "Shiite"]
              - terms: ["Shiite", "Shi'a"]
            """);

        Assert.Contains(errors, e => e.Line == 3 && e.Message.Contains("synonyms.yaml:2", StringComparison.Ordinal));
    }

    private static (ValidatedContent? Content, List<SeedError> Errors) Validate(string synonyms)
    {
        var errors = new List<SeedError>();
        var set = new SeedSet();
        set.Sources.Add(("sources/test-source.md", SourceDocumentParser.Parse("sources/test-source.md", Source, errors)!));
        set.Files.Add(("synonyms.yaml", SeedReader.ParseYaml("synonyms.yaml", synonyms, errors)!));
        Assert.Empty(errors);
        return (SeedValidator.Validate(set, errors), errors);
    }
}
