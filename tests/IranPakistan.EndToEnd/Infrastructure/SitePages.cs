namespace IranPakistan.EndToEnd.Infrastructure;

/// <summary>
/// One address for every kind of page that exists, for checks that run over all of them: the first
/// address of each kind in tests/page-kinds.txt, the list scripts/validate-html.sh validates as well.
/// </summary>
public static class SitePages
{
    public static readonly IReadOnlyDictionary<string, string> ByKind =
        PageKinds.All.DistinctBy(p => p.Kind).ToDictionary(p => p.Kind, p => p.Address);

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
}
