namespace IranPakistan.Testing;

/// <summary>The checkout the tests run from: the folder holding IranPakistan.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Seeds => System.IO.Path.Combine(Path, "seeds");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "IranPakistan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No IranPakistan.sln above {AppContext.BaseDirectory}");
    }
}
