using System.Globalization;
using System.Text;

namespace IranPakistan.Web.Shared.FullText;

/// <summary>
/// The one place where search decides what a word is and which spellings are the same word. The query
/// builder, the index's vocabulary, the synonym expansion and the exact-name ranking all go through it,
/// so a folding rule plugs in here and nowhere else. It mirrors the index's <c>unicode61 remove_diacritics 2</c>
/// tokenizer (case and diacritics fold away) and adds what the tokenizer cannot: Persian, Urdu and Arabic
/// letter variants. Text in Arabic script is folded here before it is indexed (the import indexes native
/// names as <see cref="Key"/>), and every query word is folded here, so both sides meet on one spelling.
/// The zero-width non-joiner separates words, as a space does (the tokenizer splits there too):
/// "خامنه‌ای" and "خامنه ای" are the same two words.
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

    /// <summary>
    /// Lower case without diacritics, like the index's unicode61 tokenizer with remove_diacritics 2; and
    /// in Arabic script, one letter for the variants Persian, Urdu and Arabic write differently
    /// (docs/scripts-and-calendars.md): harakat and hamza marks go with the other diacritics (أ إ آ → ا,
    /// ؤ → و, ئ → ی, ۀ → ه), Arabic ي ى → Persian ی, Arabic ك → Persian ک, ە ہ ة → ه, tatweel and
    /// joiners are dropped, and Arabic-Indic and Persian/Urdu digits become 0–9.
    /// </summary>
    public static string Fold(string word)
    {
        // Plain ASCII has no diacritics and no Arabic-script variants: lower case is the whole fold (the
        // common case, and the hot one when snippets fold every word of the texts shown).
        if (Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (FoldArabicScript(c) is { } folded)
            {
                if (folded != '\0')
                {
                    sb.Append(folded);
                }

                continue;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The one letter an Arabic-script variant folds to ('\0': dropped), or null for any other character.
    /// Hamza and vowel marks are not here: they decompose into non-spacing marks, which <see cref="Fold"/> drops.
    /// </summary>
    private static char? FoldArabicScript(char c) => c switch
    {
        '\u064A' or '\u0649' or '\u06CC' => '\u06CC', // ي ى → ی (Persian yeh); Urdu ے stays its own letter
        '\u0643' => '\u06A9', // ك → ک
        '\u06D5' or '\u06C1' or '\u0629' => '\u0647', // ە ہ ة → ه
        '\u0640' or '\u200C' or '\u200D' => '\0', // tatweel, ZWNJ, ZWJ
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')), // Arabic-Indic digits
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')), // Persian and Urdu digits
        _ => null,
    };

    /// <summary>The folded words of a text, joined by single spaces: "Iran-Pakistan Gas" → "iran pakistan gas".</summary>
    public static string Key(string? text) => string.Join(' ', Words(text).Select(Fold));

    /// <summary>
    /// An acronym is matched as written ("US" is not "us"): one word of two to six letters or digits with
    /// at least two capitals ("US", "IRGC", "MoU").
    /// </summary>
    public static bool IsAcronym(string term) =>
        term.Length is >= 2 and <= 6 && term.All(char.IsLetterOrDigit) && term.Count(char.IsUpper) >= 2;
}
