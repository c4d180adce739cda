namespace IranPakistan.Web.Data.Entities;

/// <summary>
/// Figures the pages draw together as one bar chart, on one scale from zero. It states nothing of its
/// own: its bars are figures, each with its citations; the title and the bar names are ours.
/// </summary>
public class Chart
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }

    /// <summary>Position on the figures page and among its topic's charts (the order of the seeds).</summary>
    public int Order { get; set; }

    /// <summary>The topic page it is drawn on; every bar's figure belongs to this topic.</summary>
    public int TopicId { get; set; }
    public Topic Topic { get; set; } = null!;
    public List<ChartBar> Bars { get; set; } = [];
}

/// <summary>One bar of a chart: a figure and the short name the chart gives it.</summary>
public class ChartBar
{
    public int ChartId { get; set; }
    public Chart Chart { get; set; } = null!;
    public int FigureId { get; set; }
    public Figure Figure { get; set; } = null!;
    public required string Label { get; set; }
    public int Order { get; set; }
}
