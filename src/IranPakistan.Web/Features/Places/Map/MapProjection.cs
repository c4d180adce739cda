using System.Globalization;

namespace IranPakistan.Web.Features.Places.Map;

/// <summary>A point in map units (the SVG user space of the whole map).</summary>
public readonly record struct MapPoint(double X, double Y);

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

    /// <summary>Map units as written into SVG: one decimal (a hundredth of a degree), invariant culture.</summary>
    public static string Format(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>The visible part of the map, in map units; always <see cref="MapProjection.Aspect"/> and inside the extent.</summary>
public sealed record ViewBox(double X, double Y, double Width, double Height)
{
    /// <summary>Smallest view: about 3° of longitude across.</summary>
    public const double MinWidth = 26;

    public double CentreX => X + (Width / 2);

    public double CentreY => Y + (Height / 2);

    /// <summary>The value of an SVG viewBox attribute.</summary>
    public override string ToString() =>
        $"{MapProjection.Format(X)} {MapProjection.Format(Y)} {MapProjection.Format(Width)} {MapProjection.Format(Height)}";

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

    /// <summary>Where a point falls across the view, in percent (for markers that keep their pixel size).</summary>
    public (double Left, double Top) Percent(MapPoint p) => ((p.X - X) / Width * 100, (p.Y - Y) / Height * 100);
}
