namespace IranPakistan.Web.Shared.Text;

/// <summary>
/// Finds a quote in a paragraph word for word, treating any run of whitespace (the source has
/// no-break spaces) as one space. Used by the import to verify citations and by the source
/// reader to highlight them, so both agree on what "verbatim" means.
/// </summary>
public static class QuoteMatcher
{
    /// <summary>The quote's span in <paramref name="text"/>, or null when it does not occur.</summary>
    public static (int Start, int Length)? Find(string text, string quote)
    {
        var needle = Normalize(quote, out _);
        if (needle.Length == 0)
        {
            return null;
        }

        var haystack = Normalize(text, out var map);
        var at = haystack.IndexOf(needle, StringComparison.Ordinal);
        while (at >= 0 && !OnWordBoundaries(haystack, at, needle.Length))
        {
            at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal);
        }

        if (at < 0)
        {
            return null;
        }

        var start = map[at];
        var end = map[at + needle.Length - 1] + 1;
        return (start, end - start);
    }

    /// <summary>A quote may not start or end inside a word: "ran launched" is not in "Iran launched".</summary>
    private static bool OnWordBoundaries(string text, int start, int length)
    {
        var end = start + length;
        var startsInWord = start > 0 && char.IsLetterOrDigit(text[start - 1]) && char.IsLetterOrDigit(text[start]);
        var endsInWord = end < text.Length && char.IsLetterOrDigit(text[end - 1]) && char.IsLetterOrDigit(text[end]);
        return !startsInWord && !endsInWord;
    }

    public static bool Contains(string text, string quote) => Find(text, quote) is not null;

    /// <summary>Collapses whitespace runs to one space and trims; map[i] is the original index of character i.</summary>
    public static string Normalize(string text, out int[] map)
    {
        var chars = new char[text.Length];
        map = new int[text.Length];
        var n = 0;
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                pendingSpace = n > 0;
                continue;
            }

            if (pendingSpace)
            {
                chars[n] = ' ';
                map[n++] = i - 1;
                pendingSpace = false;
            }

            chars[n] = text[i];
            map[n++] = i;
        }

        Array.Resize(ref map, n);
        return new string(chars, 0, n);
    }
}
