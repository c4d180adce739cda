namespace IranPakistan.Web.Shared.FullText;

/// <summary>
/// A light English stemmer: words that share a stem are forms of one word (pipelines/pipeline,
/// strikes/struck/striking, pilgrims/pilgrimage, agreements/agreed). It strips inflections (-s, -es,
/// -ies, -ed, -ing) and a few derivational endings (-ment, -age, -ion, -ian, -ani) and knows the
/// irregular verbs a news text uses. Deliberately lighter than Porter's: it only ever groups words
/// that are in the index's vocabulary (<see cref="SearchLexicon"/>), and a stem needs at least four
/// letters left, so short words are never merged by accident. Input is a folded word (<see cref="TextFolding.Fold"/>).
/// </summary>
public static class WordForms
{
    private static readonly Dictionary<string, string> _irregular = new(StringComparer.Ordinal)
    {
        ["struck"] = "strike",
        ["fought"] = "fight",
        ["held"] = "hold",
        ["met"] = "meet",
        ["took"] = "take",
        ["taken"] = "take",
        ["began"] = "begin",
        ["begun"] = "begin",
        ["brought"] = "bring",
        ["built"] = "build",
        ["led"] = "lead",
        ["sought"] = "seek",
        ["said"] = "say",
        ["made"] = "make",
        ["gave"] = "give",
        ["given"] = "give",
        ["went"] = "go",
        ["gone"] = "go",
        ["won"] = "win",
        ["fled"] = "flee",
        ["killed"] = "kill",
        ["sent"] = "send",
        ["spent"] = "spend",
        ["bought"] = "buy",
        ["sold"] = "sell",
        ["told"] = "tell",
        ["thought"] = "think",
        ["kept"] = "keep",
        ["left"] = "leave",
        ["lost"] = "lose",
        ["rose"] = "rise",
        ["risen"] = "rise",
        ["shot"] = "shoot",
        ["stood"] = "stand",
        ["wrote"] = "write",
        ["written"] = "write",
        ["men"] = "man",
        ["women"] = "woman",
        ["children"] = "child",
    };

    // Longest first; each needs MinStem letters left before it.
    private static readonly string[] _derivational = ["ments", "ment", "ages", "age", "ations", "ation", "ions", "ion", "ians", "ian"];

    private const int MinStem = 4;

    public static string Stem(string word)
    {
        if (_irregular.TryGetValue(word, out var lemma))
        {
            word = lemma;
        }

        if (word.Length <= MinStem || !word.All(char.IsLetter))
        {
            return word;
        }

        var w = word;
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        // Plurals and third person.
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > MinStem + 1)
        {
            w = w[..^3] + "y";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("sis", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        // Past tense and participles: the stem must keep a vowel ("bring" is not "br" + "ing").
        foreach (var ending in (string[])["ing", "ed"])
        {
            if (w.EndsWith(ending, StringComparison.Ordinal) && w.Length - ending.Length >= 3 && HasVowel(w[..^ending.Length]))
            {
                w = w[..^ending.Length];
                // stopped → stop, planned → plan (but not "call" → "cal").
                if (w.Length >= 3 && w[^1] == w[^2] && !"lsz".Contains(w[^1], StringComparison.Ordinal) && !IsVowel(w[^1]))
                {
                    w = w[..^1];
                }

                break;
            }
        }

        foreach (var ending in _derivational)
        {
            if (w.EndsWith(ending, StringComparison.Ordinal) && w.Length - ending.Length >= MinStem + (ending.Contains("ion", StringComparison.Ordinal) ? 1 : 0))
            {
                w = w[..^ending.Length];
                break;
            }
        }

        // pakistani → pakistan, afghani → afghan.
        if (w.EndsWith("ani", StringComparison.Ordinal) && w.Length > 6)
        {
            w = w[..^1];
        }

        // agree/agreed/agreement, pipeline/pipelines, strike/striking all end on the same stem.
        if (w.EndsWith('e') && w.Length > MinStem)
        {
            w = w[..^1];
        }

        // designate/designated/designation, condemned/condemnation: one stem.
        if (w.EndsWith("at", StringComparison.Ordinal) && w.Length - 2 > MinStem)
        {
            w = w[..^2];
        }

        if (w.EndsWith('y') && w.Length > MinStem)
        {
            w = w[..^1] + "i";
        }

        return w;
    }

    private static bool IsVowel(char c) => "aeiou".Contains(c, StringComparison.Ordinal);

    private static bool HasVowel(string s) => s.Any(c => IsVowel(c) || c == 'y');
}
