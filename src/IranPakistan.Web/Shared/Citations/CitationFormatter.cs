using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IranPakistan.Web.Shared.Citations;

/// <summary>The ways a work can be cited.</summary>
public enum CitationFormat
{
    Apa,
    Chicago,
    Mla,
    BibTeX,
    Ris,
    CslJson,
}

/// <summary>How a format writes the access date (what js/copy.js fills in on the reader's side).</summary>
public enum AccessDateStyle
{
    /// <summary>November 30, 2026 (APA, Chicago).</summary>
    MonthDayYear,

    /// <summary>30 Nov. 2026 (MLA).</summary>
    DayMonthYear,

    /// <summary>2026-11-30 (BibTeX urldate).</summary>
    Iso,

    /// <summary>2026/11/30 (RIS Y2).</summary>
    Ris,

    /// <summary>CSL-JSON <c>"accessed": {"date-parts": [[2026, 11, 30]]}</c>.</summary>
    CslJson,
}

/// <summary>
/// The one home of citation formatting: APA, Chicago and MLA text, BibTeX, RIS and CSL-JSON for a
/// <see cref="CiteWork"/>. The explorer and its source state no author and no date, so none is
/// invented: "n.d." and "not stated in the text" say so. The access date is the reader's: a page is
/// the same bytes for everyone, so it carries <see cref="AccessPlaceholder"/> (js/copy.js puts the
/// reader's date in); a download is answered per request and gets the day it was made.
/// </summary>
public static class CitationFormatter
{
    public const string SiteName = "Iran–Pakistan Relations Explorer";

    /// <summary>Stands for the access date where the reader's date cannot be known (a cached page without JavaScript).</summary>
    public const string AccessPlaceholder = "[date of your visit]";

    public static IReadOnlyList<CitationFormat> All { get; } = Enum.GetValues<CitationFormat>();

    private static readonly CultureInfo _en = CultureInfo.GetCultureInfo("en-US");

    private static readonly string[] _mlaMonths = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    private static readonly JsonSerializerOptions _json = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        // Readable UTF-8 ("Sistan and Baluchestan", “quotes”): the text is never inlined in HTML unencoded.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Name(CitationFormat format) => format switch
    {
        CitationFormat.Apa => "APA",
        CitationFormat.Chicago => "Chicago",
        CitationFormat.Mla => "MLA",
        CitationFormat.BibTeX => "BibTeX",
        CitationFormat.Ris => "RIS",
        _ => "CSL-JSON",
    };

    /// <summary>The suffix of the format's download: <c>.apa.txt</c>, <c>.bib</c>, <c>.ris</c>, <c>.json</c> (CSL-JSON).</summary>
    public static string Extension(CitationFormat format) => format switch
    {
        CitationFormat.Apa => ".apa.txt",
        CitationFormat.Chicago => ".chicago.txt",
        CitationFormat.Mla => ".mla.txt",
        CitationFormat.BibTeX => ".bib",
        CitationFormat.Ris => ".ris",
        _ => ".json",
    };

