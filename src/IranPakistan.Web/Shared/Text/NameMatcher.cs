using System.Text.RegularExpressions;

namespace IranPakistan.Web.Shared.Text;

/// <summary>Whole-word, case-sensitive name matching ("SCO" must not match "disco").</summary>
public static class NameMatcher
{
    public static bool Mentions(string text, string name, IEnumerable<string> aliases) =>
        aliases.Prepend(name).Any(n => n.Length > 1 && Regex.IsMatch(
            text,
            $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(n).Replace("\\ ", "\\s+", StringComparison.Ordinal)}(?![\p{{L}}\p{{N}}])",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1)));
}
