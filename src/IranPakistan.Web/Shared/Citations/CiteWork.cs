using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Shared.Citations;

/// <summary>What a "Cite this" block cites: a page of the explorer, or one paragraph of a source.</summary>
public enum CiteKind
{
    Event,
    Agreement,
    Topic,
    Actor,
    Place,
    Paragraph,
}

/// <summary>The kinds' words and address segments, written once.</summary>
public static class CiteKinds
{
    /// <summary>The segment after /cite/ (and of the page's own address): <c>events</c>, …, <c>sources</c>.</summary>
    public static string Segment(CiteKind kind) => kind switch
    {
        CiteKind.Event => "events",
        CiteKind.Agreement => "agreements",
        CiteKind.Topic => "topics",
        CiteKind.Actor => "actors",
        CiteKind.Place => "places",
        _ => "sources",
    };

    /// <summary>The kind a /cite/{segment}/… address names; null for an unknown segment (and for sources, which cite by paragraph).</summary>
    public static CiteKind? FromSegment(string segment) => segment switch
    {
        "events" => CiteKind.Event,
        "agreements" => CiteKind.Agreement,
        "topics" => CiteKind.Topic,
        "actors" => CiteKind.Actor,
        "places" => CiteKind.Place,
        _ => null,
    };

    /// <summary>What kind of page a citation says it cites: "Event page".</summary>
    public static string Label(CiteKind kind) => kind switch
    {
        CiteKind.Event => "Event page",
        CiteKind.Agreement => "Agreement page",
        CiteKind.Topic => "Topic page",
        CiteKind.Actor => "Actor page",
        CiteKind.Place => "Place page",
        _ => "Source paragraph",
    };

    /// <summary>The page a citation of this kind points to (site-relative).</summary>
    public static string PagePath(CiteKind kind, string slug, int? paragraph = null) => kind switch
    {
        CiteKind.Event => Urls.Event(slug),
        CiteKind.Agreement => Urls.Agreement(slug),
        CiteKind.Topic => Urls.Topic(slug),
        CiteKind.Actor => Urls.Actor(slug),
        CiteKind.Place => Urls.Place(slug),
        _ => Urls.Paragraph(slug, paragraph ?? 1),
    };
}

/// <summary>
/// The source a citation rests on, with what is and is not known about it: a null author, publisher
/// or date stays null, and the formats say "not stated" rather than inventing one.
/// </summary>
public sealed record CitedSource(string Slug, string Title, string? Subtitle, string? Author, string? Publisher, string? Published)
{
    /// <summary>"Title: Subtitle", or the title alone.</summary>
    public string FullTitle => Subtitle is null ? Title : $"{Title}: {Subtitle}";

    /// <summary>"Author, publisher and date not stated in the text" — only what is missing; null when nothing is.</summary>
    public string? Unstated
    {
        get
        {
            var missing = new List<string>();
            if (Author is null)
            {
                missing.Add("author");
            }

            if (Publisher is null)
            {
                missing.Add("publisher");
            }

            if (Published is null)
            {
                missing.Add("date");
            }

            if (missing.Count == 0)
            {
                return null;
            }

            var words = missing.Count == 1 ? missing[0] : string.Join(", ", missing[..^1]) + " and " + missing[^1];
            return char.ToUpperInvariant(words[0]) + words[1..] + " not stated in the text";
        }
    }
}

/// <summary>A cited paragraph of the source, the quoted words, and its absolute permalink.</summary>
public sealed record CitedSentence(int Paragraph, IReadOnlyList<string> Quotes, string Address);

/// <summary>
/// Everything a citation of one page needs: what it is, its absolute address (from
/// <c>Explorer:PublicBaseUrl</c>, never the Host header), the content version it was built from, the
/// source, and the sentences of the source the page's facts cite.
/// </summary>
public sealed record CiteWork(
    CiteKind Kind,
    string Slug,
    string Title,
    string Address,
    string Version,
    DateOnly VersionDate,
    CitedSource Source,
    IReadOnlyList<CitedSentence> Sentences)
{
    /// <summary>For <see cref="CiteKind.Paragraph"/>: the paragraph's number.</summary>
    public int? Paragraph { get; init; }

    /// <summary>The site-relative path of this work's downloads without the extension: <c>/cite/events/{slug}</c>.</summary>
    public string DownloadPath => CiteAddresses.Download(Kind, Slug, Paragraph);
}

/// <summary>The /cite/… addresses: one convention, a suffix per format.</summary>
public static class CiteAddresses
{
    /// <summary><c>/cite/events/{slug}</c>, <c>/cite/sources/{slug}/{n}</c> (add a format's <see cref="CitationFormatter.Extension"/>).</summary>
    public static string Download(CiteKind kind, string slug, int? paragraph = null) =>
        kind == CiteKind.Paragraph
            ? $"/cite/sources/{Uri.EscapeDataString(slug)}/{paragraph}"
            : $"/cite/{CiteKinds.Segment(kind)}/{Uri.EscapeDataString(slug)}";

    /// <summary>The page that shows how to cite one paragraph of a source: <c>/cite/sources/{slug}/{n}</c>.</summary>
    public static string ParagraphPage(string sourceSlug, int paragraph) => Download(CiteKind.Paragraph, sourceSlug, paragraph);
}
