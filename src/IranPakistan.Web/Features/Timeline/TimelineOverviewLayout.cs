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

    /// <summary>
    /// One event: <see cref="Exact"/> when the source gives its day, month or year (a solid bar), else an
    /// outlined bar over the days it may fall on; <see cref="Match"/> is where a date filter leaves it.
    /// </summary>
    public sealed record Mark(string Slug, string Title, string DateText, bool Exact, DateMatch? Match, double X, double Y, double W);

    /// <summary>
    /// The panels, and how many events are not drawn because the source gives them no date (no axis can
    /// place them honestly; the list shows them under "Not dated in the source"). With
    /// <paramref name="match"/> (a date filter), each mark says whether it is certainly, possibly or not in the period.
    /// </summary>
    public static (IReadOnlyList<Panel> Panels, int Undrawn) Build(IReadOnlyList<Event> events, Func<PartialDate, DateMatch>? match = null)
    {
        var dated = events.OrderBy(e => e.TimelineOrder)
            .Select(e => (Event: e, Date: PartialDate.Of(e)))
            .Where(x => x.Date.OrderKey.Day is not null)
            .ToList();
        var undrawn = events.Count - dated.Count;
        if (dated.Count == 0)
        {
            return ([], undrawn);
        }

        var lastYear = dated.Max(x => x.Date.OrderKey.Day!.Value.Year);
        var focusStart = new DateTime(lastYear, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        // The focus axis runs to the end of the month of the last day anything in it may fall on, within the year.
        var lastDay = dated.Where(x => x.Date.OrderKey.Day!.Value.Year == lastYear && x.Date.Precision != DatePrecision.Year)
            .Select(x => (x.Date.Latest ?? x.Date.OrderKey.Day!.Value).ToDateTime(TimeOnly.MinValue))
            .DefaultIfEmpty(focusStart).Max();
        var focusEnd = new DateTime(lastDay.Year, lastDay.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(1);
        if (focusEnd > focusStart.AddYears(1))
        {
            focusEnd = focusStart.AddYears(1);
        }

        var panels = new List<Panel>();
        var background = dated.Where(x => x.Date.OrderKey.Day!.Value.Year < lastYear).ToList();
        if (background.Count > 0)
        {
            var start = new DateTime(background.Min(x => x.Date.OrderKey.Day!.Value.Year), 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
            panels.Add(Lay($"{start.Year}–{lastYear - 1}", start, focusStart, background, YearTicks(start, focusStart), match));
        }

        var focus = dated.Where(x => x.Date.OrderKey.Day!.Value.Year == lastYear).ToList();
        var focusLabel = $"{Formats.Text(focusStart, "MMMM")}–{Formats.Text(focusEnd.AddDays(-1), "MMMM yyyy")}";
        panels.Add(Lay(focusLabel, focusStart, focusEnd, focus, MonthTicks(focusStart, focusEnd), match));
        return (panels, undrawn);
    }

    private static Panel Lay(
        string label, DateTime start, DateTime end, List<(Event Event, PartialDate Date)> events,
        List<(DateTime At, string Label)> ticks, Func<PartialDate, DateMatch>? match)
    {
        double X(DateTime d) => Pad + ((Math.Clamp(d.Ticks, start.Ticks, end.Ticks) - start.Ticks) / (double)(end.Ticks - start.Ticks) * (Width - (2 * Pad)));

        var laneEnds = new List<double>();
        var marks = new List<Mark>();
        foreach (var (e, date) in events)
        {
            // The bar covers every day the date may fall on; an open end ("after 18 January") shows as
            // a short mark at the bound the source gives, not a bar running to the edge.
            var key = date.OrderKey.Day!.Value;
            var from = (date.Earliest ?? date.Latest ?? key).ToDateTime(TimeOnly.MinValue);
            var to = (date.Latest ?? date.Earliest ?? key).ToDateTime(TimeOnly.MinValue).AddDays(1);
            var x = X(from);
            var w = Math.Max(X(to) - x, MinMarkWidth);
            x = Math.Min(x, Width - Pad - w);
            var lane = laneEnds.FindIndex(laneEnd => laneEnd + Gap <= x);
            if (lane < 0)
            {
                laneEnds.Add(0);
                lane = laneEnds.Count - 1;
            }

            laneEnds[lane] = x + w;
            marks.Add(new Mark(e.Slug, e.Title, date.Text, date.IsExact, match?.Invoke(date), x, 4 + (lane * LaneHeight), w));
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
