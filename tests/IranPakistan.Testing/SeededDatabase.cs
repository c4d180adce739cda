using IranPakistan.Web.Data;
using IranPakistan.Web.Import;
using Microsoft.Extensions.Logging.Abstractions;

namespace IranPakistan.Testing;

/// <summary>
/// The database built from the repository's real seeds/, imported once and shared: every test host
/// gets its own copy of the file instead of importing again. The file is named after its stamp (seeds,
/// schema and importer), so a later run with nothing changed — or the other test project running at the
/// same time — reuses it, and any change builds a new one.
/// </summary>
public static class SeededDatabase
{
    private static readonly Lazy<string> _path = new(() => Task.Run(BuildAsync).GetAwaiter().GetResult());

    /// <summary>The built file; built on first use.</summary>
    public static string Path => _path.Value;

    /// <summary>Copies the built file to <paramref name="destination"/>, creating its folder.</summary>
    public static void CopyTo(string destination)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
        File.Copy(Path, destination, overwrite: true);
    }

    private static async Task<string> BuildAsync()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ip-explorer-tests", "seeded");
        var seedsHash = SeedReader.Hash(RepositoryRoot.Seeds) ?? throw new InvalidOperationException($"No seeds folder at {RepositoryRoot.Seeds}");
        var name = $"explorer-{SeedImporter.Stamp(seedsHash).Hash[..16]}.db";
        var path = System.IO.Path.Combine(folder, name);

        // ContentDatabase builds into a new file and renames it: two processes building at once both
        // end with a complete file.
        var result = await new SeedImporter(new ContentDatabase(path), NullLogger<SeedImporter>.Instance).ImportAsync(RepositoryRoot.Seeds);
        if (result.Status == ImportStatus.Failed)
        {
            throw new InvalidOperationException("The real seeds do not import:" + Environment.NewLine + string.Join(Environment.NewLine, result.Errors));
        }

        // Builds for other seeds or builds of the app go after a day; not sooner, since another checkout's
        // tests may be copying one right now.
        foreach (var old in Directory.EnumerateFiles(folder, "explorer-*.db")
                     .Where(f => System.IO.Path.GetFileName(f) != name && File.GetLastWriteTimeUtc(f) < DateTime.UtcNow.AddDays(-1)))
        {
            File.Delete(old);
        }

        return path;
    }
}
