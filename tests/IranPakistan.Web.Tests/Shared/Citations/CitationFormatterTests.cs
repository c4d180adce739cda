using System.Text.Json;
using IranPakistan.Web.Shared.Citations;
using static IranPakistan.Web.Tests.Shared.Citations.CitationReaders;

namespace IranPakistan.Web.Tests.Shared.Citations;

/// <summary>Every format for every kind of citation, read back the way a reference manager would.</summary>
public sealed class CitationFormatterTests
{
    private const string Base = "https://explorer.example.org";
    private static readonly DateOnly _accessed = new(2026, 11, 30);

    // The hard cases: TeX's specials, braces that could close a field early, quotes, non-ASCII names,
    // and a line break that would start a new RIS tag.
    private const string TrickyTitle = "Jaish al-Adl & {BLA} in Sistan and Baluchestan: 100% “not Iranian nationals” #1 $5_000 ^~ C:\\path";
    private const string TrickyQuote = "the seven casualties “were not Iranian nationals.” {really} 50% & more\nTY  - JOUR";

    private static readonly CitedSource _anonymous = new("iran-pakistan-relations", "Iran-Pakistan Relations: Balancing Geopolitical Realities",
        "What is behind Ebrahim Raisi’s most recent visit to Pakistan?", null, null, null);

    public static TheoryData<CiteKind> Kinds => [.. Enum.GetValues<CiteKind>()];

