using System.Text.Json;

namespace IranPakistan.Web.Features.Places.Map;

/// <summary>A longitude/latitude pair in degrees.</summary>
public readonly record struct GeoPoint(double Lon, double Lat);

/// <summary>One polygon or multipolygon of a TopoJSON object: its rings as arc indexes (negative = reversed, ~i).</summary>
public sealed record TopoGeometry(string? Id, string? Name, IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>> Polygons);

/// <summary>
/// A decoded TopoJSON topology (https://github.com/topojson/topojson-specification): arcs as
/// absolute lon/lat (delta-decoded and de-quantized with the transform) and the polygon
/// geometries of each named object. Only what a filled map needs: Polygon and MultiPolygon.
/// </summary>
public sealed class Topology
{
    private Topology(IReadOnlyList<GeoPoint[]> arcs, IReadOnlyDictionary<string, IReadOnlyList<TopoGeometry>> objects)
    {
        Arcs = arcs;
        Objects = objects;
    }

    public IReadOnlyList<GeoPoint[]> Arcs { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<TopoGeometry>> Objects { get; }

    public static Topology Parse(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        return Parse(doc.RootElement);
    }

    public static Topology Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Parse(doc.RootElement);
    }

    /// <summary>The arc as points, reversed for a negative index (~i), as rings reference them.</summary>
    public GeoPoint[] Arc(int index) => index >= 0 ? Arcs[index] : [.. Arcs[~index].Reverse()];

    /// <summary>A ring's arcs stitched into one closed list of points (shared end points once).</summary>
    public List<GeoPoint> Ring(IReadOnlyList<int> arcIndexes)
    {
        var points = new List<GeoPoint>();
        foreach (var index in arcIndexes)
        {
            var arc = Arc(index);
            // Each arc starts where the previous one ended.
            points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
        }

        return points;
    }

    private static Topology Parse(JsonElement root)
    {
        if (!root.TryGetProperty("type", out var type) || type.GetString() != "Topology")
        {
            throw new FormatException("Not a TopoJSON topology (type must be \"Topology\").");
        }

        double sx = 1, sy = 1, tx = 0, ty = 0;
        var quantized = root.TryGetProperty("transform", out var transform);
        if (quantized)
        {
            sx = transform.GetProperty("scale")[0].GetDouble();
            sy = transform.GetProperty("scale")[1].GetDouble();
            tx = transform.GetProperty("translate")[0].GetDouble();
            ty = transform.GetProperty("translate")[1].GetDouble();
        }

        var arcs = new List<GeoPoint[]>();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            var points = new GeoPoint[arc.GetArrayLength()];
            double x = 0, y = 0;
            var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                double px = position[0].GetDouble(), py = position[1].GetDouble();
                // Quantized arcs are delta-encoded: each position is relative to the previous one.
                (x, y) = quantized ? (x + px, y + py) : (px, py);
                points[i++] = quantized ? new GeoPoint((x * sx) + tx, (y * sy) + ty) : new GeoPoint(x, y);
            }

            arcs.Add(points);
        }

        var objects = new Dictionary<string, IReadOnlyList<TopoGeometry>>(StringComparer.Ordinal);
        foreach (var obj in root.GetProperty("objects").EnumerateObject())
        {
            var geometries = new List<TopoGeometry>();
            Collect(obj.Value, geometries);
            objects[obj.Name] = geometries;
        }

        return new Topology(arcs, objects);
    }

    private static void Collect(JsonElement geometry, List<TopoGeometry> into)
    {
        switch (geometry.GetProperty("type").GetString())
        {
            case "GeometryCollection":
                foreach (var child in geometry.GetProperty("geometries").EnumerateArray())
                {
                    Collect(child, into);
                }

                break;
            case "Polygon":
                into.Add(new TopoGeometry(Id(geometry), Name(geometry), [Rings(geometry.GetProperty("arcs"))]));
                break;
            case "MultiPolygon":
                into.Add(new TopoGeometry(
                    Id(geometry),
                    Name(geometry),
                    [.. geometry.GetProperty("arcs").EnumerateArray().Select(Rings)]));
                break;
            default:
                // Points and lines (and null geometries) draw nothing on a filled map.
                break;
        }
    }

    private static IReadOnlyList<IReadOnlyList<int>> Rings(JsonElement polygon) =>
        [.. polygon.EnumerateArray().Select(ring => (IReadOnlyList<int>)[.. ring.EnumerateArray().Select(i => i.GetInt32())])];

    private static string? Id(JsonElement geometry) =>
        geometry.TryGetProperty("id", out var id) ? id.ValueKind == JsonValueKind.Number ? id.GetRawText() : id.GetString() : null;

    private static string? Name(JsonElement geometry) =>
        geometry.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("name", out var name)
            ? name.GetString()
            : null;
}
