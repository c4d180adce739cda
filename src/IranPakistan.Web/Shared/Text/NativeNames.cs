using System.Globalization;

namespace IranPakistan.Web.Shared.Text;

/// <summary>A name in the region's own script, with its language tag ("fa" Persian, "ur" Urdu).</summary>
public sealed record NativeName(string Lang, string Text)
{
    /// <summary>The language's name in English, for labels ("Persian", "Urdu").</summary>
    public string Language => NativeNames.LanguageName(Lang);
}

/// <summary>
/// Names of actors and places in Persian and Urdu (docs/scripts-and-calendars.md): which languages an
/// item may have, how they are written and what the import accepts. These are names, not facts: no quote.
/// </summary>
public static class NativeNames
{
    /// <summary>The language tags a seed may use, in the order pages show them.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["fa", "ur"];

    public static string LanguageName(string lang) => lang switch
    {
        "fa" => "Persian",
        "ur" => "Urdu",
        _ => lang,
    };

    /// <summary>The names an item has, Persian first; languages without a name are left out.</summary>
    public static IReadOnlyList<NativeName> Of(string? fa, string? ur)
    {
        var names = new List<NativeName>(2);
        if (!string.IsNullOrEmpty(fa))
        {
            names.Add(new NativeName("fa", fa));
        }

        if (!string.IsNullOrEmpty(ur))
        {
            names.Add(new NativeName("ur", ur));
        }

        return names;
    }

    /// <summary>Each spelling once (Persian and Urdu often write a name alike), with the first language that writes it so.</summary>
    public static IReadOnlyList<NativeName> Distinct(IReadOnlyList<NativeName> names) =>
        names.DistinctBy(n => n.Text, StringComparer.Ordinal).ToList();

    /// <summary>
    /// What is wrong with a name in Arabic script, in words for the editor, or null when nothing is:
    /// only Arabic-script letters and marks, single spaces between words, and the zero-width non-joiner
    /// (U+200C) where Persian writes it; no Latin or other script, no digits or punctuation, no tatweel,
    /// and no bidi control characters (the page isolates the name itself).
    /// </summary>
    public static string? Problem(string text)
    {
        if (text.Length == 0 || text.Trim().Length == 0)
        {
            return "is empty";
        }

        if (text != text.Trim())
        {
            return "starts or ends with a space";
        }

        if (text.Contains("  ", StringComparison.Ordinal))
        {
            return "has two spaces in a row";
        }

        foreach (var c in text)
        {
            if (IsBidiControl(c))
            {
                return $"has the bidi control character {Describe(c)}; leave direction to the page, which isolates every name";
            }

            if (c == '\u0640')
            {
                return $"has a tatweel {Describe(c)}, which only stretches letters; write the name without it";
            }

            if (c is ' ' or '\u200C' || IsArabicLetter(c) || IsArabicMark(c))
            {
                continue;
            }

            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') || (c > '\u007F' && c < '\u0250'))
            {
                return $"has the Latin letter '{c}' {Describe(c)}; write Latin spellings under 'aliases'";
            }

            return $"has {Describe(c)}, which is not an Arabic-script letter; only letters, single spaces and the zero-width non-joiner (U+200C) are allowed";
        }

        return text.Any(IsArabicLetter) ? null : "has no Arabic-script letter";
    }

    /// <summary>U+200E/F, U+061C, U+202A–202E, U+2066–2069: marks and embeddings that change the order text is shown in.</summary>
    public static bool IsBidiControl(char c) => c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>A letter of the Arabic script (Arabic, Arabic Supplement, Extended-A, presentation forms).</summary>
    public static bool IsArabicLetter(char c) => IsArabicBlock(c) && char.IsLetter(c) && c != '\u0640';

    private static bool IsArabicMark(char c) => IsArabicBlock(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsArabicBlock(char c) =>
        c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    private static string Describe(char c) => $"U+{(int)c:X4}";
}
