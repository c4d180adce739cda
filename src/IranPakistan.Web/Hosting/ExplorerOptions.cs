namespace IranPakistan.Web.Hosting;

/// <summary>Where the database and the seeds live (section "Explorer" in appsettings.json).</summary>
public sealed class ExplorerOptions
{
    public const string Section = "Explorer";

    /// <summary>SQLite file; relative paths are resolved against the content root.</summary>
    public string DatabasePath { get; set; } = "../../data/explorer.db";

    /// <summary>The seeds folder; relative paths are resolved against the content root.</summary>
    public string SeedsPath { get; set; } = "../../seeds";

    /// <summary>Import seeds at start-up when they changed (the command <c>import</c> always can).</summary>
    public bool ImportOnStart { get; set; } = true;
}
