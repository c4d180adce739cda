using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace IranPakistan.Web.Features.Actors.Graph;

public readonly record struct Point(double X, double Y);

/// <summary>Where each actor sits in a viewBox of <see cref="Width"/> × <see cref="Height"/>.</summary>
public sealed record GraphLayout(double Width, double Height, IReadOnlyDictionary<string, Point> Positions);

/// <summary>
/// Places the actors of a graph deterministically (the same graph always gets the same picture,
/// so links, tests and screenshots are stable), and remembers each layout.
/// <list type="bullet">
/// <item>Centred on one actor: that actor in the middle, its neighbours on one or two rings, in
/// tie-type order so ties of a kind sit together.</item>
/// <item>Otherwise: a force-directed layout (Fruchterman–Reingold, fixed iteration count), started
/// from a golden-angle spiral instead of random positions, with Iran and Pakistan pinned at the
/// centre, then a pass that pushes apart nodes whose labels would overlap.</item>
/// </list>
/// </summary>
public sealed class ActorGraphLayout
{
    public const double Width = 1000;
    public const double Height = 720;
    private const double Margin = 70;
    private const int Iterations = 400;
    private const double Gravity = 1.2;

    // Iran and Pakistan sit this far either side of the centre, so what they share fills the space between.
    private const double PinnedApart = 0.2;
    private const int MaxCached = 256;
    private static readonly string[] _pinned = ["iran", "pakistan"];

    private readonly ConcurrentDictionary<string, GraphLayout> _cache = new();

    public GraphLayout Layout(TieGraph graph, string? centre = null)
    {
        var key = CacheKey(graph, centre);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }

