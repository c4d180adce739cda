using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace IranPakistan.Web.Import;

/// <summary>Everything read from seeds/, before validation.</summary>
public sealed class SeedSet
{
    public List<(string File, SourceDocument Document)> Sources { get; } = [];
    public List<(string File, SeedFile Content)> Files { get; } = [];

    /// <summary>SHA-256 over every file's path and bytes (see <see cref="SeedReader.Hash"/>).</summary>
    public string ContentHash { get; set; } = "";
}

/// <summary>Reads seeds/ from disk; schema problems become <see cref="SeedError"/>s with lines.</summary>
public static class SeedReader
{
    private static readonly IDeserializer _deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithNodeDeserializer(inner => new LineRecordingNodeDeserializer(inner), s => s.InsteadOf<YamlDotNet.Serialization.NodeDeserializers.ObjectNodeDeserializer>())
        .WithNodeDeserializer(new EmptyItemNodeDeserializer(), s => s.Before<YamlDotNet.Serialization.NodeDeserializers.NullNodeDeserializer>())
        .Build();

    public static SeedSet Read(string seedsPath, List<SeedError> errors)
    {
        var set = new SeedSet();
        if (!Directory.Exists(seedsPath))
        {
            errors.Add(new SeedError(seedsPath, 0, "the seeds folder does not exist"));
            return set;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in ListFiles(seedsPath))
        {
            var bytes = File.ReadAllBytes(Path.Combine(seedsPath, file));
            AppendToHash(hash, file, bytes);
            // Some editors save UTF-8 with a byte order mark; it is not part of the text.
            var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
            if (file.EndsWith(".md", StringComparison.Ordinal))
            {
                if (SourceDocumentParser.Parse(file, text, errors) is { } doc)
                {
                    set.Sources.Add((file, doc));
                }
            }
            else if (ParseYaml(file, text, errors) is { } content)
            {
                if (ContentGuard.EmptyFile(file, content) is { } empty)
                {
                    errors.Add(empty);
                }

                set.Files.Add((file, content));
            }
        }

        set.ContentHash = Convert.ToHexStringLower(hash.GetHashAndReset());
        return set;
    }

    /// <summary>
    /// The same hash <see cref="Read"/> computes, from the bytes alone (nothing is parsed), so a start
    /// with unchanged seeds costs a few file reads. Null when the folder does not exist.
    /// </summary>
    public static string? Hash(string seedsPath)
    {
        if (!Directory.Exists(seedsPath))
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in ListFiles(seedsPath))
        {
            AppendToHash(hash, file, File.ReadAllBytes(Path.Combine(seedsPath, file)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The seed files, relative to the folder with '/' separators, in ordinal order.</summary>
    private static List<string> ListFiles(string seedsPath) =>
        Directory.EnumerateFiles(seedsPath, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(seedsPath, f).Replace('\\', '/'))
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)
                || (f.StartsWith("sources/", StringComparison.Ordinal) && f.EndsWith(".md", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

    // Path and length go in before the bytes, so moving bytes between files changes the hash.
    private static void AppendToHash(IncrementalHash hash, string file, byte[] bytes)
    {
        hash.AppendData(Encoding.UTF8.GetBytes($"{file}\n{bytes.Length}\n"));
        hash.AppendData(bytes);
    }

    public static SeedFile? ParseYaml(string file, string text, List<SeedError> errors)
    {
        try
        {
            return _deserializer.Deserialize<SeedFile>(text) ?? new SeedFile();
        }
        catch (YamlException ex)
        {
            var message = SourceDocumentParser.Innermost(ex);
            // YamlDotNet names C# properties; readers of the error know the YAML key.
            if (message.Contains("not found on type", StringComparison.Ordinal))
            {
                message = $"unknown key: {message}";
            }

            errors.Add(new SeedError(file, (int)ex.Start.Line, message));
            return null;
        }
    }

    /// <summary>
    /// A lone "-" (or "~") where a seed object belongs would become a null list item that the
    /// validator cannot point at; it is reported here, with its line, instead.
    /// </summary>
    private sealed class EmptyItemNodeDeserializer : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            value = null;
            if (typeof(SeedNode).IsAssignableFrom(expectedType)
                && reader.Current is YamlDotNet.Core.Events.Scalar { Style: ScalarStyle.Plain, Value: "" or "~" or "null" or "Null" or "NULL" } scalar)
            {
                var what = string.Concat(expectedType.Name[..^"Seed".Length].Select((c, i) => i > 0 && char.IsUpper(c) ? " " + c : c.ToString())).ToLowerInvariant();
                throw new YamlException(scalar.Start, scalar.End, $"empty {what} item (a lone '-'): fill it in or remove it");
            }

            return false;
        }
    }

    /// <summary>Stamps each seed object with the line its mapping starts on, for error messages.</summary>
    private sealed class LineRecordingNodeDeserializer(INodeDeserializer inner) : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            var line = (int)(reader.Current?.Start.Line ?? 0);
            if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
            {
                return false;
            }

            if (value is SeedNode node)
            {
                node.Line = line;
            }

            return true;
        }
    }
}
