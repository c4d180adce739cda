using System.Globalization;
using System.Text;

namespace IranPakistan.Web.Shared.FullText;

/// <summary>
/// The one place where search decides what a word is and which spellings are the same word. The query
/// builder, the index's vocabulary, the synonym expansion and the exact-name ranking all go through it,
/// so a new folding rule (Persian and Urdu letter variants, say) plugs in here and nowhere else. It
/// mirrors the index's <c>unicode61 remove_diacritics 2</c> tokenizer: case and diacritics fold away.
/// </summary>
public static class TextFolding
{
    /// <summary>The words of <paramref name="text"/> as written (case kept), at most <paramref name="maxWords"/>.</summary>
    public static List<string> Words(string? text, int maxWords = int.MaxValue)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordChar(c))
            {
                word.Append(c);
                continue;
            }

            Flush();
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0 && words.Count < maxWords)
            {
                words.Add(word.ToString());
            }

            word.Clear();
        }
    }

    /// <summary>Letters, digits and combining marks (a decomposed "ā" stays one word); anything else separates words.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Lower case without diacritics, like the index's unicode61 tokenizer with remove_diacritics 2.</summary>
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The folded words of a text, joined by single spaces: "Iran-Pakistan Gas" → "iran pakistan gas".</summary>
    public static string Key(string? text) => string.Join(' ', Words(text).Select(Fold));

    /// <summary>
    /// An acronym is matched as written ("US" is not "us"): one word of two to six letters or digits with
    /// at least two capitals ("US", "IRGC", "MoU").
    /// </summary>
    public static bool IsAcronym(string term) =>
        term.Length is >= 2 and <= 6 && term.All(char.IsLetterOrDigit) && term.Count(char.IsUpper) >= 2;
}
