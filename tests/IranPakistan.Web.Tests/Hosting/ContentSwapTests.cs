using System.Net.Http.Json;
using IranPakistan.Web.Data;
using IranPakistan.Web.Import;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace IranPakistan.Web.Tests.Hosting;

/// <summary>A running app starts serving a database that another process (the import command) swapped in.</summary>
public sealed class ContentSwapTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Fact]
    public async Task ARunningAppServesTheNewContentOnceAnImportSwapsItIn()
    {
        var before = (await factory.Client.GetFromJsonAsync<Page<ActorItem>>("/api/actors?pageSize=500"))!.Items;
        Assert.True(before!.Count > 2, "the real seeds name more than two actors");
        using var folder = SeedFolder.CreateValid();
        // The minimal seeds have none of these; the served (real) content has, so say it on purpose.
        folder.Write("removed.yaml", "episodes: []\ncharts: []\nties: []\nnotes: []\n");

        // What `dotnet run -- import` does from another process: its own ContentDatabase over the same file.
        var result = await new SeedImporter(new ContentDatabase(factory.DatabasePath), NullLogger<SeedImporter>.Instance).ImportAsync(folder.Path);
        Assert.Equal(ImportStatus.Imported, result.Status);

        // The app notices the new file by watching its folder; give it a few seconds, without sleeping blindly.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        List<ActorItem>? after;
        do
        {
            await Task.Delay(100);
            after = (await factory.Client.GetFromJsonAsync<Page<ActorItem>>("/api/actors?pageSize=500"))!.Items;
        }
        while (after!.Count != 2 && DateTime.UtcNow < deadline);

        Assert.Equal(["bla", "pakistan"], after.Select(a => a.Slug).Order());
    }

    private sealed record ActorItem(string Slug, string Name);

    private sealed record Page<T>(List<T> Items);
}
