using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Formatting;

namespace IranPakistan.Web.Shared.Charts;

/// <summary>How a figure is drawn, following the hedging the source gives it.</summary>
public enum ChartMark
{
    /// <summary>A solid bar from zero: the number as stated.</summary>
    Bar,

    /// <summary>A lighter bar with a dashed outline: "about" or "estimated".</summary>
    ApproximateBar,

    /// <summary>An outlined, unfilled bar: a goal, not a measurement.</summary>
    TargetBar,

    /// <summary>A band from the lower to the upper value with end caps ("600 to 700").</summary>
    Range,

    /// <summary>A bar to the lower bound with an arrow beyond it ("over half a million").</summary>
    LowerBound,

    /// <summary>
    /// Words, not a number ("hundreds of thousands"): a hatched, outlined bar to the least the
    /// words can mean, with an arrow, and the words as its label.
    /// </summary>
    QualitativeLowerBound,
}

/// <summary>One row of a chart; positions are percent of the plot width (zero at 0%).</summary>
public sealed record ChartRow(FigureView Figure, string ShortLabel, string ValueText, ChartMark Mark, double Start, double End);

/// <summary>An axis tick at a percent of the plot width.</summary>
public sealed record ChartTick(double At, string Label);

/// <summary>The geometry of a horizontal bar chart, computed from the figures (no drawing here).</summary>
public sealed record ChartLayout(ChartDefinition Definition, IReadOnlyList<ChartRow> Rows, IReadOnlyList<ChartTick> Ticks, decimal Maximum)
{
    /// <summary>The layout, or null when a figure is missing or the units differ (nothing misleading is drawn).</summary>
    public static ChartLayout? Create(ChartDefinition definition, IEnumerable<FigureView> figures)
    {
        var bySlug = figures.GroupBy(f => f.Figure.Slug).ToDictionary(g => g.Key, g => g.First());
        var entries = definition.Entries.Select(e => (Entry: e, View: bySlug.GetValueOrDefault(e.FigureSlug))).ToList();
        if (entries.Count == 0 || entries.Any(e => e.View is null) || entries.Select(e => e.View!.Figure.Unit).Distinct().Count() > 1)
        {
            return null;
        }

        var top = entries.Max(e => Top(e.View!.Figure));
        var step = NiceStep(top / 4);
        var maximum = Math.Ceiling(top / step) * step;
        var unit = entries[0].View!.Figure.Unit;

        var rows = entries.Select(e =>
        {
            var f = e.View!.Figure;
            var mark = MarkOf(f);
            var start = mark == ChartMark.Range ? Percent(f.Value, maximum) : 0;
            var end = Percent(mark == ChartMark.Range ? f.ValueMax ?? f.Value : f.Value, maximum);
            return new ChartRow(e.View, e.Entry.ShortLabel, FigureFormatter.Format(f), mark, start, end);
        }).ToList();

        var ticks = new List<ChartTick>();
        for (var v = 0m; v <= maximum; v += step)
        {
            ticks.Add(new ChartTick(Percent(v, maximum), TickLabel(v, unit)));
        }

        return new ChartLayout(definition, rows, ticks, maximum);
    }

    public static ChartMark MarkOf(Figure f) => f.Qualifier switch
    {
        FigureQualifier.Range when f.ValueMax is not null => ChartMark.Range,
        FigureQualifier.AtLeast when !string.IsNullOrWhiteSpace(f.Display) => ChartMark.QualitativeLowerBound,
        FigureQualifier.AtLeast => ChartMark.LowerBound,
        FigureQualifier.Target => ChartMark.TargetBar,
        FigureQualifier.Approximate or FigureQualifier.Estimate => ChartMark.ApproximateBar,
        _ => ChartMark.Bar,
    };

    /// <summary>The largest value the axis must show; a lower bound gets room for its arrow.</summary>
    private static decimal Top(Figure f) => MarkOf(f) switch
    {
        ChartMark.Range => f.ValueMax ?? f.Value,
        ChartMark.LowerBound or ChartMark.QualitativeLowerBound => f.Value * 1.2m,
        _ => f.Value,
    };

    private static double Percent(decimal value, decimal maximum) => maximum == 0 ? 0 : (double)(value / maximum * 100);

    /// <summary>1, 2, 2.5 or 5 times a power of ten, at least the raw step.</summary>
    private static decimal NiceStep(decimal raw)
    {
        if (raw <= 0)
        {
            return 1;
        }

        var power = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)raw)));
        foreach (var m in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (m * power >= raw)
            {
                return m * power;
            }
        }

        return 10 * power;
    }

    private static string TickLabel(decimal v, FigureUnit unit) => unit switch
    {
        FigureUnit.Usd => FigureFormatter.Usd(v, abbreviated: true),
        _ => Formats.Text(v, "#,0"),
    };

    /// <summary>The chart in words, for its accessible description.</summary>
    public string Describe() =>
        $"Horizontal bar chart on a scale from 0 to {TickLabel(Maximum, Rows[0].Figure.Figure.Unit)}. " +
        string.Join("; ", Rows.Select(r => $"{r.ShortLabel}: {r.ValueText}")) + ".";
}
