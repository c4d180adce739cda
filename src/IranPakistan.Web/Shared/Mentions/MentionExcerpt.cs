using System.Text.RegularExpressions;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Shared.Mentions;

/// <summary>A paragraph that names an actor or place, cut to the sentences that name it.</summary>
public sealed record MentionExcerpt(string SourceSlug, int Paragraph, string SectionTitle, IReadOnlyList<string> Sentences)
{
    // Trusted seed text and a pattern that cannot backtrack beyond one character: no timeout, which
    // under CPU starvation would only fail a page that is correct (issue 15).
    private static readonly Regex _sentenceEnd = new(@"(?<=[.!?][”""]?)\s+(?=[A-Z“""])", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);

    public string Text => string.Join(" … ", Sentences);

    /// <summary>Links to the reader with the first naming sentence highlighted.</summary>
    public CitationView Citation => new(SourceSlug, Paragraph, Sentences[0]);

    public static IReadOnlyList<string> SentencesNaming(string paragraph, string name, IEnumerable<string> aliases)
    {
        var aliasList = aliases.ToList();
        var sentences = _sentenceEnd.Split(paragraph).Where(s => NameMatcher.Mentions(s, name, aliasList)).ToList();
        return sentences.Count == 0 ? [paragraph] : sentences;
    }

    /// <summary>Every paragraph that names it, in source order, cut to the naming sentences.</summary>
    public static List<MentionExcerpt> ExcerptsOf(IEnumerable<Paragraph> paragraphs, string name, IReadOnlyList<string> aliases) =>
        paragraphs.OrderBy(p => p.Number)
            .Select(p => new MentionExcerpt(p.Source.Slug, p.Number, p.Section.Title, SentencesNaming(p.Text, name, aliases)))
            .ToList();
}
