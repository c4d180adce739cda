namespace IranPakistan.EndToEnd.Infrastructure;

/// <summary>
/// One address for every kind of page that exists, for checks that run over all of them: the first
/// address of each kind in tests/page-kinds.txt, the list scripts/validate-html.sh validates as well.
/// </summary>
public static class SitePages
{
    public static readonly IReadOnlyDictionary<string, string> ByKind = Read(Path.Combine(RepositoryRoot.Path, "tests", "page-kinds.txt"));

    public static TheoryData<string> Kinds => new(ByKind.Keys);

    public static TheoryData<string, ColorScheme> KindsInBothSchemes
    {
        get
        {
            var data = new TheoryData<string, ColorScheme>();
            foreach (var kind in ByKind.Keys)
            {
                data.Add(kind, ColorScheme.Light);
                data.Add(kind, ColorScheme.Dark);
            }

            return data;
        }
    }

    // "kind status address" a line, # comments; the first address of a kind stands for it.
    private static Dictionary<string, string> Read(string file)
    {
        var byKind = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(file))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 3 && !fields[0].StartsWith('#'))
            {
                byKind.TryAdd(fields[0], fields[2]);
            }
        }

        return byKind;
    }
}
