using IranPakistan.Web.Shared.Formatting;

namespace IranPakistan.Web.Features.Places.Map;

/// <summary>A point in map units (the SVG user space of the whole map).</summary>
public readonly record struct MapPoint(double X, double Y)
{
    /// <summary>The point on the grid it is written on (<see cref="MapProjection.Snap"/>).</summary>
    public MapPoint Snapped => new(MapProjection.Snap(X), MapProjection.Snap(Y));

    // The record's generated ToString would print Snapped, a MapPoint, whose ToString prints Snapped … (a stack overflow).
    public override string ToString() => $"({X.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {Y.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}

/// <summary>
/// Equirectangular projection with the longitude scaled by cos(30°), the middle latitude of
/// the places the source names: shapes in the Iran–Pakistan region keep their proportions,
/// and the arithmetic stays trivial. 10 map units = one degree of latitude. The map covers
/// <see cref="Extent"/>, from Davos to Beijing with room around them.
/// </summary>
public static class MapProjection
{
    public const double UnitsPerDegree = 10;
    public const double LonMin = -5, LonMax = 130, LatMin = -10, LatMax = 62;

    private static readonly double _xScale = UnitsPerDegree * Math.Cos(30 * Math.PI / 180);

    /// <summary>Every view has this width:height (the page reserves the box with CSS aspect-ratio 3 / 2).</summary>
    public const double Aspect = 1.5;

    public static ViewBox Extent { get; } = new(0, 0, Project(new GeoPoint(LonMax, LatMin)).X, Project(new GeoPoint(LonMax, LatMin)).Y);

    public static MapPoint Project(GeoPoint p) => new((p.Lon - LonMin) * _xScale, (LatMax - p.Lat) * UnitsPerDegree);

    public static MapPoint Project(double lat, double lon) => Project(new GeoPoint(lon, lat));

    /// <summary>Map units in whole tenths (a hundredth of a degree): the grid every shape and marker is drawn on.</summary>
    public static long Tenths(double units) => (long)Math.Round(units * 10);

    /// <summary>Map units snapped to the grid, as they are written into SVG.</summary>
    public static double Snap(double units) => Tenths(units) / 10.0;
}

/// <summary>The visible part of the map, in map units; always <see cref="MapProjection.Aspect"/> and inside the extent.</summary>
public sealed record ViewBox(double X, double Y, double Width, double Height)
{
    /// <summary>Smallest view: about 3° of longitude across.</summary>
    public const double MinWidth = 26;

    public double CentreX => X + (Width / 2);

    public double CentreY => Y + (Height / 2);

    /// <summary>The value of an SVG viewBox attribute, on the grid of tenths.</summary>
    public override string ToString() =>
        $"{Formats.Svg(MapProjection.Snap(X))} {Formats.Svg(MapProjection.Snap(Y))} {Formats.Svg(MapProjection.Snap(Width))} {Formats.Svg(MapProjection.Snap(Height))}";

    /// <summary>The smallest view (in the fixed aspect) that shows the box between two corners, clamped to the extent.</summary>
    public static ViewBox Around(GeoPoint southWest, GeoPoint northEast)
    {
        var a = MapProjection.Project(southWest);
        var b = MapProjection.Project(northEast);
        return Centred((a.X + b.X) / 2, (a.Y + b.Y) / 2, Math.Max(b.X - a.X, (a.Y - b.Y) * MapProjection.Aspect));
    }

    /// <summary>A view of the given width centred on a point, moved (not shrunk) to stay inside the extent.</summary>
    public static ViewBox Centred(double x, double y, double width)
    {
        var extent = MapProjection.Extent;
        width = Math.Clamp(width, MinWidth, Math.Min(extent.Width, extent.Height * MapProjection.Aspect));
        var height = width / MapProjection.Aspect;
        var left = Math.Clamp(x - (width / 2), 0, extent.Width - width);
        var top = Math.Clamp(y - (height / 2), 0, extent.Height - height);
        return new ViewBox(left, top, width, height);
    }

    public bool Contains(MapPoint p) => p.X >= X && p.X <= X + Width && p.Y >= Y && p.Y <= Y + Height;

    /// <summary>
    /// Where a point falls across the view, in percent to a hundredth (as map.js writes it too), for markers
    /// that keep their pixel size.
    /// </summary>
    public (double Left, double Top) Percent(MapPoint p) => (Math.Round((p.X - X) / Width * 100, 2), Math.Round((p.Y - Y) / Height * 100, 2));
}