    public static string MediaType(CitationFormat format) => format switch
    {
        CitationFormat.BibTeX => "application/x-bibtex; charset=utf-8",
        CitationFormat.Ris => "application/x-research-info-systems; charset=utf-8",
        CitationFormat.CslJson => "application/vnd.citationstyles.csl+json; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    /// <summary>The format whose download ends a file name (<c>{slug}.bib</c>), and the name before it.</summary>
    public static (string Name, CitationFormat Format)? FromFileName(string file)
    {
        // Longest suffixes first: ".apa.txt" before a bare ".txt" would ever be considered.
        foreach (var format in All.OrderByDescending(f => Extension(f).Length))
        {
            var ext = Extension(format);
            if (file.Length > ext.Length && file.EndsWith(ext, StringComparison.Ordinal))
            {
                return (file[..^ext.Length], format);
            }
        }

        return null;
    }

    public static AccessDateStyle DateStyle(CitationFormat format) => format switch
    {
        CitationFormat.Apa or CitationFormat.Chicago => AccessDateStyle.MonthDayYear,
        CitationFormat.Mla => AccessDateStyle.DayMonthYear,
        CitationFormat.BibTeX => AccessDateStyle.Iso,
        CitationFormat.Ris => AccessDateStyle.Ris,
        _ => AccessDateStyle.CslJson,
    };

    /// <summary>The data-date-style value js/copy.js reads.</summary>
    public static string DateStyleKey(AccessDateStyle style) => style switch
    {
        AccessDateStyle.MonthDayYear => "mdy",
        AccessDateStyle.DayMonthYear => "dmy",
        AccessDateStyle.Iso => "iso",
        AccessDateStyle.Ris => "ris",
        _ => "csl",
    };

    /// <summary>A date as a format writes it (the text formats' words are English whatever the culture).</summary>
    public static string FormatDate(DateOnly date, AccessDateStyle style) => style switch
    {
        AccessDateStyle.MonthDayYear => date.ToString("MMMM d, yyyy", _en),
        AccessDateStyle.DayMonthYear => $"{date.Day} {_mlaMonths[date.Month - 1]} {date.Year}",
        AccessDateStyle.Iso => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        AccessDateStyle.Ris => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// <paramref name="work"/> in <paramref name="format"/>; <paramref name="accessed"/> null writes
    /// <see cref="AccessPlaceholder"/> (CSL-JSON: <c>{"literal": "[date of your visit]"}</c>).
    /// </summary>
    public static string Format(CiteWork work, CitationFormat format, DateOnly? accessed) => format switch
    {
        CitationFormat.Apa => Apa(work, accessed),
        CitationFormat.Chicago => Chicago(work, accessed),
        CitationFormat.Mla => Mla(work, accessed),
        CitationFormat.BibTeX => BibTeX(work, accessed),
        CitationFormat.Ris => Ris(work, accessed),
        _ => CslJson(work, accessed),
    };

    private static string Accessed(DateOnly? accessed, AccessDateStyle style) =>
        accessed is { } date ? FormatDate(date, style) : AccessPlaceholder;

    private static string Version(CiteWork w) =>
        $"content version {w.Version}, built {IsoVersionDate(w)}";

    private static string IsoVersionDate(CiteWork w) => FormatDate(w.VersionDate, AccessDateStyle.Iso);

    // One line each: a line break inside a quote would start a new line of a text citation or a new RIS tag.
    private static string Quoted(IEnumerable<string> quotes) => string.Join(" … ", quotes.Select(q => $"“{RisValue(q)}”"));

    private static string Ending(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";

    private static string SourceYear(CitedSource s) => s.Published ?? "n.d.";

    /// <summary>The page's title, or for a paragraph the source's title and the paragraph.</summary>
    private static string WorkTitle(CiteWork w) => w.Kind == CiteKind.Paragraph ? $"{w.Source.FullTitle}, paragraph {w.Paragraph}" : w.Title;

    // APA 7, a web page with no author and no date: the title takes the author's place, then (n.d.).
    private static string Apa(CiteWork w, DateOnly? accessed)
    {
        var text = new StringBuilder();
        if (w.Kind == CiteKind.Paragraph)
        {
            text.Append(ApaSource(w.Source)).Append(CultureInfo.InvariantCulture, $" Paragraph {w.Paragraph}.");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"{w.Title} [{CiteKinds.Label(w.Kind)}]. (n.d.).");
        }

        text.Append(CultureInfo.InvariantCulture, $" In {SiteName} ({Version(w)}). Retrieved {Accessed(accessed, AccessDateStyle.MonthDayYear)}, from {w.Address}");
        foreach (var s in w.Sentences)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nSource sentence: {ApaSource(w.Source)} Paragraph {s.Paragraph}: {Quoted(s.Quotes)} {s.Address}");
        }

        return text.ToString();
    }

    private static string ApaSource(CitedSource s)
    {
        var unstated = s.Unstated is { } u ? $" [{u}.]" : "";
        return s.Author is { } author
            ? $"{Ending(author)} ({SourceYear(s)}). {Ending(s.FullTitle)}{unstated}"
            : $"{Ending(s.FullTitle)} ({SourceYear(s)}).{unstated}";
    }

    // Chicago (notes and bibliography), a web page without author or date: title in quotes, site, access date, address.
    private static string Chicago(CiteWork w, DateOnly? accessed)
    {
        var text = new StringBuilder();
        text.Append(w.Kind == CiteKind.Paragraph
            ? $"{ChicagoSource(w.Source)} Paragraph {w.Paragraph}."
            : $"“{Ending(w.Title)}” {CiteKinds.Label(w.Kind)}.");
        text.Append(CultureInfo.InvariantCulture, $" {SiteName}, {Version(w)}. No date. Accessed {Accessed(accessed, AccessDateStyle.MonthDayYear)}. {w.Address}.");
        foreach (var s in w.Sentences)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nSource sentence: {ChicagoSource(w.Source)} Paragraph {s.Paragraph}: {Quoted(s.Quotes)} {s.Address}.");
        }

        return text.ToString();
    }

    private static string ChicagoSource(CitedSource s)
    {
        var author = s.Author is { } a ? Ending(a) + " " : "";
        var unstated = s.Unstated is { } u ? $" {u}." : "";
        return $"{author}“{Ending(s.FullTitle)}” {(s.Published is { } p ? Ending(p) : "n.d.")}{unstated}";
    }