    private static CiteWork Work(CiteKind kind, string title = TrickyTitle)
    {
        var sentences = kind == CiteKind.Paragraph
            ? (IReadOnlyList<CitedSentence>)[]
            : [new CitedSentence(1, [TrickyQuote], Base + "/sources/iran-pakistan-relations#p-1"), new CitedSentence(12, ["Jaish al-Adl", "Sistan and Baluchestan"], Base + "/sources/iran-pakistan-relations#p-12")];
        var slug = kind == CiteKind.Paragraph ? "iran-pakistan-relations" : "jaish-al-adl";
        return new CiteWork(kind, slug, title, Base + CiteKinds.PagePath(kind, slug, 7), "2cdd0440", new DateOnly(2026, 11, 29), _anonymous, sentences)
        {
            Paragraph = kind == CiteKind.Paragraph ? 7 : null,
        };
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ApaSaysNoDateAndRetrievedFromTheAbsoluteAddress(CiteKind kind)
    {
        var work = Work(kind);

        var text = CitationFormatter.Format(work, CitationFormat.Apa, _accessed);

        Assert.Contains("(n.d.)", text, StringComparison.Ordinal);
        Assert.Contains($"Retrieved November 30, 2026, from {work.Address}", text, StringComparison.Ordinal);
        Assert.Contains("content version 2cdd0440, built 2026-11-29", text, StringComparison.Ordinal);
        AssertCitesTheSourceHonestly(work, text);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ChicagoGivesTheAccessDateAndNoDate(CiteKind kind)
    {
        var work = Work(kind);

        var text = CitationFormatter.Format(work, CitationFormat.Chicago, _accessed);

        Assert.Contains("No date.", text, StringComparison.Ordinal);
        Assert.Contains($"Accessed November 30, 2026. {work.Address}.", text, StringComparison.Ordinal);
        Assert.Contains(CitationFormatter.SiteName, text, StringComparison.Ordinal);
        AssertCitesTheSourceHonestly(work, text);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void MlaAbbreviatesTheMonthOfAccess(CiteKind kind)
    {
        var work = Work(kind);

        var text = CitationFormatter.Format(work, CitationFormat.Mla, _accessed);

        Assert.Contains($"{work.Address}. Accessed 30 Nov. 2026.", text, StringComparison.Ordinal);
        AssertCitesTheSourceHonestly(work, text);
    }

    private static void AssertCitesTheSourceHonestly(CiteWork work, string text)
    {
        // No author is invented; what the source lacks is said.
        Assert.DoesNotContain("Anonymous", text, StringComparison.OrdinalIgnoreCase);
        if (work.Kind == CiteKind.Paragraph)
        {
            Assert.Contains("Author, publisher and date not stated in the text", text, StringComparison.Ordinal);
            Assert.Contains("7", text, StringComparison.Ordinal);
            return;
        }

        Assert.Contains(work.Title, text, StringComparison.Ordinal);
        var lines = text.Split('\n');
        // One line for the page, one per cited paragraph of the source, each with the quote and the paragraph's address.
        Assert.Equal(1 + work.Sentences.Count, lines.Length);
        foreach (var (sentence, line) in work.Sentences.Zip(lines.Skip(1)))
        {
            Assert.StartsWith("Source sentence: ", line, StringComparison.Ordinal);
            Assert.Contains(sentence.Address, line, StringComparison.Ordinal);
            Assert.Contains("not stated in the text", line, StringComparison.Ordinal);
            Assert.Contains("n.d.", line, StringComparison.Ordinal);
            Assert.All(sentence.Quotes, q => Assert.Contains($"“{q.Replace('\n', ' ')}”", line, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void BibTeXReadsBackToWhatWasPutIn(CiteKind kind)
    {
        var work = Work(kind);

        var entries = ReadBibTeX(CitationFormatter.Format(work, CitationFormat.BibTeX, _accessed));

        Assert.Equal(1 + work.Sentences.Count, entries.Count);
        Assert.Equal(entries.Count, entries.Select(e => e.Key).Distinct().Count());
        var page = entries[0];
        Assert.Equal("misc", page.Type);
        Assert.Equal(kind == CiteKind.Paragraph ? $"{_anonymous.FullTitle}, paragraph 7" : TrickyTitle, Unescape(page.Fields["title"]));
        Assert.Equal(work.Address, page.Fields["url"]);
        Assert.Equal("2026-11-30", page.Fields["urldate"]);
        Assert.Equal("2cdd0440", page.Fields["version"]);
        Assert.Equal(CitationFormatter.SiteName, Unescape(page.Fields["howpublished"]));
        Assert.False(page.Fields.ContainsKey("author"), "no author is invented");
        Assert.False(page.Fields.ContainsKey("year"), "no year is invented");
        Assert.All(entries.SelectMany(e => e.Fields).Where(f => f.Key != "url"), f => Assert.True(HasOnlyEscapedSpecials(f.Value), $"{f.Key}: {f.Value}"));
        foreach (var (sentence, entry) in work.Sentences.Zip(entries.Skip(1)))
        {
            Assert.Contains(entry.Key, Unescape(page.Fields["note"]), StringComparison.Ordinal);
            Assert.Equal(sentence.Address, entry.Fields["url"]);
            Assert.Equal(_anonymous.Title, Unescape(entry.Fields["title"]));
            var note = Unescape(entry.Fields["note"]);
            Assert.StartsWith("Author, publisher and date not stated in the text.", note, StringComparison.Ordinal);
            // The quote comes back whole (a line break becomes a space: BibTeX values are one paragraph).
            Assert.All(sentence.Quotes, q => Assert.Contains(q.Replace('\n', ' '), note, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void RisReadsBackOneLinePerTag(CiteKind kind)
    {
        var work = Work(kind);

        var records = ReadRis(CitationFormatter.Format(work, CitationFormat.Ris, _accessed));

        Assert.Equal(1 + work.Sentences.Count, records.Count);
        var page = records[0];
        Assert.Equal("ELEC", Value(page, "TY"));
        Assert.Equal(kind == CiteKind.Paragraph ? $"{_anonymous.FullTitle}, paragraph 7" : TrickyTitle, Value(page, "TI"));
        Assert.Equal(CitationFormatter.SiteName, Value(page, "T2"));
        Assert.Equal(work.Address, Value(page, "UR"));
        Assert.Equal("2026/11/30", Value(page, "Y2"));
        Assert.Contains("2cdd0440", Value(page, "ET"), StringComparison.Ordinal);
        Assert.DoesNotContain(page, f => f.Tag is "AU" or "PY" or "DA");
        foreach (var (sentence, record) in work.Sentences.Zip(records.Skip(1)))
        {
            Assert.Equal(sentence.Address, Value(record, "UR"));
            Assert.DoesNotContain(record, f => f.Tag is "AU" or "PY" or "DA");
            Assert.Contains(record, f => f is ("N1", "Author, publisher and date not stated in the text."));
            var quoted = record.Where(f => f.Tag == "N1").Select(f => f.Value).Last();
            Assert.All(sentence.Quotes, q => Assert.Contains(q.Replace("\n", " ", StringComparison.Ordinal), quoted, StringComparison.Ordinal));
        }
    }

    private static string Value(List<(string Tag, string Value)> record, string tag) => Assert.Single(record, f => f.Tag == tag).Value;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void CslJsonHasTheRequiredFieldsOfEveryItem(CiteKind kind)
    {
        var work = Work(kind);

        using var json = JsonDocument.Parse(CitationFormatter.Format(work, CitationFormat.CslJson, _accessed));

        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(1 + work.Sentences.Count, items.Count);
        string[] cslTypes = ["webpage", "document", "article", "post-weblog"];
        foreach (var item in items)
        {
            // CSL-JSON's schema requires id and type (a known type); a citation is useless without title and URL.
            Assert.False(string.IsNullOrEmpty(item.GetProperty("id").GetString()));
            Assert.Contains(item.GetProperty("type").GetString(), cslTypes);
            Assert.False(string.IsNullOrEmpty(item.GetProperty("title").GetString()));
            Assert.StartsWith(Base, item.GetProperty("URL").GetString(), StringComparison.Ordinal);
            Assert.Equal("[[2026,11,30]]", item.GetProperty("accessed").GetProperty("date-parts").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal));
            Assert.False(item.TryGetProperty("author", out _), "no author is invented");
            Assert.False(item.TryGetProperty("issued", out _), "no date is invented");
        }

        Assert.Equal(items.Count, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(work.Address, items[0].GetProperty("URL").GetString());
        Assert.Equal("2cdd0440", items[0].GetProperty("version").GetString());
        if (kind != CiteKind.Paragraph)
        {
            Assert.Equal(TrickyTitle, items[0].GetProperty("title").GetString());
            Assert.Contains(TrickyQuote.Replace('\n', ' '), items[1].GetProperty("note").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void WithoutAnAccessDateEveryFormatSaysToFillItIn(CiteKind kind)
    {
        var work = Work(kind);

        foreach (var format in CitationFormatter.All)
        {
            var text = CitationFormatter.Format(work, format, null);
            Assert.Contains(CitationFormatter.AccessPlaceholder, text, StringComparison.Ordinal);
            Assert.DoesNotContain("2026-11-30", text, StringComparison.Ordinal);
        }

        // The machine formats stay readable with the placeholder in: CSL-JSON as a literal date.
        using var json = JsonDocument.Parse(CitationFormatter.Format(work, CitationFormat.CslJson, null));
        Assert.Equal(CitationFormatter.AccessPlaceholder, json.RootElement[0].GetProperty("accessed").GetProperty("literal").GetString());
        Assert.Equal(CitationFormatter.AccessPlaceholder, Unescape(ReadBibTeX(CitationFormatter.Format(work, CitationFormat.BibTeX, null))[0].Fields["urldate"]));
        Assert.Equal(CitationFormatter.AccessPlaceholder, Value(ReadRis(CitationFormatter.Format(work, CitationFormat.Ris, null))[0], "Y2"));
    }

    [Theory]
    [InlineData("{", @"\{")]
    [InlineData("}", @"\}")]
    [InlineData("100%", @"100\%")]
    [InlineData("A & B", @"A \& B")]
    [InlineData("#1 $5 a_b", @"\#1 \$5 a\_b")]
    [InlineData("^~", @"\^{}\~{}")]
    [InlineData(@"C:\x", @"C:\textbackslash{}x")]
    [InlineData("Sistan and Baluchestan – “Jaish al-Adl”", "Sistan and Baluchestan – “Jaish al-Adl”")]
    public void BibTeXEscapesEachSpecialCharacterAndKeepsUnicode(string value, string escaped)
    {
        Assert.Equal(escaped, CitationFormatter.BibEscape(value));
        Assert.Equal(value, Unescape(CitationFormatter.BibEscape(value)));
    }

    [Fact]
    public void ATitleWithAClosingBraceCannotEndItsField()
    {
        var work = Work(CiteKind.Event, "Evil} , author = {Someone");

        var entry = ReadBibTeX(CitationFormatter.Format(work, CitationFormat.BibTeX, _accessed))[0];

        Assert.False(entry.Fields.ContainsKey("author"));
        Assert.Equal("Evil} , author = {Someone", Unescape(entry.Fields["title"]));
    }

    [Fact]
    public void AStatedAuthorAndDateAreUsedRatherThanNotStated()
    {
        var work = Work(CiteKind.Event) with { Source = _anonymous with { Author = "A. Writer", Published = "2024" } };

        var apa = CitationFormatter.Format(work, CitationFormat.Apa, _accessed);
        var bib = ReadBibTeX(CitationFormatter.Format(work, CitationFormat.BibTeX, _accessed));

        Assert.Contains("A. Writer. (2024).", apa, StringComparison.Ordinal);
        Assert.Contains("[Publisher not stated in the text.]", apa, StringComparison.Ordinal);
        Assert.Equal("A. Writer", Unescape(bib[1].Fields["author"]));
        Assert.Equal("2024", bib[1].Fields["date"]);
    }

    [Theory]
    [InlineData("jaish-al-adl.bib", "jaish-al-adl", CitationFormat.BibTeX)]
    [InlineData("jaish-al-adl.ris", "jaish-al-adl", CitationFormat.Ris)]
    [InlineData("jaish-al-adl.json", "jaish-al-adl", CitationFormat.CslJson)]
    [InlineData("jaish-al-adl.apa.txt", "jaish-al-adl", CitationFormat.Apa)]
    [InlineData("jaish-al-adl.chicago.txt", "jaish-al-adl", CitationFormat.Chicago)]
    [InlineData("12.mla.txt", "12", CitationFormat.Mla)]
    public void ADownloadsFileNameNamesItsFormat(string file, string name, CitationFormat format) =>
        Assert.Equal((name, format), CitationFormatter.FromFileName(file));

    [Theory]
    [InlineData("jaish-al-adl")]
    [InlineData("jaish-al-adl.txt")]
    [InlineData(".bib")]
    [InlineData("jaish-al-adl.pdf")]
    public void OtherFileNamesNameNoFormat(string file) => Assert.Null(CitationFormatter.FromFileName(file));

    [Fact]
    public void TheScriptFillsInTheSamePlaceholderThePagesWrite()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "IranPakistan.Web", "wwwroot", "js", "copy.js"));

        Assert.Contains($"const PLACEHOLDER = '{CitationFormatter.AccessPlaceholder}';", script, StringComparison.Ordinal);
        foreach (var style in Enum.GetValues<AccessDateStyle>())
        {
            Assert.Contains($"'{CitationFormatter.DateStyleKey(style)}'", script, StringComparison.Ordinal);
        }
    }
}
