using System.Text.Json;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Tests.Features.Actors;

/// <summary>Actor and place pages, their lists and their JSON show the names in Persian and Urdu, each isolated with its lang and dir.</summary>
public sealed class NativeNamePagesTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Fact]
    public async Task ActorPageNamesEachLanguage()
    {
        var page = await factory.GetPageAsync(Urls.Actor("ebrahim-raisi"));

        var names = page.QuerySelectorAll("header .native-names bdi").Select(b => (b.GetAttribute("lang"), b.GetAttribute("dir"), b.TextContent)).ToList();
        Assert.Equal([("fa", "rtl", "ابراهیم رئیسی"), ("ur", "rtl", "ابراہیم رئیسی")], names);
        Assert.Contains("In Persian:", page.QuerySelector("header .native-names")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlacePageShowsItsNames()
    {
        var page = await factory.GetPageAsync(Urls.Place("islamabad"));

        var names = page.QuerySelectorAll("header .native-names bdi").Select(b => (b.GetAttribute("lang"), b.TextContent)).ToList();
        Assert.Equal([("fa", "اسلام\u200Cآباد"), ("ur", "اسلام آباد")], names);
    }

    [Fact]
    public async Task EventPageShowsItsActorsAndPlacesNativeNames()
    {
        var page = await factory.GetPageAsync(Urls.Event("pakistan-strikes-saravan"));

        var items = page.QuerySelectorAll("main li").ToList();
        var iran = items.First(li => li.QuerySelector("a")?.GetAttribute("href") == Urls.Actor("iran"));
        Assert.Equal("ایران", iran.QuerySelector("bdi[lang=fa][dir=rtl]")?.TextContent);
        var saravan = items.First(li => li.QuerySelector("a")?.GetAttribute("href") == Urls.Place("saravan"));
        Assert.Equal("سراوان", saravan.QuerySelector("bdi[lang=fa][dir=rtl]")?.TextContent);
    }

    [Fact]
    public async Task ItemWithoutANativeNameShowsNone()
    {
        var page = await factory.GetPageAsync(Urls.Actor("prime-minister-nawaz"));

        Assert.Null(page.QuerySelector(".native-names"));
    }

    [Fact]
    public async Task ListsShowEachSpellingOnce()
    {
        var actors = await factory.GetPageAsync(Urls.Actors);
        var iran = actors.QuerySelectorAll(".entity-list li").Single(li => li.QuerySelector("a")?.GetAttribute("href") == Urls.Actor("iran"));
        Assert.Equal(["ایران"], iran.QuerySelectorAll("bdi[lang][dir=rtl]").Select(b => b.TextContent));

        var places = await factory.GetPageAsync(Urls.Places);
        var quetta = places.QuerySelectorAll(".entity-list li").Single(li => li.QuerySelector("a")?.GetAttribute("href") == Urls.Place("quetta"));
        Assert.Equal([("fa", "کویته"), ("ur", "کوئٹہ")], quetta.QuerySelectorAll("bdi").Select(b => (b.GetAttribute("lang"), b.TextContent)));
    }

    [Fact]
    public async Task JsonCarriesNamesWithLanguageTags()
    {
        using var actor = JsonDocument.Parse(await factory.Client.GetStringAsync("/api/actors/india"));
        Assert.Equal(
            [("fa", "هند"), ("ur", "بھارت")],
            actor.RootElement.GetProperty("nativeNames").EnumerateArray().Select(n => (n.GetProperty("lang").GetString(), n.GetProperty("text").GetString())));

        using var places = JsonDocument.Parse(await factory.Client.GetStringAsync("/api/places"));
        // The list (and its CSV) has one column per language.
        var tehran = places.RootElement.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "tehran");
        Assert.Equal(("تهران", "تہران"), (tehran.GetProperty("nameFa").GetString(), tehran.GetProperty("nameUr").GetString()));
        var csv = await factory.Client.GetStringAsync("/api/places?format=csv");
        Assert.Contains("name_fa,name_ur", csv, StringComparison.Ordinal);
        Assert.Contains("tehran,Tehran,تهران,تہران", csv, StringComparison.Ordinal);
    }
}
