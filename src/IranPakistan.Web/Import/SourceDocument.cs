using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace IranPakistan.Web.Import;

public sealed record SourceDocument(SourceFrontMatter Meta, IReadOnlyList<SourceSectionDoc> Sections)
{
    public IEnumerable<SourceParagraphDoc> Paragraphs => Sections.SelectMany(s => s.Paragraphs);
}

public sealed record SourceSectionDoc(string Slug, string Title, bool IsSourceHeading, List<SourceParagraphDoc> Paragraphs);

public sealed record SourceParagraphDoc(int Number, string Text, int Line);

public sealed class SourceFrontMatter
{
    public string? Slug { get; set; }
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Author { get; set; }
    public string? Publisher { get; set; }
    public string? Published { get; set; }
    public string? Url { get; set; }
    public string? OriginalFile { get; set; }
    public string? OpeningSection { get; set; }
    public string? Note { get; set; }
}

/// <summary>Reads a source: YAML front matter, then the verbatim text with <c>## </c> headings.</summary>
public static class SourceDocumentParser
{
    private static readonly IDeserializer _frontMatter = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static SourceDocument? Parse(string file, string text, List<SeedError> errors)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            errors.Add(new SeedError(file, 1, "a source must start with '---' front matter"));
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            errors.Add(new SeedError(file, 1, "front matter is not closed by a '---' line"));
            return null;
        }

        SourceFrontMatter meta;
        try
        {
            meta = _frontMatter.Deserialize<SourceFrontMatter>(string.Join('\n', lines[1..close])) ?? new SourceFrontMatter();
        }
        catch (YamlException ex)
        {
            errors.Add(new SeedError(file, (int)ex.Start.Line + 1, $"front matter: {Innermost(ex)}"));
            return null;
        }

        if (string.IsNullOrWhiteSpace(meta.Slug))
        {
            errors.Add(new SeedError(file, 2, "front matter needs a 'slug'"));
        }

        if (string.IsNullOrWhiteSpace(meta.Title))
        {
            errors.Add(new SeedError(file, 2, "front matter needs a 'title'"));
        }

        var sections = new List<SourceSectionDoc>
        {
            new("opening", meta.OpeningSection ?? "Opening", false, []),
        };
        var number = 0;
        var buffer = new StringBuilder();
        var bufferLine = 0;

        void Flush()
        {
            if (buffer.Length > 0)
            {
                sections[^1].Paragraphs.Add(new SourceParagraphDoc(++number, buffer.ToString().TrimEnd(), bufferLine));
                buffer.Clear();
            }
        }

        for (var i = close + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                var heading = line[3..].Trim();
                var slug = Slugify(heading);
                if (sections.Any(s => s.Slug == slug))
                {
                    errors.Add(new SeedError(file, i + 1, $"heading '{heading}' repeats section '{slug}'"));
                }

                sections.Add(new SourceSectionDoc(slug, heading, true, []));
            }
            else
            {
                if (buffer.Length == 0)
                {
                    bufferLine = i + 1;
                }
                else
                {
                    buffer.Append('\n');
                }

                buffer.Append(line.TrimEnd());
            }
        }

        Flush();
        if (sections[0].Paragraphs.Count == 0)
        {
            sections.RemoveAt(0);
        }

        if (number == 0)
        {
            errors.Add(new SeedError(file, close + 2, "the source has no paragraphs"));
        }

        return new SourceDocument(meta, sections);
    }

    /// <summary>"Iran’s Soft Power" → "irans-soft-power".</summary>
    public static string Slugify(string heading)
    {
        var sb = new StringBuilder();
        foreach (var c in heading.ToLowerInvariant())
        {
            if (c is '’' or '\'')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }

    internal static string Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex.Message;
    }
}
