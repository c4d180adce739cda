using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Shared.Api;

/// <summary>
/// One table of the whole-dataset download (<c>/downloads/dataset.zip</c>): a CSV file named
/// <c>{Name}.csv</c> whose columns are <paramref name="RowType"/>'s properties (as in the list's own CSV),
/// described in <c>datapackage.json</c>. Each feature registers its tables (<see cref="DatasetTableRegistration.AddDatasetTable"/>);
/// Hosting writes the zip. <c>Rows</c> reads the rows from the served database with scoped services;
/// <c>Fields</c> says what a column means where <see cref="CommonFields"/> does not.
/// </summary>
public sealed record DatasetTable(
    string Name, string Title, string Description, Type RowType, string? PrimaryKey,
    Func<IServiceProvider, SiteAddress, CancellationToken, Task<IEnumerable<object?>>> Rows,
    IReadOnlyDictionary<string, string>? Fields = null)
{
    /// <summary>What the columns several tables share mean.</summary>
    public static readonly IReadOnlyDictionary<string, string> CommonFields = new Dictionary<string, string>
    {
        ["slug"] = "The item's identifier: the last segment of its page's address, and how other tables refer to it.",
        ["title"] = "The item's title, in the explorer's words.",
        ["name"] = "The name the explorer uses.",
        ["summary"] = "A one-paragraph summary in the explorer's words.",
        ["description"] = "A description in the explorer's words.",
        ["kind"] = "The kind of item (a fixed vocabulary, kebab-case).",
        ["url"] = "The item's page (absolute when the site's public address is configured).",
        ["citations"] = "The source paragraphs that state it: their addresses (…/sources/{source}#p-{n}), space-separated; paragraphs.csv has their text.",
        ["date_earliest"] = "The first day the date may fall on (ISO 8601); empty when the source sets no bound.",
        ["date_latest"] = "The last day the date may fall on (ISO 8601); empty when the source sets no bound.",
        ["date_precision"] = "How much of the date the source gives: day, month, year, approximate, relative or undated.",
        ["date_iso"] = "The date cut to its precision (yyyy, yyyy-MM or yyyy-MM-dd); empty when vaguer than a year.",
        ["date_text"] = "The date in words, as the page shows it.",
        ["topics"] = "Topic slugs (topics.csv), space-separated.",
        ["parties"] = "Actor slugs (actors.csv) of the parties, space-separated.",
        ["actors"] = "Actor slugs (actors.csv), space-separated.",
        ["places"] = "Place slugs (places.csv), space-separated.",
        ["event"] = "The slug of the event it came from (events.csv).",
        ["topic"] = "A topic slug (topics.csv).",
        ["source"] = "A source slug (sources.csv).",
    };

    /// <summary>The description of column <paramref name="name"/>.</summary>
    public string DescribeField(string name) =>
        Fields?.GetValueOrDefault(name) ?? CommonFields.GetValueOrDefault(name) ?? name.Replace('_', ' ');
}

public static class DatasetTableRegistration
{
    /// <summary>Adds a table to the whole-dataset download.</summary>
    public static IServiceCollection AddDatasetTable(this IServiceCollection services, DatasetTable table) =>
        services.AddSingleton(table);
}
