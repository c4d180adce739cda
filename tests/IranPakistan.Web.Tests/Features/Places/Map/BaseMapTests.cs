using IranPakistan.Web.Features.Places.Map;
using IranPakistan.Web.Shared.Formatting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Tests.Features.Places.Map;

/// <summary>The base geography: borders drawn once, the two countries tinted, a missing file tolerated.</summary>
public sealed class BaseMapTests
{
    [Fact]
    public void OnlyArcsSharedByTwoCountriesAreDrawnAsBorders()
    {
        var geometry = BaseMap.Build(Topology.Parse(TopologyTests.TwoSquares));

        // The one shared edge, lon 11 from lat 20 up to 21, projected: a vertical line 10 units long.
        var x = Formats.Svg(MapProjection.Project(20, 11).X);
        var y = Formats.Svg(MapProjection.Project(20, 11).Y);
        Assert.Equal($"M{x} {y}l0-10", geometry.All.Borders);
    }

    [Fact]
    public void IranAndPakistanAreTintedByTheirIsoIds()
    {
        var geometry = BaseMap.Build(Topology.Parse(TopologyTests.TwoSquares));

        // One square carries the id of Iran (364), the other Pakistan's (586): one closed ring each, in its own path.
        Assert.Equal(1, geometry.All.Iran.Count(c => c == 'z'));
        Assert.Equal(1, geometry.All.Pakistan.Count(c => c == 'z'));
    }

    [Fact]
    public void AMissingTopologyFileGivesAnEmptyMapNotAnError()
    {
        var map = new BaseMap(
            Options.Create(new MapOptions { TopologyPath = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "none.json") }),
            new HostingEnvironment { ContentRootPath = Path.GetTempPath() },
            NullLogger<BaseMap>.Instance);

        Assert.True(map.Geometry.IsEmpty);
        Assert.Equal("", map.Geometry.All.Land);
    }

    [Fact]
    public void PathDataWritesRelativeStepsInTenths()
    {
        var path = PathData.Of([[new MapPoint(1, 2), new MapPoint(1.5, 2), new MapPoint(1.5, 1), new MapPoint(1.5, 1)]], close: true);

        Assert.Equal("M1 2l.5 0 0-1z", path);
    }

    [Fact]
    public void PathDataLeavesOutShapesSmallerThanItsRounding()
    {
        MapPoint[] speck = [new(1, 2), new(1.01, 2.01), new(1.02, 2)];
        MapPoint[] square = [new(5, 5), new(6, 5), new(6, 6)];

        var path = PathData.Of([speck, square], close: true);

        Assert.Equal("M5 5l1 0 0 1z", path);
    }

    [Fact]
    public void AStaticViewKeepsOnlyGeographyNearIt()
    {
        var geometry = BaseMap.Build(Topology.Parse(TopologyTests.TwoSquares));
        var far = ViewBox.Centred(MapProjection.Project(30, 100).X, MapProjection.Project(30, 100).Y, 50);

        Assert.Equal("", geometry.Within(far).Land);
        Assert.NotEqual("", geometry.Within(ViewBox.Centred(MapProjection.Project(20.5, 11).X, MapProjection.Project(20.5, 11).Y, 50)).Land);
    }
}
