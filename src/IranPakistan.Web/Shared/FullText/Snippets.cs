using System.Buffers;
using System.Text;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Shared.FullText;

/// <summary>
/// Marks the searched words in a text and cuts snippets around them, in C# rather than with FTS5's
/// highlight() and snippet(): those need the MATCH evaluated again for each row shown, which costs
/// more than the whole search (docs/search.md#speed). Words are found and folded by
/// <see cref="TextFolding"/>, as the index does, so what is marked is what matched.
/// </summary>
public static class Snippets
{
    /// <summary>The whole text with every matching word between <see cref="Highlight.Open"/> and <see cref="Highlight.Close"/>.</summary>
    public static string Mark(string text, SearchPlan plan, Dictionary<string, bool>? seen = null) => Cut(text, plan, int.MaxValue, seen);

    /// <summary>
    /// About <paramref name="words"/> words of the text around its best stretch of matches, with "…" where it
    /// was cut. <paramref name="seen"/> remembers which words (as written) matched, across the texts of one
    /// search, so each distinct word is folded once.
    /// </summary>
    public static string Cut(string text, SearchPlan plan, int words, Dictionary<string, bool>? seen = null)
    {
        // Search cuts every text it shows, so the words' places and matches go in pooled arrays sized for the
        // most words a text of this length can hold, not in lists that grow (docs/search.md#speed).
        var capacity = (text.Length / 2) + 1;
        var spans = ArrayPool<(int Start, int Length)>.Shared.Rent(capacity);
        var hits = ArrayPool<bool>.Shared.Rent(capacity);
        try
        {
            var count = Spans(text, spans);
            return count == 0 ? "" : CutWords(text, plan, words, seen ?? new(StringComparer.Ordinal), spans.AsSpan(0, count), hits.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<(int, int)>.Shared.Return(spans);
            ArrayPool<bool>.Shared.Return(hits);
        }
    }

    private const int MaxStackWord = 64;

    private static string CutWords(string text, SearchPlan plan, int words, Dictionary<string, bool> seen, ReadOnlySpan<(int Start, int Length)> spans, Span<bool> hits)
    {
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxStackWord];
        for (var i = 0; i < spans.Length; i++)
        {
            var word = text.AsSpan(spans[i].Start, spans[i].Length);
            bool hit;
            if (word.Length <= MaxStackWord && Ascii.IsValid(word))
            {
                // Plain ASCII folds by lower-casing alone (TextFolding.Fold): done on the stack, no string made.
                var folded = buffer[..word.Length];
                Ascii.ToLower(word, folded, out _);
                hit = plan.Matches(folded);
            }
            else if (!lookup.TryGetValue(word, out hit))
            {
                var written = word.ToString();
                hit = plan.Matches(TextFolding.Fold(written));
                seen[written] = hit;
            }

            hits[i] = hit;
        }

        var start = 0;
        if (spans.Length > words)
        {
            // The window of the given number of words holding the most matches (the first such), by a running count.
            var count = 0;
            for (var j = 0; j < words; j++)
            {
                count += hits[j] ? 1 : 0;
            }

            var best = count;
            for (var i = 1; i + words <= spans.Length; i++)
            {
                count += (hits[i + words - 1] ? 1 : 0) - (hits[i - 1] ? 1 : 0);
                if (count > best)
                {
                    (best, start) = (count, i);
                }
            }

            // Start a little before the first match of the window, so it reads in context.
            var first = hits.Slice(start, Math.Min(words, spans.Length - start)).IndexOf(true);
            start = first < 0 ? start : Math.Max(0, Math.Min(start + first - 3, spans.Length - words));
        }

        var end = Math.Min(spans.Length, start + words);
        var from = start == 0 ? 0 : spans[start].Start;
        var to = end == spans.Length ? text.Length : spans[end - 1].Start + spans[end - 1].Length;
        var marks = 0;
        for (var i = start; i < end; i++)
        {
            marks += hits[i] ? 2 : 0;
        }

        var sb = new StringBuilder(to - from + marks + 2);
        if (start > 0)
        {
            sb.Append('…');
        }

        var at = from;
        for (var i = start; i < end; i++)
        {
            if (!hits[i])
            {
                continue;
            }

            sb.Append(text, at, spans[i].Start - at).Append(Highlight.Open[0]).Append(text, spans[i].Start, spans[i].Length).Append(Highlight.Close[0]);
            at = spans[i].Start + spans[i].Length;
        }

        sb.Append(text, at, to - at);
        if (end < spans.Length)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }

    // The words of the text (start, length) into spans; how many there are.
    private static int Spans(string text, (int Start, int Length)[] spans)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var word = i < text.Length && TextFolding.IsWordChar(text[i]);
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                spans[count++] = (start, i - start);
                start = -1;
            }
        }

        return count;
    }
}
