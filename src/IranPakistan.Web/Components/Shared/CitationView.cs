using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Components.Shared;

/// <summary>A citation as pages show it: where it points and the words it quotes.</summary>
public sealed record CitationView(string SourceSlug, int Paragraph, string Quote)
{
    /// <summary>The source reader at the paragraph, with the quoted words highlighted.</summary>
    public string Href => $"/sources/{SourceSlug}?quote={Uri.EscapeDataString(Quote)}#p-{Paragraph}";

    /// <summary>The paragraph's permalink without the highlight: short enough to print and type back in.</summary>
    public string Permalink => $"/sources/{SourceSlug}#p-{Paragraph}";

    public static CitationView From(Citation c) => new(c.Paragraph.Source.Slug, c.Paragraph.Number, c.Quote);

    public static List<CitationView> From(IEnumerable<Citation> citations) =>
        citations.OrderBy(c => c.Order).Select(From).ToList();
}
