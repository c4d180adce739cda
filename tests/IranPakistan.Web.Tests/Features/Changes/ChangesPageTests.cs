using Bunit;
using IranPakistan.Web.Data;
using IranPakistan.Web.Features.Changes;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Features.Changes;

/// <summary>/changes: the changelog a reader reads, over a database imported twice from a changing seeds folder.</summary>
public sealed class ChangesPageTests : ExplorerTestContext
{
    [Fact]
    public async Task ListsEachVersionNewestFirstWithWhatItAddedChangedAndRemoved()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await database.Importer().ImportAsync(folder.Path);
        folder.AddEpisode();
        folder.Write("figures.yaml", "figures: []\n");
        await database.Importer().ImportAsync(folder.Path);
        Services.AddSingleton<IDbContextFactory<AppDbContext>>(database.Factory);
        Services.AddScoped<ChangesQueries>();

        var page = Render<ChangesPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("section.release").Count));
        var releases = page.FindAll("section.release");
        var latest = releases[0];
        Assert.Contains("1 added, 1 changed, 1 removed", latest.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Added (1)", "Changed (1)", "Removed (1)"], latest.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()));
        Assert.Equal(Urls.Episode("january-2024-strikes"), latest.QuerySelector("ul li a")?.GetAttribute("href"));
        // What is gone has no page to link to.
        var removed = latest.QuerySelectorAll("ul")[2].QuerySelector("li")!;
        Assert.Contains("Bilateral trade target", removed.TextContent, StringComparison.Ordinal);
        Assert.Null(removed.QuerySelector("a"));
        Assert.Contains("first version recorded", releases[1].TextContent, StringComparison.Ordinal);
    }
}
