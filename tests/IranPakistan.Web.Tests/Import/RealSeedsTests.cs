using IranPakistan.Web.Import;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Import;

/// <summary>The repository's own seeds/ folder: it must always import cleanly.</summary>
public class RealSeedsTests
{
    [Fact]
    public void RealSeedsValidateWithoutErrors()
    {
        var result = SeedCheck.Run(RepositoryRoot.Seeds);

        Assert.True(result.Errors.Count == 0, $"{result.Errors.Count} seed error(s):{Environment.NewLine}{result.Report}");
        Assert.NotEmpty(result.Content!.Sources);
    }

    [Fact]
    public void RealSeedsHaveTheDocumentedTopicsAndContent()
    {
        var result = SeedCheck.Run(RepositoryRoot.Seeds);
        Assert.True(result.Errors.Count == 0, result.Report);
        var content = result.Content!;

        // docs/seed-format.md: the five topic pages.
        Assert.Equal(["afghanistan", "kashmir", "security", "soft-power", "trade"], content.Topics.Select(t => t.Slug).Order());
        Assert.All(content.Topics, t => Assert.NotEmpty(t.Claims));
        Assert.NotEmpty(content.Actors);
        Assert.NotEmpty(content.Places);
        Assert.NotEmpty(content.Figures);
        Assert.NotEmpty(content.Events);
        Assert.NotEmpty(content.Agreements);
    }

    [Fact]
    public async Task RealSeedsImportIntoSqlite()
    {
        using var database = new TestDatabase();

        var result = await database.Importer().ImportAsync(RepositoryRoot.Seeds);

        Assert.True(result.Status == ImportStatus.Imported, string.Join(Environment.NewLine, result.Errors));
        await using var db = database.CreateContext();
        Assert.True(await db.Paragraphs.AnyAsync());
        Assert.True(await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM SearchIndex").SingleAsync() > 0);
    }
}