        var positions = centre is not null && graph.Nodes.Any(n => n.Slug == centre)
            ? Radial(graph, centre)
            : ForceDirected(graph);
        return _cache.GetOrAdd(key, new GraphLayout(Width, Height, positions));
    }

    /// <summary>The graph's content, not the filter's wording: two filters that keep the same ties share a layout.</summary>
    private static string CacheKey(TieGraph graph, string? centre)
    {
        var text = new StringBuilder(centre ?? "").Append('\n');
        foreach (var n in graph.Nodes.Select(n => n.Slug).Order(StringComparer.Ordinal))
        {
            text.Append(n).Append(',');
        }

        foreach (var e in graph.Edges.Select(e => $"{e.From.Slug}>{e.To.Slug}").Order(StringComparer.Ordinal))
        {
            text.Append(e).Append(',');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static Dictionary<string, Point> Radial(TieGraph graph, string centre)
    {
        var positions = new Dictionary<string, Point> { [centre] = new(Width / 2, Height / 2) };
        var neighbours = graph.Edges
            .Where(e => e.From.Slug == centre || e.To.Slug == centre)
            .OrderBy(e => e.Type.Family).ThenBy(e => e.Type.Slug, StringComparer.Ordinal)
            .Select(e => e.Other(centre))
            .DistinctBy(n => n.Slug)
            .Concat(graph.Nodes.Where(n => n.Slug != centre).OrderBy(n => n.Slug, StringComparer.Ordinal))
            .DistinctBy(n => n.Slug)
            .ToList();
        var twoRings = neighbours.Count > 14;
        for (var i = 0; i < neighbours.Count; i++)
        {
            var angle = (2 * Math.PI * i / neighbours.Count) - (Math.PI / 2);
            var ring = twoRings && i % 2 == 1 ? 0.62 : 1.0;
            positions[neighbours[i].Slug] = new(
                (Width / 2) + (Math.Cos(angle) * ((Width / 2) - Margin - 40) * ring),
                (Height / 2) + (Math.Sin(angle) * ((Height / 2) - Margin) * ring));
        }

        return positions;
    }

    private static Dictionary<string, Point> ForceDirected(TieGraph graph)
    {
        var slugs = graph.Nodes.Select(n => n.Slug)
            .OrderByDescending(graph.DegreeOf).ThenBy(s => s, StringComparer.Ordinal).ToList();
        var n = slugs.Count;
        var index = slugs.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        var x = new double[n];
        var y = new double[n];
        var golden = Math.PI * (3 - Math.Sqrt(5));
        for (var i = 0; i < n; i++)
        {
            var r = Math.Sqrt(i + 0.5) / Math.Sqrt(n) * 0.5;
            x[i] = r * Math.Cos(i * golden);
            y[i] = r * Math.Sin(i * golden);
        }

        var pinned = new bool[n];
        var present = _pinned.Where(index.ContainsKey).ToList();
        for (var p = 0; p < present.Count; p++)
        {
            var i = index[present[p]];
            pinned[i] = true;
            x[i] = present.Count == 1 ? 0 : (p == 0 ? -PinnedApart : PinnedApart);
            y[i] = 0;
        }

        // Parallel ties pull once: the picture shows who relates, not how many ways.
        var pairs = graph.Edges
            .Select(e => (A: index[e.From.Slug], B: index[e.To.Slug]))
            .Select(p => p.A < p.B ? p : (p.B, p.A))
            .Distinct()
            .ToList();

        var k = Math.Sqrt(1.0 / Math.Max(n, 1)) * 1.1;
        var dx = new double[n];
        var dy = new double[n];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var (ux, uy, d) = Between(x, y, i, j);
                    var force = k * k / d;
                    dx[i] += ux * force;
                    dy[i] += uy * force;
                    dx[j] -= ux * force;
                    dy[j] -= uy * force;
                }
            }

            foreach (var (a, b) in pairs)
            {
                var (ux, uy, d) = Between(x, y, a, b);
                var force = d * d / k;
                dx[a] -= ux * force;
                dy[a] -= uy * force;
                dx[b] += ux * force;
                dy[b] += uy * force;
            }

            var temperature = 0.1 * (1 - ((double)iteration / Iterations)) + 0.002;
            for (var i = 0; i < n; i++)
            {
                if (pinned[i])
                {
                    continue;
                }

                // Gravity keeps separate clusters (Astan-e Qods and its pilgrims) near the rest.
                dx[i] -= x[i] * Gravity;
                dy[i] -= y[i] * Gravity;
                var length = Math.Max(Math.Sqrt((dx[i] * dx[i]) + (dy[i] * dy[i])), 1e-9);
                var step = Math.Min(length, temperature);
                x[i] += dx[i] / length * step;
                y[i] += dy[i] / length * step;
            }
        }

        var positions = Fit(slugs, x, y);
        Spread(slugs, positions);
        return positions;
    }

    private static (double Ux, double Uy, double D) Between(double[] x, double[] y, int i, int j)
    {
        var ddx = x[i] - x[j];
        var ddy = y[i] - y[j];
        var d = Math.Sqrt((ddx * ddx) + (ddy * ddy));
        if (d < 1e-6)
        {
            // Coincident nodes: separate them along a fixed, index-dependent direction.
            return (Math.Cos(i + j), Math.Sin(i + j), 1e-3);
        }

        return (ddx / d, ddy / d, d);
    }

    /// <summary>Scales the layout to the viewBox, leaving room for labels.</summary>
    private static Dictionary<string, Point> Fit(List<string> slugs, double[] x, double[] y)
    {
        var positions = new Dictionary<string, Point>();
        if (slugs.Count == 0)
        {
            return positions;
        }

        double minX = x.Min(), maxX = x.Max(), minY = y.Min(), maxY = y.Max();
        var spanX = Math.Max(maxX - minX, 1e-6);
        var spanY = Math.Max(maxY - minY, 1e-6);
        for (var i = 0; i < slugs.Count; i++)
        {
            positions[slugs[i]] = slugs.Count == 1
                ? new(Width / 2, Height / 2)
                : new(Margin + ((x[i] - minX) / spanX * (Width - (2 * Margin))), Margin + ((y[i] - minY) / spanY * (Height - (2 * Margin))));
        }

        return positions;
    }

    /// <summary>Pushes apart nodes closer than a label's width (measured wider than tall, as labels are).</summary>
    private static void Spread(List<string> slugs, Dictionary<string, Point> positions)
    {
        const double MinX = 110;
        const double MinY = 46;
        for (var pass = 0; pass < 200; pass++)
        {
            var moved = false;
            for (var i = 0; i < slugs.Count; i++)
            {
                for (var j = i + 1; j < slugs.Count; j++)
                {
                    var a = positions[slugs[i]];
                    var b = positions[slugs[j]];
                    var ox = MinX - Math.Abs(a.X - b.X);
                    var oy = MinY - Math.Abs(a.Y - b.Y);
                    if (ox <= 0 || oy <= 0)
                    {
                        continue;
                    }

                    moved = true;
                    // Separate along the axis that needs the smaller move.
                    var (sx, sy) = ox / MinX < oy / MinY
                        ? (Math.Sign(a.X - b.X + 1e-9) * ox / 2, 0d)
                        : (0d, Math.Sign(a.Y - b.Y + 1e-9) * oy / 2);
                    positions[slugs[i]] = Clamp(new(a.X + sx, a.Y + sy));
                    positions[slugs[j]] = Clamp(new(b.X - sx, b.Y - sy));
                }
            }

            if (!moved)
            {
                break;
            }
        }
    }

    private static Point Clamp(Point p) =>
        new(Math.Clamp(p.X, Margin, Width - Margin), Math.Clamp(p.Y, Margin / 2, Height - (Margin / 2)));
}
