namespace IranPakistan.EndToEnd.Infrastructure;

public static class TestResultsFolder
{
    /// <summary>Where failure screenshots, page HTML and width screenshots go (git-ignored).</summary>
    public static string Path => System.IO.Path.Combine(RepositoryRoot.Path, "tests", "IranPakistan.EndToEnd", "TestResults");
}
