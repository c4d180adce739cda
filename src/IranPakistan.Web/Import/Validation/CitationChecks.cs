using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Import.Validation;

/// <summary>
/// Every fact needs citations, and each quote must occur verbatim (<see cref="QuoteMatcher"/>) in
/// exactly one paragraph of its source; the citation then points at that paragraph and keeps the
/// source's own text of the quote.
/// </summary>
internal static class CitationChecks
{
    public static List<Citation> Citations(this FileContext file, SeedNode owner, List<CitationSeed>? seeds, string what)
    {
        var result = new List<Citation>();
        if (seeds is null || seeds.Count == 0)
        {
            file.Error(owner.Line, $"{what} has no citations: every fact needs a verbatim quote");
            return result;
        }

        foreach (var seed in seeds)
        {
            var line = seed.Line > 0 ? seed.Line : owner.Line;
            var sourceSlug = seed.Source ?? file.DefaultSource;
            if (string.IsNullOrWhiteSpace(seed.Quote))
            {
                file.Error(line, $"{what}: a citation needs a 'quote'");
                continue;
            }

            if (sourceSlug is null || !file.Run.Sources.TryGetValue(sourceSlug, out var source))
            {
                file.Error(line, sourceSlug is null
                    ? $"{what}: the citation names no source (set 'source' or default_source)"
                    : $"{what}: unknown source '{sourceSlug}'");
                continue;
            }

            var hits = source.Source.Paragraphs.Where(p => QuoteMatcher.Contains(p.Text, seed.Quote)).ToList();
            switch (hits.Count)
            {
                case 1:
                    var span = QuoteMatcher.Find(hits[0].Text, seed.Quote)!.Value;
                    result.Add(new Citation { Paragraph = hits[0], Quote = hits[0].Text.Substring(span.Start, span.Length), Order = result.Count });
                    break;
                case 0:
                    file.Error(line, $"{what}: quote not found in source '{sourceSlug}': \"{Shorten(seed.Quote)}\"{Hint(source.Source, seed.Quote)}");
                    break;
                default:
                    file.Error(line, $"{what}: quote occurs in {hits.Count} paragraphs ({string.Join(", ", hits.Select(h => $"#p-{h.Number}"))}) of '{sourceSlug}'; quote more words so it points at one");
                    break;
            }
        }

        return result;
    }

    /// <summary>A quote that differs only in quotation marks or case gets told so.</summary>
    private static string Hint(Source source, string quote)
    {
        var loose = source.Paragraphs.Any(p => Fold(p.Text).Contains(Fold(quote), StringComparison.Ordinal));
        return loose ? " (it differs only in quotation marks or case: the source uses ’ “ ”, copy them from the source)" : "";

        static string Fold(string s) => QuoteMatcher.Normalize(s, out _)
            .Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"').ToLowerInvariant();
    }

    private static string Shorten(string s) => s.Length <= 90 ? s : s[..87] + "…";
}
