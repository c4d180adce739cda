using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Tests.TestSupport;

namespace IranPakistan.Web.Tests.Import;

public class SeedValidatorTests
{
    [Fact]
    public void ValidSeedFolderHasNoErrors()
    {
        using var folder = SeedFolder.CreateValid();

        var result = SeedCheck.Run(folder.Path);

        Assert.True(result.Errors.Count == 0, result.Report);
        Assert.NotNull(result.Content);
    }

    [Fact]
    public void UnknownActorReferenceIsReportedWithSlugFileAndLine()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("events.yaml", "- actor: bla", "- actor: nobody");

        var result = SeedCheck.Run(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("events.yaml", error.File);
        Assert.Equal(folder.LineOf("events.yaml", "actor: nobody"), error.Line);
        Assert.Contains("'nobody'", error.Message, StringComparison.Ordinal);
        Assert.Contains("actor", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Content);
    }

    [Fact]
    public void UnknownPlaceAndTopicReferencesAreReported()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("events.yaml", "places: [saravan]", "places: [atlantis]");
        folder.Replace("figures.yaml", "topic: security", "topic: cricket");

        var result = SeedCheck.Run(folder.Path);

        Assert.Contains(result.Errors, e => e.File == "events.yaml" && e.Message.Contains("unknown place 'atlantis'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.File == "figures.yaml" && e.Message.Contains("unknown topic 'cricket'", StringComparison.Ordinal));
    }

    [Fact]
    public void MisquotedCitationIsReportedWithFileAndLine()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("actors.yaml", "Pakistan retaliated two days later", "Pakistan retaliated three days later");

        var result = SeedCheck.Run(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("actors.yaml", error.File);
        Assert.Equal(folder.LineOf("actors.yaml", "Pakistan retaliated three days later"), error.Line);
        Assert.Contains("quote not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("actor 'pakistan'", error.Message, StringComparison.Ordinal);
        Assert.Contains(SeedFolder.SourceSlug, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("quotation marks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StraightApostropheWhereSourceHasTypographicOneGetsQuotationMarkHint()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("places.yaml", "\"in Saravan, Iran\"", "\"Jaish al-Adl bases in Pakistan's Baluchistan province\"");

        var result = SeedCheck.Run(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("places.yaml", error.File);
        Assert.Equal(folder.LineOf("places.yaml", "Pakistan's Baluchistan"), error.Line);
        Assert.Contains("quote not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("quotation marks", error.Message, StringComparison.Ordinal);
        Assert.Contains("’", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteInTwoParagraphsIsReportedAsAmbiguous()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("actors.yaml", "Pakistan retaliated two days later", SeedFolder.RepeatedPhrase);

        var result = SeedCheck.Run(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("actors.yaml", error.File);
        Assert.Equal(folder.LineOf("actors.yaml", SeedFolder.RepeatedPhrase), error.Line);
        Assert.Contains("occurs in 2 paragraphs", error.Message, StringComparison.Ordinal);
        Assert.Contains("#p-2, #p-4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteWithPlainSpaceMatchesSourceNoBreakSpace()
    {
        using var folder = SeedFolder.CreateValid();
        Assert.Contains("$10 billion", folder.Read("figures.yaml"), StringComparison.Ordinal);
        Assert.Contains("$10" + SeedFolder.Nbsp + "billion", folder.Read(SeedFolder.SourceFile), StringComparison.Ordinal);

        var result = SeedCheck.Run(folder.Path);

        Assert.True(result.Errors.Count == 0, result.Report);
        var citation = Assert.Single(result.Content!.Figures.Single(f => f.Slug == "trade-target").Citations);
        Assert.Equal(3, citation.Paragraph.Number);
        // The stored quote is the source's own text, no-break space included.
        Assert.Equal("raise bilateral trade to $10" + SeedFolder.Nbsp + "billion", citation.Quote);
    }

    [Fact]
    public void DuplicateSlugIsReported()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Write("actors.yaml", folder.Read("actors.yaml") + """
              - slug: pakistan
                name: Pakistan again
                kind: country
                description: The same slug twice.
                citations:
                  - quote: "Pakistan retaliated two days later"
            """);

        var result = SeedCheck.Run(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("actors.yaml", error.File);
        Assert.Equal(folder.LineOf("actors.yaml", "name: Pakistan again") - 1, error.Line);
        Assert.Contains("'pakistan' is used twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateSlugInAnotherFileIsReported()
    {
        using var folder = SeedFolder.CreateValid();
        // Files are read in path order, so the copy in sub/ is the second one.
        folder.Write("sub/places.yaml", """
            default_source: test-source
            places:
              - slug: saravan
                name: Saravan again
                kind: city
                country: Iran
                latitude: 27.37
                longitude: 62.33
                description: A second Saravan.
                citations:
                  - quote: "in Saravan, Iran"
            """);

        var result = SeedCheck.Run(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("sub/places.yaml", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("'saravan' is used twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DayPrecisionWithMonthDateIsReported()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("events.yaml", "date: 2024-01-18", "date: 2024-01");

        var result = SeedCheck.Run(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("events.yaml", error.File);
        Assert.Equal(folder.LineOf("events.yaml", "slug: pakistan-strikes-saravan"), error.Line);
        Assert.Contains("precision 'day'", error.Message, StringComparison.Ordinal);
        Assert.Contains("yyyy-mm-dd", error.Message, StringComparison.Ordinal);
        Assert.Contains("'2024-01'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImpossibleDateIsReported()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("events.yaml", "date: 2024-01-18", "date: 2024-02-30");

        var result = SeedCheck.Run(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("events.yaml", error.File);
        Assert.Contains("'2024-02-30' is not yyyy, yyyy-mm or yyyy-mm-dd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApproximateDateWithoutLabelIsReported()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("agreements.yaml", "    date: 2024-04\n    precision: month", "    earliest: 2024\n    precision: approximate");

        var result = SeedCheck.Run(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("agreements.yaml", error.File);
        Assert.Equal(folder.LineOf("agreements.yaml", "slug: trade-target"), error.Line);
        Assert.Contains("approximate", error.Message, StringComparison.Ordinal);
        Assert.Contains("date_label", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApproximateDateWithLabelIsAccepted()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace(
            "agreements.yaml",
            "    date: 2024-04\n    precision: month",
            "    earliest: 2024\n    precision: approximate\n    date_label: in the coming years");

        var result = SeedCheck.Run(folder.Path);

        Assert.True(result.Errors.Count == 0, result.Report);
        var agreement = Assert.Single(result.Content!.Agreements);
        var date = PartialDate.Of(agreement)!;
        Assert.Equal(DatePrecision.Approximate, date.Precision);
        Assert.Equal("in the coming years", date.Text);
        Assert.Equal((new DateOnly(2024, 1, 1), (DateOnly?)null), (date.Earliest, date.Latest));
    }

    [Fact]
    public void ErrorsInSeveralFilesAreAllReportedTogether()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("events.yaml", "- actor: bla", "- actor: nobody");
        folder.Replace("events.yaml", "precision: day", "precision: month");
        folder.Replace("actors.yaml", "Pakistan retaliated two days later", "Pakistan retaliated three days later");
        folder.Replace("places.yaml", "kind: city", "kind: village");

        var result = SeedCheck.Run(folder.Path);

        Assert.True(result.Errors.Count >= 4, result.Report);
        Assert.True(result.Errors.Select(e => e.File).Distinct().Count() >= 3, result.Report);
        Assert.Contains(result.Errors, e => e.File == "events.yaml" && e.Message.Contains("'nobody'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.File == "events.yaml" && e.Message.Contains("precision 'month'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.File == "actors.yaml" && e.Message.Contains("quote not found", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.File == "places.yaml" && e.Message.Contains("'village'", StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.True(e.Line > 0, e.ToString()));
        Assert.Null(result.Content);
    }

    [Fact]
    public void UnknownSectionInTopicListsTheAvailableSections()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("topics.yaml", "sections: [opening, irans-soft-power]", "sections: [opening, soft-power]");

        var result = SeedCheck.Run(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("topics.yaml", error.File);
        Assert.Equal(folder.LineOf("topics.yaml", "slug: security"), error.Line);
        Assert.Contains("section 'soft-power'", error.Message, StringComparison.Ordinal);
        Assert.Contains("it has: opening, irans-soft-power", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CitationOfUnknownSourceIsReported()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("places.yaml", "- quote: \"in Saravan, Iran\"", "- quote: \"in Saravan, Iran\"\n        source: elsewhere");

        var result = SeedCheck.Run(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("places.yaml", error.File);
        Assert.Equal(folder.LineOf("places.yaml", "in Saravan, Iran"), error.Line);
        Assert.Contains("unknown source 'elsewhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FactWithoutCitationsIsReported()
    {
        using var folder = SeedFolder.CreateValid();
        folder.Replace("places.yaml", "    citations:\n      - quote: \"in Saravan, Iran\"\n", "");

        var result = SeedCheck.Run(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("places.yaml", error.File);
        Assert.Contains("place 'saravan' has no citations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CitationsPointAtTheParagraphHoldingTheQuote()
    {
        using var folder = SeedFolder.CreateValid();

        var content = SeedCheck.Run(folder.Path).Content!;

        Assert.Equal(1, Assert.Single(Assert.Single(content.Topics.Single().Claims).Citations).Paragraph.Number);
        Assert.Equal(2, Assert.Single(content.Actors.Single(a => a.Slug == "bla").Citations).Paragraph.Number);
        Assert.Equal(3, Assert.Single(Assert.Single(content.Agreements).Citations).Paragraph.Number);
    }

    [Fact]
    public void ActorsAreLinkedToParagraphsThatNameThemByAlias()
    {
        using var folder = SeedFolder.CreateValid();

        var content = SeedCheck.Run(folder.Path).Content!;

        // "Balochistan Liberation Army" is never written out: only its alias "BLA" is, in paragraph 2.
        var bla = content.Actors.Single(a => a.Slug == "bla");
        Assert.Equal([2], bla.MentionedIn.Select(p => p.Number));
        Assert.Equal([1, 2, 4], content.Actors.Single(a => a.Slug == "pakistan").MentionedIn.Select(p => p.Number).Order());
    }
}
