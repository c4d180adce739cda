using System.Text;
using IranPakistan.Web.Shared.Formatting;

namespace IranPakistan.Web.Features.Places.Map;

/// <summary>Writes point lists as compact SVG path data: one absolute move, then relative steps in tenths.</summary>
public static class PathData
{
    public static string Of(IEnumerable<MapPoint[]> shapes, bool close)
    {
        var path = new StringBuilder();
        foreach (var points in shapes.Where(p => p.Length >= (close ? 3 : 2)))
        {
            // Steps between rounded absolute points, so rounding never accumulates along a coastline.
            var (x, y) = (MapProjection.Tenths(points[0].X), MapProjection.Tenths(points[0].Y));
            var start = path.Length;
            path.Append('M').Append(Number(x)).Append(' ').Append(Number(y)).Append('l');
            var first = true;
            var steps = 0;
            for (var i = 1; i < points.Length; i++)
            {
                var (nx, ny) = (MapProjection.Tenths(points[i].X), MapProjection.Tenths(points[i].Y));
                if (nx == x && ny == y)
                {
                    continue;
                }

                var (dx, dy) = (nx - x, ny - y);
                // A minus sign separates numbers by itself; otherwise a space is needed.
                if (!first && dx >= 0)
                {
                    path.Append(' ');
                }

                path.Append(Number(dx));
                if (dy >= 0)
                {
                    path.Append(' ');
                }

                path.Append(Number(dy));
                (x, y, first) = (nx, ny, false);
                steps++;
            }

            // A shape smaller than the rounding (a tiny island far from the view) has no steps
            // left, and "M x yl" with nothing after it is not valid path data: leave it out.
            if (steps < (close ? 2 : 1))
            {
                path.Length = start;
                continue;
            }

            if (close)
            {
                path.Append('z');
            }
        }

        return path.ToString();
    }

    private static string Number(long tenths) =>
        Formats.Svg(tenths / 10m) is var s && s.StartsWith("0.", StringComparison.Ordinal)
            ? s[1..]
            : s.StartsWith("-0.", StringComparison.Ordinal) ? "-" + s[2..] : s;
}

/// <summary>Sutherland–Hodgman clipping of a ring to a rectangle (fills stay correct; edges run along it).</summary>
public static class Clipping
{
    public static MapPoint[] Ring(MapPoint[] ring, ViewBox box)
    {
        var (left, top, right, bottom) = (box.X, box.Y, box.X + box.Width, box.Y + box.Height);
        if (ring.All(box.Contains))
        {
            return ring;
        }

        var points = Edge(ring, p => p.X >= left, (a, b) => AtX(a, b, left));
        points = Edge(points, p => p.X <= right, (a, b) => AtX(a, b, right));
        points = Edge(points, p => p.Y >= top, (a, b) => AtY(a, b, top));
        return [.. Edge(points, p => p.Y <= bottom, (a, b) => AtY(a, b, bottom))];
    }

    private static MapPoint[] Edge(MapPoint[] ring, Func<MapPoint, bool> inside, Func<MapPoint, MapPoint, MapPoint> cross)
    {
        var result = new List<MapPoint>(ring.Length);
        for (var i = 0; i < ring.Length; i++)
        {
            var current = ring[i];
            var previous = ring[(i + ring.Length - 1) % ring.Length];
            if (inside(current))
            {
                if (!inside(previous))
                {
                    result.Add(cross(previous, current));
                }

                result.Add(current);
            }
            else if (inside(previous))
            {
                result.Add(cross(previous, current));
            }
        }

        return [.. result];
    }

    private static MapPoint AtX(MapPoint a, MapPoint b, double x) => new(x, a.Y + ((x - a.X) / (b.X - a.X) * (b.Y - a.Y)));

    private static MapPoint AtY(MapPoint a, MapPoint b, double y) => new(a.X + ((y - a.Y) / (b.Y - a.Y) * (b.X - a.X)), y);
}
