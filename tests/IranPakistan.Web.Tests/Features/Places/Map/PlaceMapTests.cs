using System.Globalization;
using Bunit;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Features.Places.Map;
using IranPakistan.Web.Shared.Formatting;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Tests.Features.Places.Map;

/// <summary>The map component: one keyboard-reachable, named marker per place, shaped by kind.</summary>
public sealed class PlaceMapTests : ExplorerTestContext
{
    private static readonly List<MapPlace> _places =
    [
        new("gwadar", "Gwadar", PlaceKind.Port, "Pakistan", "A port.", 25.12, 62.32, []),
        new("taftan", "Taftan", PlaceKind.BorderCrossing, "Pakistan", "A crossing.", 28.96, 61.59, []),
        new("mashhad", "Mashhad", PlaceKind.City, "Iran", "A city.", 36.30, 59.60, []),
        new("imam-reza-shrine", "Imam Reza shrine", PlaceKind.Shrine, "Iran", "A shrine.", 36.288, 59.616, []),
    ];

    public PlaceMapTests()
    {
        // No geography file: the markers must stand on their own.
        Services.AddSingleton(new BaseMap(
            Options.Create(new MapOptions { TopologyPath = "/nonexistent/countries.json" }),
            new HostingEnvironment { ContentRootPath = Path.GetTempPath() },
            NullLogger<BaseMap>.Instance));
    }

    [Fact]
    public void TheScriptGetsTheMapsNumbersFromTheServer()
    {
        var root = RenderMap(interactive: true).Find("[data-map]");

        var extent = MapProjection.Extent;
        Assert.Equal($"{Formats.Svg(MapProjection.Snap(extent.Width))} {Formats.Svg(MapProjection.Snap(extent.Height))}", root.GetAttribute("data-extent"));
        Assert.Equal(MapProjection.Aspect, double.Parse(root.GetAttribute("data-aspect")!, CultureInfo.InvariantCulture));
        Assert.Equal(ViewBox.MinWidth, double.Parse(root.GetAttribute("data-min-width")!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EachPlaceIsOneLinkedMarkerNamedForScreenReaders()
    {
        var map = RenderMap(interactive: true);

        var markers = map.FindAll("a.marker");
        Assert.Equal(_places.Count, markers.Count);
        foreach (var place in _places)
        {
            var marker = Assert.Single(markers, m => m.GetAttribute("data-place") == place.Slug);
            Assert.Equal(Urls.MapPlace(place.Slug), marker.GetAttribute("href"));
            Assert.Equal(place.AccessibleName, marker.GetAttribute("aria-label"));
            Assert.Equal(place.Name, marker.QuerySelector(".marker__label")?.TextContent);
        }

        Assert.Equal("Gwadar (port, Pakistan)", markers.Single(m => m.GetAttribute("data-place") == "gwadar").GetAttribute("aria-label"));
    }

    [Fact]
    public void KindsDifferInShapeNotOnlyColour()
    {
        var map = RenderMap(interactive: true);

        var shapes = map.FindAll(".marker-shape").Select(s => s.GetAttribute("d")).ToList();
        Assert.Equal(_places.Count, shapes.Distinct().Count());
        Assert.NotNull(map.Find("a[data-place='taftan'] .marker-shape--border-crossing"));
    }

    [Fact]
    public void HighlightedPlaceIsMarkedAsTheCurrentLocation()
    {
        var map = RenderMap(interactive: true, highlight: "gwadar");

        Assert.Equal("location", map.Find("a[data-place='gwadar']").GetAttribute("aria-current"));
        Assert.Contains("is-current", map.Find("a[data-place='gwadar']").ClassList);
        Assert.Null(map.Find("a[data-place='taftan']").GetAttribute("aria-current"));
    }

    [Fact]
    public void MarkersArePlacedWhereTheirCoordinatesFallInTheView()
    {
        var view = ViewBox.Centred(MapProjection.Project(25.12, 62.32).X, MapProjection.Project(25.12, 62.32).Y, 100);

        var map = RenderMap(interactive: true, view: view);

        var gwadar = map.Find("a[data-place='gwadar'] .marker__pos");
        Assert.Equal(("50%", "50%"), (gwadar.GetAttribute("x"), gwadar.GetAttribute("y")));
    }

    [Fact]
    public void OfTwoAlmostCoincidentPlacesOnlyOneLabelShowsWhenZoomedOut()
    {
        var map = RenderMap(interactive: true, view: MapViews.Region.View);

        Assert.Contains("is-crowded", map.Find("a[data-place='mashhad']").ClassList);
        Assert.DoesNotContain("is-crowded", map.Find("a[data-place='imam-reza-shrine']").ClassList);
    }

    [Fact]
    public void ACountryNameGivesWayToAPlaceItWouldCover()
    {
        MapPlace[] places =
        [
            new("quetta", "Quetta", PlaceKind.City, "Pakistan", "A city.", 30.18, 67.0, []),
            new("tehran", "Tehran", PlaceKind.City, "Iran", "A city.", 35.7, 51.4, []),
        ];
        var overQuetta = new CountryLabel("Pakistan", MapProjection.Project(30.0, 67.6));
        var inTheClear = new CountryLabel("Pakistan", MapProjection.Project(20.0, 80.0));

        // Shown only from a zoom at which the name and Quetta's label no longer overlap.
        var scale = PlaceMap.CountryScale(overQuetta, places);
        Assert.InRange(scale, 5, 1000);
        Assert.True(Math.Abs(places[0].At.Y - overQuetta.At.Y) * scale >= 15, "at that zoom they are a line apart");
        // With nothing near, the usual threshold applies.
        Assert.Equal(1.2, PlaceMap.CountryScale(inTheClear, places));
    }

    [Fact]
    public void ALabelThatTheRightEdgeWouldCutGoesLeftOfItsMarker()
    {
        var gilgit = new MapPlace("gilgit-baltistan", "Gilgit Baltistan", PlaceKind.Region, "Pakistan", "A region.", 35.8, 74.9, []);

        Assert.True(PlaceMap.Flips(95, gilgit, 800));
        Assert.False(PlaceMap.Flips(50, gilgit, 800));
        // On a narrower drawing the same spot needs the flip sooner.
        Assert.True(PlaceMap.Flips(80, gilgit, 480));
    }

    [Fact]
    public void AStaticMapIsOneNamedImageWithoutLinks()
    {
        var map = RenderMap(interactive: false, highlight: "gwadar");

        var svg = map.Find("svg.map__svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Test map", map.Find($"#{svg.GetAttribute("aria-labelledby")}").TextContent);
        Assert.Empty(map.FindAll("a"));
        Assert.Equal(_places.Count, map.FindAll("g.marker").Count);
    }

    [Fact]
    public void WithoutGeographyTheMapSaysSoAndStillShowsPlaces()
    {
        var map = RenderMap(interactive: true);

        Assert.Empty(map.FindAll(".map__land"));
        Assert.Contains("not available", map.Find(".map__note").TextContent);
    }

    private IRenderedComponent<PlaceMap> RenderMap(bool interactive, string? highlight = null, ViewBox? view = null) =>
        Render<PlaceMap>(p => p
            .Add(m => m.Places, _places)
            .Add(m => m.View, view ?? MapViews.Border.View)
            .Add(m => m.Title, "Test map")
            .Add(m => m.Highlight, highlight)
            .Add(m => m.Interactive, interactive));
}
