using IranPakistan.Web.Shared.FullText;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Tests.Shared.FullText;

/// <summary>What a search result shows of a text: the searched words marked, cut to the stretch that has most of them.</summary>
public sealed class SnippetsTests
{
    private static readonly string _long = new('a', 70);

    private static readonly SearchLexicon _lexicon = new(
        [new("pipeline", 11), new("pipelines", 1), new("chabahar", 3), new("gas", 8), new(_long, 1), new("خامنه", 1)],
        []);

    private static SearchPlan Plan(string input) => SearchPlan.For(FtsQuery.Parse(input)!, _lexicon);

    private static string Marked(string text) => text.Replace(Highlight.Open, "[", StringComparison.Ordinal).Replace(Highlight.Close, "]", StringComparison.Ordinal);

    [Fact]
    public void EveryFormOfTheWordIsMarkedWhateverItsCaseOrDiacritics()
    {
        var text = "The PIPELINE and two pipelines; Chābahār's pipeline-gas link, not a pipeliner.";

        Assert.Equal(
            "The [PIPELINE] and two [pipelines]; [Chābahār]'s [pipeline]-[gas] link, not a pipeliner.",
            Marked(Snippets.Mark(text, Plan("pipeline gas chabahar"))));
    }

    [Fact]
    public void WordsInArabicScriptAndVeryLongWordsAreMarkedToo()
    {
        Assert.Equal($"[خامنه] and [{_long}] but not {_long}b", Marked(Snippets.Mark($"خامنه and {_long} but not {_long}b", Plan($"خامنه {_long}"))));
    }

    [Fact]
    public void ALongTextIsCutAroundItsBestStretchOfMatches()
    {
        var words = Enumerable.Range(0, 60).Select(i => $"w{i}").ToArray();
        words[40] = "gas";
        words[42] = "pipeline";
        words[5] = "gas";

        var snippet = Marked(Snippets.Cut(string.Join(' ', words), Plan("gas pipeline"), 10));

        // Ten words, starting three before the first match of the window with the most matches.
        Assert.Equal("…w37 w38 w39 [gas] w41 [pipeline] w43 w44 w45 w46…", snippet);
    }

    [Fact]
    public void AShortTextIsKeptWholeAndATextWithoutWordsIsEmpty()
    {
        Assert.Equal("Gas: [pipeline]!", Marked(Snippets.Cut("Gas: pipeline!", Plan("pipeline"), 28)));
        Assert.Equal("", Snippets.Cut(" — … ", Plan("pipeline"), 28));
    }
}
