using System.Text.Json;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Tests.Features.Search;

/// <summary>
/// Searching in Persian and Urdu script over HTTP: the real seeds' native names are indexed folded,
/// the query is folded the same way, and the result shows the name as written, with its lang and dir.
/// </summary>
public sealed class ScriptSearchTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Theory]
    [InlineData("ایران", "/actors/iran")] // Persian letters
    [InlineData("ايران", "/actors/iran")] // Arabic yeh, as an Arabic keyboard types it
    [InlineData("إيران", "/actors/iran")] // and a hamza
    [InlineData("پاکستان", "/actors/pakistan")]
    [InlineData("پاكستان", "/actors/pakistan")] // Arabic kaf
    [InlineData("بلوچستان", "/places/baluchistan")] // Urdu
    [InlineData("سیستان و بلوچستان", "/places/sistan-and-baluchistan")]
    [InlineData("تہران", "/places/tehran")] // Urdu heh goal
    [InlineData("تهران", "/places/tehran")] // Persian heh
    [InlineData("اسلام‌آباد", "/places/islamabad")] // with ZWNJ
    [InlineData("اسلام آباد", "/places/islamabad")] // with a space
    [InlineData("کوئٹہ", "/places/quetta")]
    [InlineData("ابراهيم رئيسي", "/actors/ebrahim-raisi")]
    public async Task NativeQueryLeadsWithTheItemNamedSo(string query, string href)
    {
        var page = await factory.GetPageAsync(Urls.Search(query));

        var first = page.QuerySelector("main .result a.result__title");
        Assert.Equal(href, first?.GetAttribute("href"));
    }

    [Fact]
    public async Task ArabicAndPersianSpellingsFindTheSameItems()
    {
        var persian = await HrefsAsync("ایران");
        var arabic = await HrefsAsync("ايران");

        Assert.NotEmpty(persian);
        Assert.Equal(persian, arabic);
        // Not only the actor: events that name Iran are found by its Persian name too.
        Assert.Contains(persian, h => h.StartsWith("/events/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResultShowsTheNativeNameWithItsLanguageAndDirection()
    {
        var page = await factory.GetPageAsync(Urls.Search("ايران"));

        var result = page.QuerySelectorAll("main .result").First(r => r.QuerySelector("a.result__title")?.GetAttribute("href") == "/actors/iran");
        var name = result.QuerySelector("bdi.native-name");
        Assert.NotNull(name);
        Assert.Equal(("fa", "rtl", "ایران"), (name.GetAttribute("lang"), name.GetAttribute("dir"), name.TextContent));
        // What found it is named as written, not in its folded index form.
        var found = result.QuerySelector(".result__alias mark bdi");
        Assert.Equal("ایران", found?.TextContent);
    }

    [Fact]
    public async Task ZwnjNameIsShownAsWrittenWhenFound()
    {
        var page = await factory.GetPageAsync(Urls.Search("اسلام آباد"));

        var result = page.QuerySelectorAll("main .result").First(r => r.QuerySelector("a.result__title")?.GetAttribute("href") == "/places/islamabad");
        var names = result.QuerySelectorAll(".native-names bdi.native-name").Select(b => (b.GetAttribute("lang"), b.TextContent)).ToList();
        Assert.Equal([("fa", "اسلام\u200Cآباد"), ("ur", "اسلام آباد")], names);
        // Persian and Urdu spell it alike but for the joiner: what found it is one of the two, as written.
        Assert.Contains(result.QuerySelector(".result__alias mark bdi")?.TextContent, (string[])["اسلام\u200Cآباد", "اسلام آباد"]);
    }

    [Fact]
    public async Task ApiCarriesNativeNamesWithLanguageTags()
    {
        using var json = JsonDocument.Parse(await factory.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("پاکستان")));

        var best = json.RootElement.GetProperty("best")[0];
        Assert.EndsWith("/actors/pakistan", best.GetProperty("url").GetString(), StringComparison.Ordinal);
        var names = best.GetProperty("nativeNames").EnumerateArray().Select(n => (n.GetProperty("lang").GetString(), n.GetProperty("text").GetString())).ToList();
        Assert.Equal([("fa", "پاکستان")], names); // Persian and Urdu write it alike: once
        Assert.Equal("fa", best.GetProperty("nativeMatch").GetProperty("lang").GetString());
    }

    [Fact]
    public async Task EchoedQueryIsIsolatedAndTheFieldFollowsWhatIsTyped()
    {
        var page = await factory.GetPageAsync(Urls.Search("ایران"));

        // "12 results for “ایران”": the query is its own bidi run, so the English quotes stay around it.
        Assert.Equal("ایران", page.QuerySelector("main [role=status] q > bdi")?.TextContent);
        Assert.Equal("auto", page.QuerySelector("main input[name=q]")?.GetAttribute("dir"));
        Assert.Equal("auto", page.QuerySelector("header input[name=q]")?.GetAttribute("dir"));
    }

    [Fact]
    public async Task NothingFoundEchoesTheQueryIsolatedToo()
    {
        var page = await factory.GetPageAsync(Urls.Search("ژژژژژ"));

        Assert.Equal("ژژژژژ", page.QuerySelector("main [role=status] q > bdi")?.TextContent);
    }

    private async Task<List<string>> HrefsAsync(string query)
    {
        var page = await factory.GetPageAsync(Urls.Search(query));
        return page.QuerySelectorAll("main section .result a.result__title").Select(a => a.GetAttribute("href") ?? "").ToList();
    }
}
