using IranPakistan.Web.Import;

namespace IranPakistan.Web.Tests.Import;

/// <summary>A bad tie in seeds/ties.yaml is reported at its file and line, and nothing is imported.</summary>
public sealed class TieValidationTests
{
    private const string Source = """
        ---
        slug: test-source
        title: "A test source"
        opening_section: Opening
        ---

        Iran struck a militant group. Pakistan joined the organisation.
        """;

    private const string Actors = """
        default_source: test-source
        actors:
          - { slug: iran, name: Iran, kind: country, description: "A country.", citations: [{ quote: "Iran struck a militant group." }] }
          - { slug: pakistan, name: Pakistan, kind: country, description: "A country.", citations: [{ quote: "Pakistan joined the organisation." }] }
          - { slug: group, name: Group, kind: militant-group, description: "A group.", citations: [{ quote: "Iran struck a militant group." }] }
        """;

    [Fact]
    public void ValidTieIsBuiltWithItsCitation()
    {
        var (content, errors) = Validate("""
            default_source: test-source
            ties:
              - { from: iran, to: group, type: strike, hedged: true, note: "A strike.", citations: [{ quote: "Iran struck a militant group." }] }
            """);

        Assert.Empty(errors);
        var tie = Assert.Single(content!.Ties);
        Assert.Equal(("iran", "group", "strike", true), (tie.FromActor.Slug, tie.ToActor.Slug, tie.Type, tie.IsHedged));
        Assert.Equal("Iran struck a militant group.", Assert.Single(tie.Citations).Quote);
    }

    [Fact]
    public void UnknownActorIsReportedAtItsLine()
    {
        var (content, errors) = Validate("""
            default_source: test-source
            ties:
              - { from: iran, to: group, type: strike, citations: [{ quote: "Iran struck a militant group." }] }
              - { from: iran, to: nobody, type: strike, citations: [{ quote: "Iran struck a militant group." }] }
            """);

        Assert.Null(content);
        Assert.Equal("ties.yaml:4: unknown actor 'nobody'", Assert.Single(errors).ToString());
    }

    [Fact]
    public void UnknownTypeIsReportedAtItsLineWithTheAllowedTypes()
    {
        var (_, errors) = Validate("""
            default_source: test-source
            ties:
              - { from: iran, to: group, type: friendship, citations: [{ quote: "Iran struck a militant group." }] }
            """);

        var error = Assert.Single(errors);
        Assert.Equal(("ties.yaml", 3), (error.File, error.Line));
        Assert.StartsWith("'type' is 'friendship', expected one of: membership, office, strike", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TieOfAnActorWithItselfIsRejected()
    {
        var (_, errors) = Validate("""
            default_source: test-source
            ties:
              - { from: iran, to: iran, type: strike, citations: [{ quote: "Iran struck a militant group." }] }
            """);

        Assert.Equal("ties.yaml:3: tie iran –strike→ iran: an actor cannot have a tie with itself", Assert.Single(errors).ToString());
    }

    [Fact]
    public void UndirectedTieStatedBothWaysRoundIsADuplicate()
    {
        var (_, errors) = Validate("""
            default_source: test-source
            ties:
              - { from: iran, to: pakistan, type: tension, citations: [{ quote: "Iran struck a militant group." }] }
              - { from: pakistan, to: iran, type: tension, citations: [{ quote: "Pakistan joined the organisation." }] }
            """);

        var error = Assert.Single(errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("already stated at ties.yaml:3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DirectedTieMayRunBothWays()
    {
        var (_, errors) = Validate("""
            default_source: test-source
            ties:
              - { from: iran, to: pakistan, type: influence, citations: [{ quote: "Iran struck a militant group." }] }
              - { from: pakistan, to: iran, type: influence, citations: [{ quote: "Pakistan joined the organisation." }] }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void TieWithoutCitationIsRejected()
    {
        var (_, errors) = Validate("""
            ties:
              - { from: iran, to: group, type: strike }
            """);

        Assert.Equal("ties.yaml:2: tie iran –strike→ group has no citations: every fact needs a verbatim quote", Assert.Single(errors).ToString());
    }

    [Fact]
    public void ActorSlugGraphIsReservedForTheGraphPage()
    {
        var set = Seeds(("more.yaml", """
            default_source: test-source
            actors:
              - { slug: graph, name: Graph, kind: forum, description: "No.", citations: [{ quote: "Iran struck a militant group." }] }
            """));
        var errors = new List<SeedError>();

        SeedValidator.Validate(set, errors);

        Assert.Contains(errors, e => e.ToString() == "more.yaml:3: actor slug 'graph' is taken by the page /actors/graph; choose another");
    }

    private static (ValidatedContent? Content, List<SeedError> Errors) Validate(string ties)
    {
        var errors = new List<SeedError>();
        var set = Seeds(("ties.yaml", ties));
        var content = SeedValidator.Validate(set, errors);
        return (content, errors);
    }

    private static SeedSet Seeds(params (string File, string Yaml)[] files)
    {
        var errors = new List<SeedError>();
        var set = new SeedSet();
        set.Sources.Add(("sources/test-source.md", SourceDocumentParser.Parse("sources/test-source.md", Source, errors)!));
        foreach (var (file, yaml) in files.Prepend(("actors.yaml", Actors)))
        {
            set.Files.Add((file, SeedReader.ParseYaml(file, yaml, errors)!));
        }

        Assert.Empty(errors);
        return set;
    }
}
