using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Import;
using IranPakistan.Web.Import.Validation;

namespace IranPakistan.Web.Tests.Import.Validation;

/// <summary>A citation's quote occurs verbatim in exactly one paragraph, and the citation points at it.</summary>
public sealed class CitationChecksTests
{
    private readonly List<SeedError> _errors = [];
    private readonly FileContext _file;

    public CitationChecksTests()
    {
        var run = new ValidationRun(_errors);
        var source = new Source { Slug = "s", Title = "S" };
        var section = new Section { Slug = "opening", Title = "Opening", Source = source };
        string[] texts = ["Iran struck on January\u00A016.", "Pakistan’s reply came two days later.", "Both sides talked. Both sides talked again."];
        for (var i = 0; i < texts.Length; i++)
        {
            source.Paragraphs.Add(new Paragraph { Number = i + 1, Text = texts[i], Source = source, Section = section });
        }

        run.Sources["s"] = (source, "sources/s.md");
        _file = new FileContext(run, "facts.yaml", "s");
    }

    [Fact]
    public void AQuoteFoundOnceCitesItsParagraphInTheSourcesOwnWords()
    {
        var citation = Assert.Single(Cite(new CitationSeed { Quote = "struck on January 16" }));

        Assert.Empty(_errors);
        Assert.Equal(1, citation.Paragraph.Number);
        Assert.Equal("struck on January\u00A016", citation.Quote);
    }

    [Fact]
    public void WithinOneParagraphAQuoteMayRepeat()
    {
        Assert.Single(Cite(new CitationSeed { Quote = "Both sides talked" }));
        Assert.Empty(_errors);
    }

    [Fact]
    public void AFactWithoutCitationsIsReportedAtItsLine()
    {
        Assert.Empty(_file.Citations(new ActorSeed { Line = 8 }, [], "actor 'x'"));

        Assert.Equal("facts.yaml:8: actor 'x' has no citations: every fact needs a verbatim quote", Assert.Single(_errors).ToString());
    }

    [Fact]
    public void AStraightApostropheGetsTheQuotationMarkHint()
    {
        Assert.Empty(Cite(new CitationSeed { Quote = "Pakistan's reply", Line = 12 }));

        var error = Assert.Single(_errors);
        Assert.Equal(12, error.Line);
        Assert.StartsWith("fact: quote not found in source 's': \"Pakistan's reply\" (it differs only in quotation marks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACitationNeedsAQuoteAndAKnownSource()
    {
        Cite(new CitationSeed { Line = 2 }, new CitationSeed { Quote = "Iran struck", Source = "other", Line = 3 });

        Assert.Equal(
            ["facts.yaml:2: fact: a citation needs a 'quote'", "facts.yaml:3: fact: unknown source 'other'"],
            _errors.Select(e => e.ToString()));
    }

    private List<Citation> Cite(params CitationSeed[] citations) =>
        _file.Citations(new ActorSeed { Line = 1 }, [.. citations], "fact");
}
