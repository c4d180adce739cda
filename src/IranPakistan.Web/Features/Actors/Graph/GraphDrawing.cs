using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using static IranPakistan.Web.Shared.Formatting.Formats;

namespace IranPakistan.Web.Features.Actors.Graph;

/// <summary>SVG geometry for the graph: one shape per actor kind, curved ties, short labels.</summary>
public static class GraphDrawing
{
    public const double NodeRadius = 12;

    /// <summary>An SVG path for the kind's shape, centred on 0,0 (the node is translated into place).</summary>
    public static string ShapePath(ActorKind kind, double r = NodeRadius) => kind switch
    {
        ActorKind.Country => Circle(r * 1.15),
        ActorKind.Person => Polygon(r * 1.2, 4, 0),
        ActorKind.GovernmentBody => Polygon(r * 1.3, 4, Math.PI / 4),
        ActorKind.InternationalOrganisation => Polygon(r * 1.15, 6, 0),
        ActorKind.Forum => $"M{Svg(-r * 1.4)},{Svg(-r * 0.7)}h{Svg(r * 2.8)}v{Svg(r * 1.4)}h{Svg(-r * 2.8)}z",
        ActorKind.MilitantGroup => Polygon(r * 1.35, 3, -Math.PI / 2),
        ActorKind.Institution => Polygon(r * 1.2, 5, -Math.PI / 2),
        ActorKind.Community => Polygon(r * 1.35, 3, Math.PI / 2),
        _ => Circle(r),
    };

    /// <summary>
    /// A tie from one node to another, bowed sideways by <paramref name="offset"/> so parallel ties
    /// between the same pair stay apart, and trimmed so an arrowhead ends at the shape's edge.
    /// </summary>
    public static string EdgePath(Point from, Point to, double offset)
    {
        var mx = (from.X + to.X) / 2;
        var my = (from.Y + to.Y) / 2;
        var dx = to.X - from.X;
        var dy = to.Y - from.Y;
        var length = Math.Max(Math.Sqrt((dx * dx) + (dy * dy)), 1e-6);
        var control = new Point(mx - (dy / length * offset * 2), my + (dx / length * offset * 2));
        var start = Toward(from, control, NodeRadius + 3);
        var end = Toward(to, control, NodeRadius + 5);
        return $"M{Svg(start.X)},{Svg(start.Y)} Q{Svg(control.X)},{Svg(control.Y)} {Svg(end.X)},{Svg(end.Y)}";
    }

    /// <summary>Sideways offsets for the ties of one pair: 0 for one, then ±spacing around the straight line.</summary>
    public static IReadOnlyDictionary<int, double> Offsets(IEnumerable<GraphEdge> edges, double spacing = 16)
    {
        var offsets = new Dictionary<int, double>();
        foreach (var pair in edges.GroupBy(e => string.CompareOrdinal(e.From.Slug, e.To.Slug) < 0 ? (e.From.Slug, e.To.Slug) : (e.To.Slug, e.From.Slug)))
        {
            var list = pair.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                var offset = (i - ((list.Count - 1) / 2.0)) * spacing;
                // The bow is measured from the drawing direction; flip it for ties drawn the other way round.
                var reversed = string.CompareOrdinal(list[i].From.Slug, list[i].To.Slug) > 0;
                offsets[list[i].Id] = reversed ? -offset : offset;
            }
        }

        return offsets;
    }

    /// <summary>A name short enough to label a node: the acronym of a name too long for one line, else up to two lines.</summary>
    public static IReadOnlyList<string> Label(GraphNode node, int width = 18)
    {
        var name = node.Name;
        if (name.Length > width && node.Aliases.FirstOrDefault(a => a.Length <= 6 && a.Any(char.IsLetter) && a.All(c => !char.IsLetter(c) || char.IsUpper(c))) is { } acronym)
        {
            return [acronym];
        }

        var lines = new List<string>();
        var line = "";
        foreach (var word in name.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }

        lines.Add(line);
        return lines.Count <= 2 ? lines : [lines[0], lines[1] + "…"];
    }

    /// <summary>
    /// The name a node is announced by. It must contain the words shown (WCAG 2.5.3, label in name), so an
    /// acronym or a shortened label comes first, then the full name: "ECO, Economic Cooperation Organization".
    /// </summary>
    public static string SpokenName(GraphNode node, IReadOnlyList<string> label)
    {
        var shown = string.Join(" ", label).TrimEnd('…');
        return ContainsWords(node.Name, shown) ? node.Name : $"{shown}, {node.Name}";
    }

    // Whole words in order, as assistive technology and axe-core compare them ("ECO" is not in "Economic").
    private static bool ContainsWords(string text, string part)
    {
        static string[] Words(string s) => s.Split((char[])[' ', ',', '(', ')', '-', '.'], StringSplitOptions.RemoveEmptyEntries);
        var (all, wanted) = (Words(text), Words(part));
        for (var start = 0; start + wanted.Length <= all.Length; start++)
        {
            if (wanted.Select((w, i) => string.Equals(w, all[start + i], StringComparison.OrdinalIgnoreCase)).All(same => same))
            {
                return true;
            }
        }

        return false;
    }

    public static string KindSlug(ActorKind kind) => Vocabulary.ToKebab(kind);

    private static Point Toward(Point from, Point to, double distance)
    {
        var dx = to.X - from.X;
        var dy = to.Y - from.Y;
        var length = Math.Max(Math.Sqrt((dx * dx) + (dy * dy)), 1e-6);
        return new(from.X + (dx / length * distance), from.Y + (dy / length * distance));
    }

    private static string Circle(double r) => $"M{Svg(-r)},0a{Svg(r)},{Svg(r)} 0 1,0 {Svg(2 * r)},0a{Svg(r)},{Svg(r)} 0 1,0 {Svg(-2 * r)},0z";

    private static string Polygon(double r, int sides, double rotation)
    {
        var points = Enumerable.Range(0, sides).Select(i =>
        {
            var angle = rotation + (2 * Math.PI * i / sides);
            return $"{Svg(r * Math.Cos(angle))},{Svg(r * Math.Sin(angle))}";
        });
        return "M" + string.Join("L", points) + "z";
    }
}
