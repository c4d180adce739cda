namespace IranPakistan.Web.Shared.FullText;

/// <summary>
/// What the index is asked for a reader's query, once the lexicon has had its say: acronyms typed as
/// written stand for their expansions ("US" → "United States", never the word "us"), each word also
/// matches its other forms in the index (pipelines → pipeline), and a word the index doesn't know is
/// replaced by the likeliest one it does (Kashmr → Kashmir) unless the reader asked for exactly what
/// they typed. Every word still goes into MATCH only as a quoted FTS5 string (<see cref="FtsQuery"/>).
/// </summary>
public sealed record SearchPlan
{
    // Words a question is made of that say nothing about what is wanted ("what did Pakistan sign"):
    // left out when the query has other words, since every searched word must match.
    private static readonly HashSet<string> _stopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "is", "are",
        "was", "were", "be", "been", "do", "does", "did", "what", "when", "where", "who", "whom", "why", "how",
        "which", "that", "this", "there", "their", "its", "it", "as", "about", "between", "much", "many", "into",
    };

    private SearchPlan(FtsQuery query, string exact, string expanded, string? anyWord, string key, string? correction, bool partial, HashSet<string> words, long postings)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Postings = postings;
        Partial = partial;
        Query = query;
        Exact = exact;
        Expanded = expanded;
        AnyWord = anyWord;
        Key = key;
        Correction = correction;
    }

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>At most this many of the index's words stand for an unfinished last word (the commonest).</summary>
    public const int MaxCompletions = 12;

    /// <summary>Is this folded word one the plan searches for (a word, one of its forms, a word of an expansion, or a completion of the last word)?</summary>
    public bool Matches(string folded) => _words.Contains(folded);

    /// <summary>The same for a folded word given as characters, without making a string of it.</summary>
    public bool Matches(ReadOnlySpan<char> folded) => _lookup.Contains(folded);

    /// <summary>
    /// About how many postings the index reads for this plan: the documents holding each searched word,
    /// summed (<see cref="SearchLexicon.Docs"/>). What bm25 costs grows with it (docs/search.md#speed).
    /// </summary>
    public long Postings { get; }

    /// <summary>The last word is unfinished: a prefix of words in the index but not itself one ("kash").</summary>
    public bool Partial { get; }

    /// <summary>Any of the words (or their forms) rather than all: tried when nothing has all of them; null for one word.</summary>
    public string? AnyWord { get; }

    public FtsQuery Query { get; }

    /// <summary>The words as typed (or as corrected), acronyms expanded: ranks above <see cref="Expanded"/>-only matches.</summary>
    public string Exact { get; }

    /// <summary>Every word or one of its other forms: what is matched and counted.</summary>
    public string Expanded { get; }

    /// <summary>True when some word has other forms, so exact matches are told apart from stem matches.</summary>
    public bool HasForms => Exact != Expanded;

    /// <summary>The searched words folded (<see cref="TextFolding.Key"/>): equal to the key of an item named exactly so.</summary>
    public string Key { get; }

    /// <summary>The corrected query ("Kashmir") when some word was unknown and a near one was searched instead; else null.</summary>
    public string? Correction { get; }

    /// <summary>The plan for <paramref name="query"/> against <paramref name="lexicon"/>; with <paramref name="verbatim"/>,
    /// exactly what was typed, no correction (the "search instead for" link).</summary>
    public static SearchPlan For(FtsQuery query, SearchLexicon lexicon, bool verbatim = false)
    {
        var exact = new List<string>();
        var expanded = new List<string>();
        var words = new List<string>();
        var corrected = false;
        var partial = false;
        var matched = new HashSet<string>(StringComparer.Ordinal);
        long postings = 0;
        var searched = query.Terms.All(t => _stopWords.Contains(t)) ? query.Terms : query.Terms.Where(t => !_stopWords.Contains(t)).ToList();
        for (var i = 0; i < searched.Count; i++)
        {
            var typed = searched[i];
            // The last word typed is the one still being typed; a stop word before it doesn't change that.
            var last = i == searched.Count - 1 && typed == query.Terms[^1];

            if (lexicon.Expansions(typed) is { Count: > 0 } expansions)
            {
                // An acronym as written: its expansions, each a phrase; the folded acronym itself ("us") is not searched.
                var group = "(" + string.Join(" OR ", expansions.Select(e => Quote(TextFolding.Key(e)))) + ")";
                exact.Add(group);
                expanded.Add(group);
                matched.UnionWith(expansions.SelectMany(e => TextFolding.Words(e)).Select(TextFolding.Fold));
                // A phrase reads the postings (and positions) of every one of its words, and bm25 counts the
                // phrase's documents over the whole index: its cost is the sum, not the rarest word.
                postings += expansions.Sum(e => TextFolding.Words(e).Sum(w => lexicon.Docs(TextFolding.Fold(w))));
                words.Add(typed);
                continue;
            }

            var word = TextFolding.Fold(typed);
            var prefix = last && word.Length >= 2;
            if (!verbatim && !lexicon.Knows(word, prefix) && lexicon.OtherForms(word).Count == 0 && lexicon.Correct(word) is { } better)
            {
                word = better;
                typed = char.IsUpper(typed[0]) ? char.ToUpperInvariant(better[0]) + better[1..] : better;
                corrected = true;
            }

            words.Add(typed);
            partial = prefix && !lexicon.Knows(word);
            // The last word may be unfinished: it stands for the index's words that start with it, named one
            // by one (a "kash"* prefix query would merge every such word's whole posting list first).
            var completions = prefix ? lexicon.Completions(word, MaxCompletions) : [];
            var self = completions.Count switch
            {
                0 => Quote(word),
                1 => Quote(completions[0]),
                _ => "(" + string.Join(" OR ", completions.Select(Quote)) + ")",
            };
            exact.Add(self);
            var forms = lexicon.OtherForms(word).Where(f => !completions.Contains(f)).ToList();
            matched.Add(word);
            matched.UnionWith(completions);
            matched.UnionWith(forms);
            postings += lexicon.Docs(word) + completions.Where(c => c != word).Sum(lexicon.Docs) + forms.Sum(lexicon.Docs);
            expanded.Add(forms.Count == 0 ? self : "(" + string.Join(" OR ", forms.Select(Quote).Prepend(self)) + ")");
        }

        // The key (for "named exactly this") keeps the stop words: "Belt and Road" is a name.
        var corrections = searched.Zip(words).Where(p => p.First != p.Second).DistinctBy(p => p.First).ToDictionary(p => p.First, p => p.Second);
        var full = query.Terms.Select(t => corrections.TryGetValue(t, out var c) ? c : t).ToList();
        return new SearchPlan(
            query,
            string.Join(" AND ", exact),
            string.Join(" AND ", expanded),
            expanded.Count > 1 ? string.Join(" OR ", expanded) : null,
            TextFolding.Key(string.Join(' ', full)),
            corrected ? string.Join(' ', full) : null,
            partial,
            matched,
            postings);
    }

    /// <summary>An FTS5 string: inner quotes doubled (none survive <see cref="TextFolding.Words"/>; done anyway).</summary>
    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
