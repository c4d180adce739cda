using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace IranPakistan.Web.Shared.Text;

/// <summary>Whole-word, case-sensitive name matching ("SCO" must not match "disco").</summary>
public static class NameMatcher
{
    // One compiled pattern per name, kept: the names are the seeds' own (a few hundred), never a reader's.
    private static readonly ConcurrentDictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    public static bool Mentions(string text, string name, IEnumerable<string> aliases) =>
        aliases.Prepend(name).Any(n => n.Length > 1 && PatternFor(n).IsMatch(text));

    /// <summary>
    /// The name as escaped literal text, any run of spaces matching any whitespace, between two
    /// one-character lookarounds: matching is linear in the text, so it needs no timeout — and a
    /// wall-clock timeout would only turn a busy CPU into a failed page (issue 15). Names and texts are
    /// trusted seed content.
    /// </summary>
    internal static Regex PatternFor(string name) => _patterns.GetOrAdd(name, n => new Regex(
        $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(n).Replace("\\ ", "\\s+", StringComparison.Ordinal)}(?![\p{{L}}\p{{N}}])",
        RegexOptions.CultureInvariant,
        Regex.InfiniteMatchTimeout));
}
