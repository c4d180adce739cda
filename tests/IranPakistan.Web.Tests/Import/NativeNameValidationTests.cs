using IranPakistan.Web.Import;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Tests.Import;

/// <summary>
/// native_names on actors and places: a language tag we take (fa, ur) and a name in Arabic script only,
/// each problem reported at the item's file and line, naming the item and the field.
/// </summary>
public sealed class NativeNameValidationTests
{
    private const string Source = """
        ---
        slug: test-source
        title: "A test source"
        opening_section: Opening
        ---

        Iran and Pakistan share a border near Taftan.
        """;

    [Fact]
    public void NamesInBothLanguagesAreKept()
    {
        var (content, errors) = Validate("""{ fa: "ایران", ur: "ایران" }""", """{ fa: "اسلام‌آباد", ur: "اسلام آباد" }""");

        Assert.Empty(errors);
        var iran = content!.Actors.Single();
        Assert.Equal(("ایران", "ایران"), (iran.NameFa, iran.NameUr));
        var taftan = content.Places.Single();
        Assert.Equal("اسلام\u200Cآباد", taftan.NameFa);
        Assert.Equal("اسلام آباد", taftan.NameUr);
    }

    [Fact]
    public void NamesAreOptional()
    {
        var (content, errors) = Validate(null, """{ ur: "تفتان" }""");

        Assert.Empty(errors);
        Assert.Null(content!.Actors.Single().NameFa);
        Assert.Equal((null, "تفتان"), (content.Places.Single().NameFa, content.Places.Single().NameUr));
    }

    [Theory]
    [InlineData("""{ ar: "إيران" }""", "native_names: 'ar' is not a language tag we take; expected one of: fa, ur")]
    [InlineData("""{ fa: "Iran ایران" }""", "native_names.fa: 'Iran ایران' has the Latin letter 'I'")]
    [InlineData("""{ ur: "ایرانé" }""", "has the Latin letter 'é'")]
    [InlineData("""{ fa: "\u200Fایران" }""", "bidi control character U+200F")]
    [InlineData("""{ fa: "ایران\u202C" }""", "bidi control character U+202C")]
    [InlineData("""{ fa: "\u2067ایران\u2069" }""", "bidi control character U+2067")]
    [InlineData("""{ fa: "ایـران" }""", "tatweel U+0640")]
    [InlineData("""{ fa: "ایران ۲" }""", "U+06F2, which is not an Arabic-script letter")]
    [InlineData("""{ fa: "ایران-پاکستان" }""", "U+002D, which is not an Arabic-script letter")]
    [InlineData("""{ fa: "" }""", "is empty")]
    [InlineData("""{ fa: " ایران" }""", "starts or ends with a space")]
    [InlineData("""{ fa: "ایران  پاکستان" }""", "two spaces in a row")]
    [InlineData("""{ ur: "Пакистан" }""", "U+041F, which is not an Arabic-script letter")]
    public void BadNameIsReportedAtTheItemWithItsField(string names, string problem)
    {
        var (content, errors) = Validate(names, null);

        Assert.Null(content);
        var error = Assert.Single(errors);
        Assert.Equal(("actors.yaml", 2), (error.File, error.Line));
        Assert.StartsWith("actor 'iran': native_names", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlaceErrorsNameThePlace()
    {
        var (_, errors) = Validate(null, """{ fa: "Taftan" }""");

        var error = Assert.Single(errors);
        Assert.Equal("places.yaml", error.File);
        Assert.StartsWith("place 'taftan': native_names.fa: 'Taftan' has the Latin letter 'T'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ایران")]
    [InlineData("سیستان و بلوچستان")]
    [InlineData("اسلام\u200Cآباد")]
    [InlineData("کوئٹہ")]
    [InlineData("بلوچستان لبریشن فرنٹ")]
    [InlineData("مُحَمَّد")]
    public void RealNamesPass(string name) => Assert.Null(NativeNames.Problem(name));

    private static (ValidatedContent? Content, List<SeedError> Errors) Validate(string? actorNames, string? placeNames)
    {
        var errors = new List<SeedError>();
        var set = new SeedSet();
        set.Sources.Add(("sources/test-source.md", SourceDocumentParser.Parse("sources/test-source.md", Source, errors)!));
        var actor = $"""
            actors:
              - slug: iran
                name: "Iran"
                kind: country
            {(actorNames is null ? "" : "    native_names: " + actorNames)}
                description: "A country."
                citations:
                  - quote: "Iran and Pakistan share a border"
                    source: test-source
            """;
        var place = $"""
            places:
              - slug: taftan
                name: "Taftan"
                kind: border-crossing
                country: "Pakistan"
                latitude: 28.96
                longitude: 61.59
            {(placeNames is null ? "" : "    native_names: " + placeNames)}
                description: "A crossing."
                citations:
                  - quote: "near Taftan"
                    source: test-source
            """;
        set.Files.Add(("actors.yaml", SeedReader.ParseYaml("actors.yaml", actor, errors)!));
        set.Files.Add(("places.yaml", SeedReader.ParseYaml("places.yaml", place, errors)!));
        Assert.Empty(errors);
        return (SeedValidator.Validate(set, errors), errors);
    }
}
