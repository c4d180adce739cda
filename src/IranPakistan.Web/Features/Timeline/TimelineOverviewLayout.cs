using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Formatting;

namespace IranPakistan.Web.Features.Timeline;

/// <summary>
/// Lays the overview strip out as two axes: the background years on one linear scale, and the
/// latest year (where most events crowd into a few weeks) on its own scale by day. One axis for
/// 1989–2024 would squeeze January–April 2024 into a couple of pixels; a log scale would make
/// distances unreadable. Each event is a bar as wide as its date's precision (a day, a month, a
/// year), stacked into lanes so none hides another.
/// </summary>
public static class TimelineOverviewLayout
{
    public const double Width = 600;
    public const double Pad = 12;
    public const double MarkHeight = 10;
    public const double LaneHeight = 14;
    public const double AxisHeight = 30;
    private const double MinMarkWidth = 6;
    private const double Gap = 3;

    public sealed record Panel(string Label, DateTime Start, DateTime End, double Height, double AxisY, IReadOnlyList<Tick> Ticks, IReadOnlyList<Mark> Marks);

    public sealed record Tick(double X, string Label);

    public sealed record Mark(string Slug, string Title, string DateText, bool SourceDated, double X, double Y, double W);

    public static IReadOnlyList<Panel> Build(IReadOnlyList<Event> events)
    {
        if (events.Count == 0)
        {
            return [];
        }

        var ordered = events.InTimelineOrder().ToList();
        var lastYear = ordered.Max(e => e.DateStart.Year);
        var focusStart = new DateTime(lastYear, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        // The focus axis runs to the end of the month of the last dated day, but stays within the year.
        var lastEnd = ordered.Where(e => e.DateStart >= focusStart && EventDates.GrainOf(e) != DatePrecision.Year)
            .Select(e => EventDates.RangeOf(e).End).DefaultIfEmpty(focusStart.AddDays(1)).Max().AddDays(-1);
        var focusEnd = new DateTime(lastEnd.Year, lastEnd.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(1);
        if (focusEnd > focusStart.AddYears(1))
        {
            focusEnd = focusStart.AddYears(1);
        }

        var panels = new List<Panel>();
        var background = ordered.Where(e => e.DateStart < focusStart).ToList();
        if (background.Count > 0)
        {
            var start = new DateTime(background[0].DateStart.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
            panels.Add(Lay($"{start.Year}–{lastYear - 1}", start, focusStart, background, YearTicks(start, focusStart)));
        }

        var focus = ordered.Where(e => e.DateStart >= focusStart).ToList();
        var focusLabel = $"{Formats.Text(focusStart, "MMMM")}–{Formats.Text(focusEnd.AddDays(-1), "MMMM yyyy")}";
        panels.Add(Lay(focusLabel, focusStart, focusEnd, focus, MonthTicks(focusStart, focusEnd)));
        return panels;
    }

    private static Panel Lay(string label, DateTime start, DateTime end, List<Event> events, List<(DateTime At, string Label)> ticks)
    {
        double X(DateTime d) => Pad + ((Math.Clamp(d.Ticks, start.Ticks, end.Ticks) - start.Ticks) / (double)(end.Ticks - start.Ticks) * (Width - (2 * Pad)));

        var laneEnds = new List<double>();
        var marks = new List<Mark>();
        foreach (var e in events)
        {
            // An undated event's placement has no length of its own: a small outlined marker, not a bar.
            var (from, to) = EventDates.RangeOf(e);
            var x = X(from);
            var w = EventDates.IsSourceDated(e) || e.DateEnd is not null ? Math.Max(X(to) - x, MinMarkWidth) : MinMarkWidth;
            x = Math.Min(x, Width - Pad - w);
            var lane = laneEnds.FindIndex(laneEnd => laneEnd + Gap <= x);
            if (lane < 0)
            {
                laneEnds.Add(0);
                lane = laneEnds.Count - 1;
            }

            laneEnds[lane] = x + w;
            marks.Add(new Mark(e.Slug, e.Title, FuzzyDate.Of(e).Text, EventDates.IsSourceDated(e), x, 4 + (lane * LaneHeight), w));
        }

        var axisY = 4 + (Math.Max(laneEnds.Count, 1) * LaneHeight) + 2;
        return new Panel(label, start, end, axisY + AxisHeight, axisY, ticks.Select(t => new Tick(X(t.At), t.Label)).ToList(), marks);
    }

    private static List<(DateTime, string)> YearTicks(DateTime start, DateTime end)
    {
        var years = end.Year - start.Year;
        var step = years > 20 ? 5 : years > 8 ? 2 : 1;
        var ticks = new List<(DateTime, string)> { (start, Formats.Text(start.Year)) };
        for (var y = start.Year + 1; y < end.Year; y++)
        {
            if (y % step == 0 && y - start.Year >= step / 2.0 && end.Year - y >= step / 2.0)
            {
                ticks.Add((new DateTime(y, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), Formats.Text(y)));
            }
        }

        return ticks;
    }

    private static List<(DateTime, string)> MonthTicks(DateTime start, DateTime end)
    {
        var ticks = new List<(DateTime, string)>();
        for (var d = start; d < end; d = d.AddMonths(1))
        {
            ticks.Add((d, Formats.Text(d, "MMM")));
        }

        return ticks;
    }
}
