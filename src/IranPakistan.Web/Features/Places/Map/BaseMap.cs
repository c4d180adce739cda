using Microsoft.Extensions.Options;

namespace IranPakistan.Web.Features.Places.Map;

/// <summary>Where the base geography comes from (section "Map" in appsettings.json).</summary>
public sealed class MapOptions
{
    public const string Section = "Map";

    /// <summary>
    /// Natural Earth countries as TopoJSON (npm package world-atlas, copied next to the app by the
    /// build). A relative path is looked up beside the app's binaries, then under the content root.
    /// </summary>
    public string TopologyPath { get; set; } = "geo/countries-50m.json";
}

/// <summary>A country name drawn on the map, at the centre of its largest polygon.</summary>
public sealed record CountryLabel(string Name, MapPoint At);

/// <summary>The base geography as SVG path data (map units), ready to inline.</summary>
public sealed record BaseMapPaths(string Land, string Iran, string Pakistan, string Borders);

/// <summary>
/// The base geography projected and simplified, in map units: land rings (filled and stroked:
/// the stroke is the coastline), Iran's and Pakistan's rings (each its own tint), land borders (each arc
/// once) and country labels.
/// </summary>
public sealed class BaseMapGeometry(
    IReadOnlyList<MapPoint[]> land,
    IReadOnlyList<MapPoint[]> iran,
    IReadOnlyList<MapPoint[]> pakistan,
    IReadOnlyList<MapPoint[]> borders,
    IReadOnlyList<CountryLabel> labels)
{
    private readonly Lazy<BaseMapPaths> _all = new(() => new BaseMapPaths(
        PathData.Of(land, close: true), PathData.Of(iran, close: true), PathData.Of(pakistan, close: true), PathData.Of(borders, close: false)));

    public static BaseMapGeometry Empty { get; } = new([], [], [], [], []);

    public bool IsEmpty => land.Count == 0;

    public IReadOnlyList<CountryLabel> Labels => labels;

    /// <summary>Everything, for a map that pans and zooms (built once).</summary>
    public BaseMapPaths All => _all.Value;

    /// <summary>Only what shows in a fixed view (and a margin around it): a picture needs no more.</summary>
    public BaseMapPaths Within(ViewBox view)
    {
        var clip = new ViewBox(view.X - (view.Width / 4), view.Y - (view.Height / 4), view.Width * 1.5, view.Height * 1.5);
        return new BaseMapPaths(
            PathData.Of(land.Select(r => Clipping.Ring(r, clip)), close: true),
            PathData.Of(iran.Select(r => Clipping.Ring(r, clip)), close: true),
            PathData.Of(pakistan.Select(r => Clipping.Ring(r, clip)), close: true),
            PathData.Of(borders.Where(line => line.Any(clip.Contains)), close: false));
    }
}

/// <summary>
/// Decodes the TopoJSON once per process and keeps the projected, clipped and simplified paths:
/// land as one fill, coastlines and land borders as strokes (each arc drawn once), and Iran and
/// Pakistan tinted. A missing or broken file gives an empty geometry and a warning, never an error page.
/// </summary>
public sealed class BaseMap(IOptions<MapOptions> options, IHostEnvironment environment, ILogger<BaseMap> logger)
{
    /// <summary>ISO 3166 numeric ids of the two countries the explorer is about, each drawn in its own tint.</summary>
    private const string IranId = "364", PakistanId = "586";

    /// <summary>Countries named on the map: the two, their neighbours, and where far-away places lie.</summary>
    private static readonly HashSet<string> _labelled =
    [
        "Iran", "Pakistan", "Afghanistan", "India", "China", "Iraq", "Saudi Arabia", "Turkey", "Syria", "Oman", "Switzerland",
    ];

    /// <summary>Simplification tolerance in map units (0.15 = about 1.5 km): under a pixel at the border view.</summary>
    private const double Tolerance = 0.15;

    private readonly Lazy<BaseMapGeometry> _geometry = new(() => Load(options.Value, environment, logger));

    public BaseMapGeometry Geometry => _geometry.Value;

    private static BaseMapGeometry Load(MapOptions options, IHostEnvironment environment, ILogger logger)
    {
        var path = Resolve(options.TopologyPath, environment);
        if (path is null)
        {
            logger.LogWarning(
                "Map geography {Path} not found (restore it with npm ci, see docs/visuals.md); maps show places on a plain background",
                options.TopologyPath);
            return BaseMapGeometry.Empty;
        }

        try
        {
            using var stream = File.OpenRead(path);
            var geometry = Build(Topology.Parse(stream));
            logger.LogInformation("Map geography loaded from {Path}", path);
            return geometry;
        }
        catch (Exception ex) when (ex is IOException or FormatException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Map geography {Path} could not be read; maps show places on a plain background", path);
            return BaseMapGeometry.Empty;
        }
    }

