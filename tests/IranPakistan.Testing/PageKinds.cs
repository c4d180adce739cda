using System.Globalization;

namespace IranPakistan.Testing;

/// <summary>
/// tests/page-kinds.txt: every kind of page with an address of each and the status it answers with, the
/// one list that scripts/validate-html.sh, the browser checks and <c>PageKindsTests</c> run over.
/// </summary>
public static class PageKinds
{
    /// <summary>Every line, in the file's order; a kind's first line stands for the kind.</summary>
    public static IReadOnlyList<PageKind> All { get; } = Read(Path.Combine(RepositoryRoot.Path, "tests", "page-kinds.txt"));

    // "kind status address" a line, separated by spaces; # starts a comment line.
    private static List<PageKind> Read(string file) =>
        File.ReadLines(file)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length > 0 && !fields[0].StartsWith('#'))
            .Select(fields => fields.Length == 3
                ? new PageKind(fields[0], int.Parse(fields[1], CultureInfo.InvariantCulture), fields[2])
                : throw new FormatException($"{file}: “{string.Join(' ', fields)}” is not “kind status address”"))
            .ToList();
}

/// <summary>One line of tests/page-kinds.txt.</summary>
public sealed record PageKind(string Kind, int Status, string Address);
