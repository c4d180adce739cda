using IranPakistan.Web.Import;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Import;

/// <summary>An emptied or deleted seed file is an error, and nothing is written while it stands (issue 15).</summary>
public class ContentGuardTests
{
    [Fact]
    public void EveryKindASeedFileCanListIsGuarded()
    {
        // A new kind of seed (a list on SeedFile) that the guard does not know could be emptied silently.
        var lists = typeof(SeedFile).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(List<>))
            .Select(p => YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance.Apply(p.Name))
            .Order()
            .ToList();

        Assert.Equal(lists, ContentGuard.Kinds.Order().ToList());
    }

    [Theory]
    [InlineData("")]
    [InlineData("# all gone\n")]
    [InlineData("default_source: test-source\n")]
    [InlineData("figures:\n")]
    public async Task AnEmptiedSeedFileIsAnErrorAndTheServedContentStays(string emptied)
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await database.Importer().ImportAsync(folder.Path);
        var before = await database.Content.ReadStampAsync();

        File.WriteAllText(Path.Combine(folder.Path, "figures.yaml"), emptied);
        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Failed, result.Status);
        var error = Assert.Single(result.Errors, e => e.File == "figures.yaml");
        Assert.Equal(1, error.Line);
        Assert.Contains("holds no content", error.Message);
        Assert.Contains("'figures: []'", error.Message);
        Assert.Equal(before!.Hash, (await database.Content.ReadStampAsync())!.Hash);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Figures.CountAsync());
    }

    [Fact]
    public async Task ADeletedSeedFileIsAnErrorWhenItsKindWouldVanishFromTheServedContent()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await database.Importer().ImportAsync(folder.Path);

        File.Delete(Path.Combine(folder.Path, "agreements.yaml"));
        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Failed, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal(".", error.File);
        Assert.StartsWith("no agreements any more, but the content being served has 1:", error.Message);
        Assert.Contains("'agreements: []'", error.Message);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Agreements.CountAsync());
    }

    [Fact]
    public async Task AVanishedKindIsReportedTogetherWithEveryOtherProblem()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await database.Importer().ImportAsync(folder.Path);
        var before = await database.Content.ReadStampAsync();

        // Three problems at once: an emptied file, a deleted one, and a quote the source does not hold.
        File.WriteAllText(Path.Combine(folder.Path, "figures.yaml"), "");
        File.Delete(Path.Combine(folder.Path, "agreements.yaml"));
        var events = File.ReadAllText(Path.Combine(folder.Path, "events.yaml"));
        var quote = events.IndexOf("quote: \"", StringComparison.Ordinal) + "quote: \"".Length;
        folder.Write("events.yaml", events[..quote] + "words the source never wrote " + events[quote..]);
        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Failed, result.Status);
        Assert.Contains(result.Errors, e => e.File == "figures.yaml" && e.Message.Contains("holds no content", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.File == "events.yaml" && e.Message.Contains("quote not found", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.StartsWith("no agreements any more, but the content being served has 1:", StringComparison.Ordinal));
        Assert.Equal(before!.Hash, (await database.Content.ReadStampAsync())!.Hash);
    }

    [Fact]
    public async Task AFileThatDoesNotParseIsNotTakenForAVanishedKind()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await database.Importer().ImportAsync(folder.Path);

        folder.Write("agreements.yaml", "agreements:\n  - slug: [unclosed\n");
        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Failed, result.Status);
        Assert.Contains(result.Errors, e => e.File == "agreements.yaml");
        Assert.DoesNotContain(result.Errors, e => e.Message.StartsWith("no agreements any more", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnExplicitlyEmptyListRemovesAKindOnPurpose()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await database.Importer().ImportAsync(folder.Path);

        folder.Write("agreements.yaml", "# Every agreement removed on purpose.\nagreements: []\n");
        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Imported, result.Status);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Agreements.CountAsync());
        Assert.Equal(1, await db.Events.CountAsync());
    }

    [Fact]
    public async Task AFirstBuildHasNothingToLoseAndNeedsNoDeclaration()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        File.Delete(Path.Combine(folder.Path, "agreements.yaml"));

        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Imported, result.Status);
    }
}
