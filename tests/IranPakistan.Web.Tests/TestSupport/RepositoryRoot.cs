namespace IranPakistan.Web.Tests.TestSupport;

/// <summary>Finds the checkout the tests run from: the folder holding IranPakistan.sln.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IranPakistan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No IranPakistan.sln above {AppContext.BaseDirectory}");
    }

    public static string SeedsPath => Path.Combine(Find(), "seeds");
}
