using System.Text;

namespace IranPakistan.Web.Shared.FullText;

/// <summary>
/// Turns whatever a reader typed into a safe FTS5 MATCH expression. Every word becomes a quoted
/// FTS5 string, so operators (AND, OR, NOT, NEAR), column filters (title:), <c>^</c>, <c>*</c>,
/// brackets and quotes in the input are only ever words to look for, never syntax.
/// The result is still bound as a parameter, never concatenated into SQL.
/// </summary>
public sealed record FtsQuery
{
    /// <summary>Longer input is cut: nobody types more, and it bounds the work one query can cause.</summary>
    public const int MaxInputLength = 200;

    /// <summary>More words than this add nothing but cost (all words must match).</summary>
    public const int MaxTerms = 12;

    public const string EmptyMessage = "Type a word to search — letters or numbers; punctuation and symbols are ignored.";

    private FtsQuery(IReadOnlyList<string> terms, string match, string key)
    {
        Terms = terms;
        Match = match;
        Key = key;
    }

    /// <summary>The words searched for, as typed (case kept).</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The FTS5 expression: <c>"gas" "pipel"*</c> (all words, the last one as a prefix).</summary>
    public string Match { get; }

    /// <summary>The words folded like the index folds them; equal to <see cref="TitleKey"/> of an exactly matching title.</summary>
    public string Key { get; }

    /// <summary>Null when nothing searchable is left (empty, only symbols or emoji).</summary>
    public static FtsQuery? Parse(string? input)
    {
        var terms = Words(input);
        if (terms.Count == 0)
        {
            return null;
        }

        var match = new StringBuilder();
        for (var i = 0; i < terms.Count; i++)
        {
            if (i > 0)
            {
                match.Append(' ');
            }

            match.Append('"').Append(terms[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');

            // Prefix on the last word: it is the one still being typed. A one-letter prefix would
            // expand to most of the vocabulary, so it stays a whole word.
            if (i == terms.Count - 1 && terms[i].Length >= 2)
            {
                match.Append('*');
            }
        }

        return new FtsQuery(terms, match.ToString(), string.Join(' ', terms.Select(Fold)));
    }

    /// <summary>A title folded the way <see cref="Key"/> is, for the exact-title boost.</summary>
    public static string TitleKey(string title) => TextFolding.Key(title);

    private static List<string> Words(string? input) =>
        TextFolding.Words(input is { Length: > MaxInputLength } ? input[..MaxInputLength] : input, MaxTerms);

    private static string Fold(string word) => TextFolding.Fold(word);
}
