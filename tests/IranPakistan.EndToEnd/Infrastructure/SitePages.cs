namespace IranPakistan.EndToEnd.Infrastructure;

/// <summary>One address for every kind of page that exists, for checks that run over all of them.</summary>
public static class SitePages
{
    public const string SourceReader = "/sources/iran-pakistan-relations";

    public static readonly IReadOnlyDictionary<string, string> ByKind = new Dictionary<string, string>
    {
        ["home"] = "/",
        ["topic"] = "/topics/security",
        ["source-reader"] = SourceReader + "?quote=" + Uri.EscapeDataString("Iran launched a missile strike"),
        ["actors"] = "/actors",
        ["actor"] = "/actors/zeynabiyoun-brigade",
        ["places"] = "/places",
        ["place"] = "/places/taftan",
        ["sources"] = "/sources",
        ["not-found"] = "/no/such/page",
    };

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
