using IranPakistan.Web.Features.Places.Map;

namespace IranPakistan.Web.Tests.Features.Places.Map;

/// <summary>TopoJSON decoding on a hand-made topology small enough to check by hand.</summary>
public sealed class TopologyTests
{
    // Two unit squares side by side ("A" at x 0–1, "B" at x 1–2), quantized with scale 0.5 and
    // translate (10, 20). Arc 0 is the shared edge (1,0)→(1,1); arcs 1 and 2 the outer edges.
    internal const string TwoSquares = """
        {
          "type": "Topology",
          "transform": { "scale": [0.5, 0.5], "translate": [10, 20] },
          "arcs": [
            [[2, 0], [0, 2]],
            [[2, 2], [-2, 0], [0, -2], [2, 0]],
            [[2, 0], [2, 0], [0, 2], [-2, 0]]
          ],
          "objects": {
            "countries": {
              "type": "GeometryCollection",
              "geometries": [
                { "type": "Polygon", "arcs": [[0, 1]], "id": "364", "properties": { "name": "A" } },
                { "type": "MultiPolygon", "arcs": [[[2, -1]]], "id": 586, "properties": { "name": "B" } },
                { "type": null }
              ]
            }
          }
        }
        """;

    // Two provinces in the square of TwoSquares that carries Pakistan's id (lon 11–12, lat 20–21), split at
    // lon 11.5: "PK.BA" (west) and "PK.SD" (east). Arc 0 is the edge between them, (11.5,20)→(11.5,21);
    // arc 1 Baluchistan's outer edges, arc 2 Sind's. Unquantized, as plain lon/lat.
    internal const string TwoProvinces = """
        {
          "type": "Topology",
          "arcs": [
            [[11.5, 20], [11.5, 21]],
            [[11.5, 21], [11, 21], [11, 20], [11.5, 20]],
            [[11.5, 20], [12, 20], [12, 21], [11.5, 21]]
          ],
          "objects": {
            "pak": {
              "type": "GeometryCollection",
              "geometries": [
                { "type": "Polygon", "arcs": [[0, 1]], "id": "PK.BA", "properties": { "name": "Baluchistan" } },
                { "type": "Polygon", "arcs": [[2, -1]], "id": "PK.SD", "properties": { "name": "Sind" } }
              ]
            }
          }
        }
        """;

    [Fact]
    public void QuantizedArcsAreDeltaDecodedAndTransformedToLongitudeAndLatitude()
    {
        var topology = Topology.Parse(TwoSquares);

        Assert.Equal([new GeoPoint(11, 20), new GeoPoint(11, 21)], topology.Arcs[0]);
        Assert.Equal([new GeoPoint(11, 21), new GeoPoint(10, 21), new GeoPoint(10, 20), new GeoPoint(11, 20)], topology.Arcs[1]);
    }

    [Fact]
    public void ObjectsKeepTheirPolygonsIdsAndNames()
    {
        var countries = Topology.Parse(TwoSquares).Objects["countries"];

        Assert.Equal(2, countries.Count);
        Assert.Equal(("364", "A"), (countries[0].Id, countries[0].Name));
        Assert.Equal(("586", "B"), (countries[1].Id, countries[1].Name));
        Assert.Equal([2, -1], countries[1].Polygons[0][0]);
    }

    [Fact]
    public void RingStitchesArcsAndReversesNegativeOnes()
    {
        var topology = Topology.Parse(TwoSquares);

        // ~0 = -1: the shared edge walked backwards, joined without repeating the corner.
        var ring = topology.Ring([2, -1]);

        Assert.Equal(
            [new GeoPoint(11, 20), new GeoPoint(12, 20), new GeoPoint(12, 21), new GeoPoint(11, 21), new GeoPoint(11, 20)],
            ring);
    }

    [Fact]
    public void UnquantizedArcsAreReadAsAbsolutePositions()
    {
        var topology = Topology.Parse("""{"type":"Topology","arcs":[[[60.5,25.25],[61,26]]],"objects":{}}""");

        Assert.Equal([new GeoPoint(60.5, 25.25), new GeoPoint(61, 26)], topology.Arcs[0]);
    }

    [Fact]
    public void SomethingOtherThanATopologyIsRejected() =>
        Assert.Throws<FormatException>(() => Topology.Parse("""{"type":"FeatureCollection","features":[]}"""));
}
