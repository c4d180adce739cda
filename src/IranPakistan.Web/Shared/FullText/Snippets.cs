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
        var spans = Spans(text);
        if (spans.Count == 0)
        {
            return "";
        }

        seen ??= new(StringComparer.Ordinal);
        var lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        var hits = new bool[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            var word = text.AsSpan(spans[i].Start, spans[i].Length);
            if (!lookup.TryGetValue(word, out var hit))
            {
                var written = word.ToString();
                hit = plan.Matches(TextFolding.Fold(written));
                seen[written] = hit;
            }

            hits[i] = hit;
        }

        var start = 0;
        if (spans.Count > words)
        {
            // The window of the given number of words holding the most matches (the first such), by a running count.
            var count = 0;
            for (var j = 0; j < words; j++)
            {
                count += hits[j] ? 1 : 0;
            }

            var best = count;
            for (var i = 1; i + words <= spans.Count; i++)
            {
                count += (hits[i + words - 1] ? 1 : 0) - (hits[i - 1] ? 1 : 0);
                if (count > best)
                {
                    (best, start) = (count, i);
                }
            }

            // Start a little before the first match of the window, so it reads in context.
            var first = Array.FindIndex(hits, start, Math.Min(words, spans.Count - start), h => h);
            start = first < 0 ? start : Math.Max(0, Math.Min(first - 3, spans.Count - words));
        }

        var end = Math.Min(spans.Count, start + words);
        var from = start == 0 ? 0 : spans[start].Start;
        var to = end == spans.Count ? text.Length : spans[end - 1].Start + spans[end - 1].Length;
        var sb = new StringBuilder();
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
        if (end < spans.Count)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }

    private static List<(int Start, int Length)> Spans(string text)
    {
        var spans = new List<(int, int)>();
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
                spans.Add((start, i - start));
                start = -1;
            }
        }

        return spans;
    }
}
