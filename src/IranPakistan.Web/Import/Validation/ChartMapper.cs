using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>
/// A chart seed → its <see cref="Chart"/>: figures drawn together on one scale. The chart components
/// draw nothing rather than something misleading, so what would make them draw nothing is an error
/// here: an unknown figure, one from another topic (a topic page charts only its own figures), units
/// that cannot share a scale. Runs after every figure is mapped, since figures may be in a later file.
/// </summary>
internal static class ChartMapper
{
    public static void Map(FileContext file, ChartSeed seed)
    {
        if (seed.Slug is null || !file.Run.ChartSlugs.Contains(seed.Slug))
        {
            return;
        }

        var what = $"chart '{seed.Slug}'";
        var chart = new Chart
        {
            Slug = seed.Slug,
            Title = file.Required(seed, seed.Title, "title"),
            Order = file.Run.Content.Charts.Count,
            Topic = file.Reference(seed, file.Run.Topics, seed.Topic, "topic") ?? new Topic { Slug = "", Title = "", Summary = "" },
        };
        if (seed.Bars is null || seed.Bars.Count == 0)
        {
            file.Error(seed.Line, $"{what} has no bars: list its figures under 'bars'");
        }

        foreach (var bar in seed.Bars ?? [])
        {
            var label = file.Required(bar, bar.Label, "label");
            if (file.Reference(bar, file.Run.Figures, bar.Figure, "figure") is not { } figure)
            {
                continue;
            }

            if (chart.Bars.Any(b => b.Figure == figure))
            {
                file.Error(bar.Line, $"{what}: figure '{figure.Slug}' is in it twice");
                continue;
            }

            if (chart.Topic.Slug.Length > 0 && figure.Topic.Slug.Length > 0 && figure.Topic != chart.Topic)
            {
                file.Error(bar.Line, $"{what}: figure '{figure.Slug}' is on topic '{figure.Topic.Slug}', not '{chart.Topic.Slug}'; a topic page charts only its own figures");
            }

            chart.Bars.Add(new ChartBar { Chart = chart, Figure = figure, Label = label, Order = chart.Bars.Count });
        }

        var units = chart.Bars.Select(b => b.Figure.Unit).Distinct().ToList();
        if (units.Count > 1)
        {
            file.Error(seed.Line, $"{what} mixes units ({string.Join(", ", units.Select(Vocabulary.ToKebab))}); a chart compares like with like on one scale");
        }

        file.Run.Content.Charts.Add(chart);
    }
}
