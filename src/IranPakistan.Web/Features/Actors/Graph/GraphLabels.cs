namespace IranPakistan.Web.Features.Actors.Graph;

/// <summary>Where a node's label goes, relative to the node: an offset and the text anchor.</summary>
public readonly record struct LabelPlacement(double Dx, double Dy, string Anchor);

/// <summary>
/// Places each node's label where it overlaps no other label and no node: below the node if it fits,
/// else above, right or left; the busiest nodes choose first. A label that fits nowhere goes below
/// its node and is marked crowded: the drawing shows it on hover and focus only (every actor is still
/// named in its link's accessible name and in the table of ties).
/// </summary>
public static class GraphLabels
{
    // 12 px text (ActorGraphView.razor.css): about 6.6 px a character, 14 px a line.
    private const double CharWidth = 6.6, LineHeight = 14, Gap = 4;

    public static IReadOnlyDictionary<string, (LabelPlacement Placement, bool Crowded)> Place(
        IReadOnlyList<GraphNode> nodes, IReadOnlyDictionary<string, Point> positions,
        Func<GraphNode, IReadOnlyList<string>> labelOf, Func<string, int> degreeOf, double width, double height)
    {
        var r = GraphDrawing.NodeRadius;
        var obstacles = nodes.Select(n => positions[n.Slug]).Select(p => new Box(p.X - r, p.Y - r, p.X + r, p.Y + r)).ToList();
        var placed = new List<Box>();
        var result = new Dictionary<string, (LabelPlacement, bool)>();
        foreach (var node in nodes.OrderByDescending(n => degreeOf(n.Slug)).ThenBy(n => n.Slug, StringComparer.Ordinal))
        {
            var p = positions[node.Slug];
            var lines = labelOf(node);
            var w = lines.Max(l => l.Length) * CharWidth;
            var h = lines.Count * LineHeight;
            // Candidates: below, above, right, left. Dy is the first line's baseline.
            (LabelPlacement Placement, Box Box)[] candidates =
            [
                (new(0, r + 14, "middle"), new Box(p.X - (w / 2), p.Y + r + Gap, p.X + (w / 2), p.Y + r + Gap + h)),
                (new(0, -r - Gap - h + 11, "middle"), new Box(p.X - (w / 2), p.Y - r - Gap - h, p.X + (w / 2), p.Y - r - Gap)),
                (new(r + Gap, 4 - ((lines.Count - 1) * LineHeight / 2), "start"), new Box(p.X + r + Gap, p.Y - (h / 2), p.X + r + Gap + w, p.Y + (h / 2))),
                (new(-r - Gap, 4 - ((lines.Count - 1) * LineHeight / 2), "end"), new Box(p.X - r - Gap - w, p.Y - (h / 2), p.X - r - Gap, p.Y + (h / 2))),
            ];
            var free = candidates.Where(c => c.Box.Within(width, height) && !placed.Any(c.Box.Hits) && !obstacles.Any(c.Box.Hits)).ToList();
            if (free.Count > 0)
            {
                placed.Add(free[0].Box);
                result[node.Slug] = (free[0].Placement, false);
            }
            else
            {
                result[node.Slug] = (candidates[0].Placement, true);
            }
        }

        return result;
    }

    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public bool Hits(Box o) => Left < o.Right && o.Left < Right && Top < o.Bottom && o.Top < Bottom;

        public bool Within(double width, double height) => Left >= 0 && Top >= 0 && Right <= width && Bottom <= height;
    }
}
