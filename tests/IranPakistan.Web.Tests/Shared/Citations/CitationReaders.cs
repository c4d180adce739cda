using System.Text;

namespace IranPakistan.Web.Tests.Shared.Citations;

/// <summary>
/// Small readers for what the citation formats write, so tests check that a reference manager would
/// get back what was put in: BibTeX entries (braced values, TeX escapes undone) and RIS records.
/// </summary>
public static class CitationReaders
{
    public sealed record BibEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields);

    /// <summary>Parses @type{key, name = {value}, …} entries; throws on unbalanced braces or a stray character.</summary>
    public static List<BibEntry> ReadBibTeX(string text)
    {
        var entries = new List<BibEntry>();
        var i = 0;
        while (true)
        {
            SkipSpace(text, ref i);
            if (i >= text.Length)
            {
                return entries;
            }

            Expect(text, ref i, '@');
            var type = Word(text, ref i);
            Expect(text, ref i, '{');
            var key = Word(text, ref i);
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            while (true)
            {
                SkipSpace(text, ref i);
                if (text[i] == '}')
                {
                    i++;
                    break;
                }

                Expect(text, ref i, ',');
                SkipSpace(text, ref i);
                if (text[i] == '}')
                {
                    i++;
                    break;
                }

                var name = Word(text, ref i);
                SkipSpace(text, ref i);
                Expect(text, ref i, '=');
                SkipSpace(text, ref i);
                Expect(text, ref i, '{');
                var start = i;
                var depth = 1;
                while (depth > 0)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException($"unbalanced braces in field {name} of {key}");
                    }

                    var c = text[i];
                    if (c == '\\' && i + 1 < text.Length && text[i + 1] is '{' or '}')
                    {
                        i += 2;
                        continue;
                    }

                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    i++;
                }

                if (!fields.TryAdd(name, text[start..(i - 1)]))
                {
                    throw new FormatException($"field {name} twice in {key}");
                }
            }

            entries.Add(new BibEntry(type, key, fields));
        }
    }

    /// <summary>A field's text as it prints: TeX escapes undone, one pair of protecting braces removed.</summary>
    public static string Unescape(string value)
    {
        if (value.StartsWith('{') && value.EndsWith('}') && !value.StartsWith(@"{\", StringComparison.Ordinal))
        {
            value = value[1..^1];
        }

        var text = new StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\')
            {
                text.Append(value[i]);
                continue;
            }

            string[] macros = [@"\textbackslash{}", @"\^{}", @"\~{}"];
            var macro = macros.FirstOrDefault(m => string.CompareOrdinal(value, i, m, 0, m.Length) == 0);
            if (macro is not null)
            {
                text.Append(macro[1] switch { 't' => '\\', '^' => '^', _ => '~' });
                i += macro.Length - 1;
            }
            else if (i + 1 < value.Length && value[i + 1] is '{' or '}' or '%' or '&' or '#' or '$' or '_')
            {
                text.Append(value[++i]);
            }
            else
            {
                throw new FormatException($"unknown escape at {i} in {value}");
            }
        }

        return text.ToString();
    }

    /// <summary>True when every TeX special character in the raw value is escaped (a bare % would start a comment).</summary>
    public static bool HasOnlyEscapedSpecials(string raw)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\')
            {
                i++;
                continue;
            }

            if (raw[i] is '%' or '&' or '#' or '$' or '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>RIS records: lists of (tag, value); every line must be "XY  - value".</summary>
    public static List<List<(string Tag, string Value)>> ReadRis(string text)
    {
        var records = new List<List<(string, string)>>();
        List<(string, string)>? current = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length < 6 || !char.IsAsciiLetterUpper(line[0]) || !char.IsAsciiLetterOrDigit(line[1]) || line[2..6] != "  - ")
            {
                throw new FormatException($"not a RIS line: {line}");
            }

            var (tag, value) = (line[..2], line[6..]);
            if (tag == "TY")
            {
                current = [];
                records.Add(current);
            }
            else if (current is null)
            {
                throw new FormatException("a tag before TY");
            }

            if (tag == "ER")
            {
                current = null;
                continue;
            }

            current.Add((tag, value));
        }

        if (current is not null)
        {
            throw new FormatException("a record without ER");
        }

        return records;
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }

    private static void Expect(string text, ref int i, char c)
    {
        if (i >= text.Length || text[i] != c)
        {
            throw new FormatException($"expected '{c}' at {i}: {text[i..Math.Min(text.Length, i + 20)]}");
        }

        i++;
    }

    private static string Word(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or ':' or '_'))
        {
            i++;
        }

        return start == i ? throw new FormatException($"expected a name at {i}") : text[start..i];
    }
}