    private static string? Resolve(string configured, IHostEnvironment environment)
    {
        string[] candidates = Path.IsPathRooted(configured)
            ? [configured]
            : [Path.Combine(AppContext.BaseDirectory, configured), Path.Combine(environment.ContentRootPath, configured)];
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>Projects a topology's "countries" (and "land", when present) into map geometry.</summary>
    public static BaseMapGeometry Build(Topology topology)
    {
        var countries = topology.Objects.GetValueOrDefault("countries") ?? [];
        var land = topology.Objects.GetValueOrDefault("land") ?? countries;

        // An arc used by two different countries is a land border (one drawn per arc, not per country).
        var users = new Dictionary<int, HashSet<int>>();
        for (var c = 0; c < countries.Count; c++)
        {
            foreach (var arc in countries[c].Polygons.SelectMany(p => p).SelectMany(r => r))
            {
                var index = arc >= 0 ? arc : ~arc;
                if (!users.TryGetValue(index, out var set))
                {
                    users[index] = set = [];
                }

                set.Add(c);
            }
        }

        var extent = MapProjection.Extent;
        var borders = users.Where(u => u.Value.Count > 1).OrderBy(u => u.Key)
            .Select(u => Simplify(topology.Arcs[u.Key].Select(MapProjection.Project).ToArray()))
            .Where(line => line.Length >= 2 && line.Any(extent.Contains))
            .ToList();

        var landRings = land.SelectMany(g => g.Polygons).SelectMany(p => p).Select(r => Ring(topology, r)).Where(r => r.Length >= 3).ToList();
        List<MapPoint[]> RingsOf(string id) => countries.Where(c => c.Id == id)
            .SelectMany(c => c.Polygons).SelectMany(p => p).Select(r => Ring(topology, r)).Where(r => r.Length >= 3).ToList();

        var labels = countries
            .Where(c => c.Name is not null && _labelled.Contains(c.Name))
            .Select(c => new CountryLabel(c.Name!, Centre(c.Polygons.Select(p => topology.Ring(p[0])).MaxBy(Area)!)))
            .ToList();

        return new BaseMapGeometry(landRings, RingsOf(IranId), RingsOf(PakistanId), borders, labels);
    }

    // Rings are clipped to the extent (land spans continents); lines need not be, the SVG clips them.
    private static MapPoint[] Ring(Topology topology, IReadOnlyList<int> arcs) =>
        Simplify(Clipping.Ring(topology.Ring(arcs).Select(MapProjection.Project).ToArray(), MapProjection.Extent));

    /// <summary>Douglas–Peucker: drops points that stray less than the tolerance from the line kept.</summary>
    internal static MapPoint[] Simplify(MapPoint[] points)
    {
        if (points.Length < 3)
        {
            return points;
        }

        var keep = new bool[points.Length];
        keep[0] = keep[^1] = true;
        var stack = new Stack<(int From, int To)>();
        stack.Push((0, points.Length - 1));
        while (stack.Count > 0)
        {
            var (from, to) = stack.Pop();
            var (worst, index) = (0.0, -1);
            for (var i = from + 1; i < to; i++)
            {
                var d = DistanceToSegment(points[i], points[from], points[to]);
                if (d > worst)
                {
                    (worst, index) = (d, i);
                }
            }

            if (index >= 0 && worst > Tolerance)
            {
                keep[index] = true;
                stack.Push((from, index));
                stack.Push((index, to));
            }
        }

        return [.. points.Where((_, i) => keep[i])];
    }

    private static double DistanceToSegment(MapPoint p, MapPoint a, MapPoint b)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y;
        var lengthSquared = (dx * dx) + (dy * dy);
        var t = lengthSquared == 0 ? 0 : Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / lengthSquared, 0, 1);
        double ex = p.X - (a.X + (t * dx)), ey = p.Y - (a.Y + (t * dy));
        return Math.Sqrt((ex * ex) + (ey * ey));
    }

    private static double Area(List<GeoPoint> ring) => Math.Abs(SignedArea(ring));

    private static double SignedArea(List<GeoPoint> ring)
    {
        double sum = 0;
        for (var i = 0; i < ring.Count; i++)
        {
            var (a, b) = (ring[i], ring[(i + 1) % ring.Count]);
            sum += (a.Lon * b.Lat) - (b.Lon * a.Lat);
        }

        return sum / 2;
    }

    /// <summary>The area centroid of a ring, projected (good enough to place a country's name).</summary>
    private static MapPoint Centre(List<GeoPoint> ring)
    {
        var area = SignedArea(ring);
        if (Math.Abs(area) < 1e-9)
        {
            return MapProjection.Project(ring[0]);
        }

        double cx = 0, cy = 0;
        for (var i = 0; i < ring.Count; i++)
        {
            var (a, b) = (ring[i], ring[(i + 1) % ring.Count]);
            var f = (a.Lon * b.Lat) - (b.Lon * a.Lat);
            cx += (a.Lon + b.Lon) * f;
            cy += (a.Lat + b.Lat) * f;
        }

        return MapProjection.Project(new GeoPoint(cx / (6 * area), cy / (6 * area)));
    }
}
