using Bunit;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Features.Places.Map;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Tests.Features.Places.Map;

/// <summary>A province the source names is drawn as its area, outlined and keyed, and still one named link.</summary>
public sealed class ProvinceMapTests : ExplorerTestContext
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "province-map-" + Guid.NewGuid().ToString("N"));

    private static readonly MapPlace _baluchistan = new("baluchistan", "Baluchistan", PlaceKind.Province, "Pakistan", "A province.", 20.5, 11.25, []);
    private static readonly MapPlace _town = new("town", "Town", PlaceKind.City, "Pakistan", "A town.", 20.5, 11.75, []);

    public ProvinceMapTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "countries.json"), TopologyTests.TwoSquares);
        File.WriteAllText(Path.Combine(_folder, "pak.json"), TopologyTests.TwoProvinces);
        Services.AddSingleton(new BaseMap(
            Options.Create(new MapOptions
            {
                TopologyPath = Path.Combine(_folder, "countries.json"),
                PakistanProvincesPath = Path.Combine(_folder, "pak.json"),
                IranProvincesPath = Path.Combine(_folder, "missing.json"),
            }),
            new HostingEnvironment { ContentRootPath = _folder },
            NullLogger<BaseMap>.Instance));
    }

    [Fact]
    public void ANamedProvinceIsShadedInsideItsCountryAndItsLinkHasNoPointSymbol()
    {
        var map = RenderMap([_baluchistan, _town], interactive: true);

        var area = map.Find("path.map__province-area[data-province='PK.BA']");
        // Clipped to Pakistan's shape, which the same map defines.
        var clip = area.GetAttribute("clip-path")!;
        Assert.StartsWith("url(#", clip, StringComparison.Ordinal);
        Assert.Equal(map.Find("path.map__pakistan").GetAttribute("d"), map.Find($"#{clip[5..^1]} path").GetAttribute("d"));
        Assert.False(string.IsNullOrEmpty(map.Find("path.map__province-edges").GetAttribute("d")));

        // Still one keyboard-reachable link named for screen readers, but no triangle claiming a spot.
        var link = map.Find("a.marker[data-place='baluchistan']");
        Assert.Equal(_baluchistan.AccessibleName, link.GetAttribute("aria-label"));
        Assert.Equal("Baluchistan", link.QuerySelector(".marker__label")?.TextContent);
        Assert.Null(link.QuerySelector(".marker-shape"));
        Assert.Contains("marker--drawn", link.ClassList);
        // A point place beside it keeps its symbol.
        Assert.NotNull(map.Find("a.marker[data-place='town'] .marker-shape"));
    }

    [Fact]
    public void WithoutThePlaceTheProvinceIsOutlinedButNotShaded()
    {
        var map = RenderMap([_town], interactive: false);

        Assert.Empty(map.FindAll(".map__province-area"));
        Assert.False(string.IsNullOrEmpty(map.Find("path.map__province-edges").GetAttribute("d")));
    }

    [Fact]
    public void TheKeyNamesTheShadedProvinceAndTheBoundaryLineInsteadOfAProvinceSymbol()
    {
        var legend = Render<MapLegend>(p => p.Add(l => l.Places, [_baluchistan, _town]));

        var items = legend.FindAll(".legend li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(items, i => i.StartsWith("Province the source names (shaded)", StringComparison.Ordinal) && i.Contains("Baluchistan", StringComparison.Ordinal));
        Assert.Contains("Province boundary (thin line)", items);
        // Baluchistan is drawn as its area, so no province triangle is keyed.
        Assert.DoesNotContain(items, i => i.Contains("(triangle)", StringComparison.Ordinal));
    }

    private IRenderedComponent<PlaceMap> RenderMap(IReadOnlyList<MapPlace> places, bool interactive) =>
        Render<PlaceMap>(p => p
            .Add(m => m.Places, places)
            .Add(m => m.View, ViewBox.Centred(MapProjection.Project(20.5, 11.5).X, MapProjection.Project(20.5, 11.5).Y, 50))
            .Add(m => m.Title, "Test map")
            .Add(m => m.Interactive, interactive));

    protected override void Dispose(bool disposing)
    {
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        base.Dispose(disposing);
    }
}