    // MLA 9: "Title." Container, version, address. Accessed date. No author, no date: both left out, as MLA does.
    private static string Mla(CiteWork w, DateOnly? accessed)
    {
        var text = new StringBuilder();
        text.Append(w.Kind == CiteKind.Paragraph
            ? $"{MlaSource(w.Source)} par. {w.Paragraph}."
            : $"“{Ending(w.Title)}” {CiteKinds.Label(w.Kind)}.");
        text.Append(CultureInfo.InvariantCulture, $" {SiteName}, {Version(w)}, {w.Address}. Accessed {Accessed(accessed, AccessDateStyle.DayMonthYear)}.");
        foreach (var s in w.Sentences)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nSource sentence: {MlaSource(w.Source)} par. {s.Paragraph}, {s.Address}. {Quoted(s.Quotes)}");
        }

        return text.ToString();
    }

    private static string MlaSource(CitedSource s)
    {
        var author = s.Author is { } a ? Ending(a) + " " : "";
        var unstated = s.Unstated is { } u ? $" {u}," : "";
        return $"{author}“{Ending(s.FullTitle)}”{unstated} {(s.Published is { } p ? p : "n.d.")},";
    }

    // BibTeX (UTF-8, for biblatex/Biber): one @misc for the page, one per cited paragraph of the source.
    private static string BibTeX(CiteWork w, DateOnly? accessed)
    {
        var urldate = Accessed(accessed, AccessDateStyle.Iso);
        var text = new StringBuilder();
        var sourceKeys = w.Sentences.Select(s => BibKey($"{w.Source.Slug}-p{s.Paragraph}")).ToList();
        var note = $"{CiteKinds.Label(w.Kind)}; {Version(w)}; no date stated";
        if (w.Kind == CiteKind.Paragraph && w.Source.Unstated is { } unstated)
        {
            note += $". {unstated}";
        }

        if (sourceKeys.Count > 0)
        {
            note += ". Its facts cite the source: " + string.Join(", ", sourceKeys);
        }

        BibEntry(text, BibKey($"explorer-{CiteKinds.Segment(w.Kind)}-{w.Slug}" + (w.Paragraph is { } n ? $"-p{n}" : "")),
        [
            ("title", "{" + BibEscape(WorkTitle(w)) + "}"),
            ("howpublished", BibEscape(SiteName)),
            ("version", BibEscape(w.Version)),
            ("url", BibUrl(w.Address)),
            ("urldate", BibEscape(urldate)),
            ("note", BibEscape(note)),
        ]);
        for (var i = 0; i < w.Sentences.Count; i++)
        {
            var s = w.Sentences[i];
            var fields = new List<(string, string)> { ("title", "{" + BibEscape(w.Source.Title) + "}") };
            if (w.Source.Subtitle is { } subtitle)
            {
                fields.Add(("subtitle", "{" + BibEscape(subtitle) + "}"));
            }

            if (w.Source.Author is { } author)
            {
                fields.Add(("author", BibEscape(author)));
            }

            if (w.Source.Published is { } published)
            {
                fields.Add(("date", BibEscape(published)));
            }

            var sourceNote = $"Paragraph {s.Paragraph}: {Quoted(s.Quotes)}";
            if (w.Source.Unstated is { } unstatedSource)
            {
                sourceNote = unstatedSource + ". " + sourceNote;
            }

            fields.Add(("url", BibUrl(s.Address)));
            fields.Add(("urldate", BibEscape(urldate)));
            fields.Add(("note", BibEscape(sourceNote)));
            text.Append('\n');
            BibEntry(text, sourceKeys[i], fields);
        }

        return text.ToString();
    }

    private static void BibEntry(StringBuilder text, string key, IEnumerable<(string Name, string Value)> fields)
    {
        text.Append("@misc{").Append(key).Append(",\n");
        text.Append(string.Join(",\n", fields.Select(f => $"  {f.Name} = {{{f.Value}}}")));
        text.Append("\n}\n");
    }

    /// <summary>A citation key: letters, digits and - : _ only (slugs already are).</summary>
    private static string BibKey(string key) => new(key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_' ? c : '-').ToArray());

    /// <summary>
    /// A field value safe inside braces: TeX's special characters escaped, so a brace cannot end the
    /// field and % &amp; # $ _ ^ ~ \ print as themselves. Non-ASCII stays UTF-8.
    /// </summary>
    public static string BibEscape(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '%' => @"\%",
                '&' => @"\&",
                '#' => @"\#",
                '$' => @"\$",
                '_' => @"\_",
                '^' => @"\^{}",
                '~' => @"\~{}",
                '\r' or '\n' => " ",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    /// <summary>An address for the url field (verbatim for the url package; our addresses are percent-escaped, so no brace or backslash).</summary>
    private static string BibUrl(string address) =>
        address.Any(c => c is '{' or '}' or '\\' or '\r' or '\n') ? BibEscape(address) : address;

    // RIS: one record for the page (ELEC), one per cited paragraph of the source (GEN).
    private static string Ris(CiteWork w, DateOnly? accessed)
    {
        var y2 = Accessed(accessed, AccessDateStyle.Ris);
        var text = new StringBuilder();
        var record = new List<(string, string)>
        {
            ("TY", "ELEC"),
            ("TI", WorkTitle(w)),
            ("T2", SiteName),
            ("M3", CiteKinds.Label(w.Kind)),
            ("ET", Version(w)),
            ("UR", w.Address),
            ("Y2", y2),
            ("N1", "No date stated."),
        };
        if (w.Kind == CiteKind.Paragraph && w.Source.Unstated is { } unstated)
        {
            record.Add(("N1", unstated + "."));
        }

        RisRecord(text, record);
        foreach (var s in w.Sentences)
        {
            var source = new List<(string, string)> { ("TY", "GEN"), ("TI", w.Source.Title) };
            if (w.Source.Subtitle is { } subtitle)
            {
                source.Add(("ST", subtitle));
            }

            if (w.Source.Author is { } author)
            {
                source.Add(("AU", author));
            }

            if (w.Source.Published is { } published)
            {
                source.Add(("DA", published));
            }

            if (w.Source.Unstated is { } unstatedSource)
            {
                source.Add(("N1", unstatedSource + "."));
            }

            source.Add(("N1", $"Paragraph {s.Paragraph}: {Quoted(s.Quotes)}"));
            source.Add(("UR", s.Address));
            source.Add(("Y2", y2));
            RisRecord(text, source);
        }

        return text.ToString();
    }

    private static void RisRecord(StringBuilder text, IEnumerable<(string Tag, string Value)> fields)
    {
        foreach (var (tag, value) in fields)
        {
            text.Append(tag).Append("  - ").Append(RisValue(value)).Append('\n');
        }

        text.Append("ER  - \n");
    }

    /// <summary>A RIS value is one line: a line break would start a new tag.</summary>
    public static string RisValue(string value) =>
        string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    // CSL-JSON: an array of items (the page, then each cited paragraph), as citeproc and Zotero read them.
    private static string CslJson(CiteWork w, DateOnly? accessed)
    {
        JsonNode AccessedNode() => accessed is { } d
            ? new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(d.Year, d.Month, d.Day)) }
            : new JsonObject { ["literal"] = AccessPlaceholder };

        var items = new JsonArray();
        var sourceIds = w.Sentences.Select(s => BibKey($"{w.Source.Slug}-p{s.Paragraph}")).ToList();
        var note = $"{Version(w)}; no date stated";
        if (w.Kind == CiteKind.Paragraph && w.Source.Unstated is { } unstated)
        {
            note += $". {unstated}";
        }

        if (sourceIds.Count > 0)
        {
            note += ". Its facts cite the source: " + string.Join(", ", sourceIds);
        }

        items.Add(new JsonObject
        {
            ["id"] = BibKey($"explorer-{CiteKinds.Segment(w.Kind)}-{w.Slug}" + (w.Paragraph is { } n ? $"-p{n}" : "")),
            ["type"] = "webpage",
            ["title"] = WorkTitle(w),
            ["genre"] = CiteKinds.Label(w.Kind),
            ["container-title"] = SiteName,
            ["version"] = w.Version,
            ["URL"] = w.Address,
            ["accessed"] = AccessedNode(),
            ["note"] = note + ".",
        });
        for (var i = 0; i < w.Sentences.Count; i++)
        {
            var s = w.Sentences[i];
            var item = new JsonObject { ["id"] = sourceIds[i], ["type"] = "document", ["title"] = w.Source.FullTitle };
            if (w.Source.Author is { } author)
            {
                item["author"] = new JsonArray(new JsonObject { ["literal"] = author });
            }

            if (w.Source.Published is { } published)
            {
                item["issued"] = new JsonObject { ["literal"] = published };
            }

            item["URL"] = s.Address;
            item["accessed"] = AccessedNode();
            item["note"] = (w.Source.Unstated is { } u ? u + ". " : "") + $"Paragraph {s.Paragraph}: {Quoted(s.Quotes)}";
            items.Add(item);
        }

        return items.ToJsonString(_json);
    }
}
