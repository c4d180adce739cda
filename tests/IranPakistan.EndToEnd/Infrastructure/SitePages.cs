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
        ["timeline"] = "/timeline",
        ["timeline-filtered"] = "/timeline?episode=january-2024-strikes&kind=strike",
        ["event"] = "/events/iran-strike-jaish-al-adl-baluchistan",
        ["agreements"] = "/agreements",
        ["agreements-searched"] = "/agreements?q=pipeline&status=stalled",
        ["agreement"] = "/agreements/joint-film-production-mou",
        ["search-results"] = "/search?q=Chabahar",
        ["map"] = "/map?place=taftan",
        ["figures"] = "/figures",
        ["graph"] = "/actors/graph",
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
