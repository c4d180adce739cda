using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Shared.Citations;

/// <summary>
/// A citation as pages show it: where it points and the words it quotes. <see cref="AlsoQuotes"/>
/// holds further quotes from the same paragraph, so one link can highlight them all.
/// </summary>
public sealed record CitationView(string SourceSlug, int Paragraph, string Quote)
{
    public IReadOnlyList<string> AlsoQuotes { get; init; } = [];

    public IEnumerable<string> Quotes => AlsoQuotes.Prepend(Quote);

    /// <summary>The source reader at the paragraph, with the quoted words highlighted.</summary>
    public string Href => Urls.Quote(SourceSlug, Paragraph, Quotes);

    /// <summary>The paragraph's permalink without the highlight: short enough to print and type back in.</summary>
    public string Permalink => Urls.Paragraph(SourceSlug, Paragraph);

    /// <summary>The permalink as an absolute address, for paper (the print stylesheet shows it).</summary>
    public string PrintAddress(SiteAddress site) => site.Absolute(Permalink);

    public static CitationView From(Citation c) => new(c.Paragraph.Source.Slug, c.Paragraph.Number, c.Quote);

    public static List<CitationView> From(IEnumerable<Citation> citations) =>
        citations.OrderBy(c => c.Order).Select(From).ToList();

    /// <summary>One view per cited paragraph, in first-cited order: "¶15 ¶15 ¶15" reads as noise.</summary>
    public static List<CitationView> PerParagraph(IEnumerable<CitationView> citations) =>
        citations.GroupBy(c => (c.SourceSlug, c.Paragraph))
            .Select(g => g.First() with { AlsoQuotes = g.Skip(1).SelectMany(c => c.Quotes).Distinct().ToList() })
            .ToList();
}
