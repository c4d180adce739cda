namespace IranPakistan.Web.Shared.FullText;

/// <summary>A word of the index: folded as the index holds it, with the number of documents that contain it.</summary>
public sealed record LexiconTerm(string Term, int Docs);

/// <summary>An acronym ("US", "IRGC") and what it stands for ("United States", "Islamic Revolutionary Guard Corps").</summary>
public sealed record LexiconAcronym(string Acronym, string Expansion);

/// <summary>
/// What the query side knows about the index's words, loaded once per content version: every word
/// with its document count (is a word known? the likeliest spelling of an unknown one?), the words
/// sharing a stem (<see cref="WordForms"/>), and the acronyms, matched as written. Built by the import
/// into the SearchTerm and SearchAcronym tables (docs/search.md).
/// </summary>
public sealed class SearchLexicon
{
    private readonly Dictionary<string, int> _docs;
    private readonly string[] _sorted;
    private readonly Dictionary<string, List<string>> _byStem;
    private readonly Dictionary<string, List<string>> _acronyms;

    public SearchLexicon(IEnumerable<LexiconTerm> terms, IEnumerable<LexiconAcronym> acronyms)
    {
        _docs = terms.ToDictionary(t => t.Term, t => t.Docs, StringComparer.Ordinal);
        _sorted = _docs.Keys.Order(StringComparer.Ordinal).ToArray();
        _byStem = _docs.Keys.GroupBy(WordForms.Stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => _docs[t]).ToList(), StringComparer.Ordinal);
        _acronyms = acronyms.GroupBy(a => a.Acronym, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Expansion).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    public static SearchLexicon Empty { get; } = new([], []);

    /// <summary>At most this many other forms of one word join a query (the commonest first).</summary>
    public const int MaxForms = 8;

    public int Count => _docs.Count;

    /// <summary>Does the index hold this folded word (or, for a prefix, some word starting with it)?</summary>
    public bool Knows(string folded, bool asPrefix = false)
    {
        if (_docs.ContainsKey(folded))
        {
            return true;
        }

        if (!asPrefix)
        {
            return false;
        }

        var i = Array.BinarySearch(_sorted, folded, StringComparer.Ordinal);
        i = i < 0 ? ~i : i;
        return i < _sorted.Length && _sorted[i].StartsWith(folded, StringComparison.Ordinal);
    }

    /// <summary>How many documents hold this folded word (0 for a word the index doesn't know).</summary>
    public int Docs(string folded) => _docs.GetValueOrDefault(folded);

    /// <summary>
    /// The words of the index that start with <paramref name="prefix"/> (itself included when it is one),
    /// the commonest <paramref name="max"/>: what an unfinished last word stands for. Named in the query
    /// one by one, because FTS5 reads a prefix query (<c>"iran"*</c>) by merging the whole posting list
    /// of every such word before it returns the first row.
    /// </summary>
    public IReadOnlyList<string> Completions(string prefix, int max)
    {
        var i = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
        i = i < 0 ? ~i : i;
        var words = new List<string>();
        for (; i < _sorted.Length && _sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            words.Add(_sorted[i]);
        }

        return words.OrderByDescending(w => w == prefix).ThenByDescending(w => _docs[w]).ThenBy(w => w, StringComparer.Ordinal).Take(max).ToList();
    }

    /// <summary>The other words of the index with the same stem: "pipelines" → "pipeline".</summary>
    public IReadOnlyList<string> OtherForms(string folded) =>
        _byStem.TryGetValue(WordForms.Stem(folded), out var forms)
            ? forms.Where(f => f != folded).Take(MaxForms).ToList()
            : [];

    /// <summary>What an acronym typed as written stands for; empty when it is not one the content knows.</summary>
    public IReadOnlyList<string> Expansions(string typed) =>
        TextFolding.IsAcronym(typed) && _acronyms.TryGetValue(typed, out var expansions) ? expansions : [];

    /// <summary>
    /// The likeliest word the reader meant by an unknown one: within one edit (two for words of six
    /// letters or more) of a word in the index, the closest, then the commonest. Null when none is near,
    /// or when the word is too short or a number to guess at.
    /// </summary>
    public string? Correct(string folded)
    {
        if (folded.Length < 4 || folded.Any(char.IsDigit))
        {
            return null;
        }

        var maxEdits = folded.Length >= 6 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestDocs = 0;
        foreach (var (term, docs) in _docs)
        {
            if (Math.Abs(term.Length - folded.Length) > maxEdits || term.Length < 3 || term.Any(char.IsDigit))
            {
                continue;
            }

            var distance = Distance(folded, term, maxEdits);
            if (distance <= maxEdits && (distance < bestDistance || (distance == bestDistance && (docs > bestDocs || (docs == bestDocs && string.CompareOrdinal(term, best) < 0)))))
            {
                (best, bestDistance, bestDocs) = (term, distance, docs);
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance (a swap of neighbours is one edit), giving up past <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, d[i - 2, j - 2] + 1);
                }

                d[i, j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > max)
            {
                return max + 1;
            }
        }

        return d[a.Length, b.Length];
    }
}
