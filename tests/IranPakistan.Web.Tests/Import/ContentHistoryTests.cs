using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Import;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Import;

/// <summary>The changelog the import keeps: what each new version added, changed and removed, carried from file to file.</summary>
public class ContentHistoryTests
{
    [Fact]
    public async Task TheFirstImportRecordsAFirstVersionWithNothingToCompare()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();

        await database.Importer().ImportAsync(folder.Path);

        await using var db = database.CreateContext();
        var release = await db.ContentReleases.Include(r => r.Changes).SingleAsync();
        Assert.True(release.IsFirst);
        Assert.Empty(release.Changes);
        // One source, one topic, two actors, one place, one figure, one event, one agreement.
        Assert.Equal(8, release.Items);
        Assert.Equal(8, await db.ContentItems.CountAsync());
    }

    [Fact]
    public async Task ASecondImportListsWhatWasAddedChangedAndRemoved()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await database.Importer().ImportAsync(folder.Path);

        folder.AddEpisode(); // adds an episode and puts the event in it: the event changed
        folder.Write("figures.yaml", "figures: []\n"); // the figure removed, on purpose
        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Imported, result.Status);
        await using var db = database.CreateContext();
        var releases = await db.ContentReleases.Include(r => r.Changes).OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(2, releases.Count);
        Assert.True(releases[0].IsFirst);
        var latest = releases[1];
        Assert.False(latest.IsFirst);
        Assert.Equal(["episode:january-2024-strikes:January 2024 strikes"], Of(latest, ContentChange.Added));
        Assert.Equal(["event:pakistan-strikes-saravan:Pakistan strikes militants in Saravan"], Of(latest, ContentChange.Changed));
        Assert.Equal(["figure:trade-target:Bilateral trade target"], Of(latest, ContentChange.Removed));
    }

    [Fact]
    public async Task HistoryIsCarriedIntoEveryRebuildAndARebuildWithTheSameItemsAddsNothing()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await database.Importer().ImportAsync(folder.Path);
        folder.Replace("places.yaml", "A town in Iran that Pakistan's strikes hit.", "A town in Iran where Pakistan's strikes landed.");
        await database.Importer().ImportAsync(folder.Path);

        // A forced rebuild, and one where only a comment and the items' lines moved: the same items.
        await database.Importer().ImportAsync(folder.Path, force: true);
        folder.Write("places.yaml", "# Places the source names.\n\n" + folder.Read("places.yaml"));
        await database.Importer().ImportAsync(folder.Path);
        folder.Replace("actors.yaml", "A militant group Pakistan struck inside Iran.", "A militant group that Pakistan struck in Iran.");
        await database.Importer().ImportAsync(folder.Path);

        await using var db = database.CreateContext();
        var releases = await db.ContentReleases.Include(r => r.Changes).OrderBy(r => r.BuiltAtUtc).ThenBy(r => r.Id).ToListAsync();
        Assert.Equal(3, releases.Count);
        Assert.True(releases[0].IsFirst);
        Assert.Equal(["place:saravan:Saravan"], Of(releases[1], ContentChange.Changed));
        Assert.Equal(["actor:bla:Balochistan Liberation Army"], Of(releases[2], ContentChange.Changed));
        Assert.All(releases.Skip(1), r => Assert.Empty(Of(r, ContentChange.Added).Concat(Of(r, ContentChange.Removed))));
    }

    [Fact]
    public async Task SeedsWithErrorsRecordNothingAndTheHistoryStays()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await database.Importer().ImportAsync(folder.Path);

        folder.Replace("places.yaml", "in Saravan, Iran", "a quote the source never says");
        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Failed, result.Status);
        await using var db = database.CreateContext();
        Assert.True((await db.ContentReleases.SingleAsync()).IsFirst);
    }

    [Fact]
    public void ItemsAreComparedByKindAndSlug()
    {
        ContentItem Item(string kind, string slug, string hash) => new() { Kind = kind, Slug = slug, Title = slug, Hash = hash };

        var changes = ContentHistory.Diff(
            [Item("event", "a", "1"), Item("event", "b", "2"), Item("actor", "a", "3")],
            [Item("event", "a", "1"), Item("event", "b", "9"), Item("place", "a", "3")]);

        Assert.Equal(["actor:a:removed", "event:b:changed", "place:a:added"], changes.Select(c => $"{c.Kind}:{c.Slug}:{c.Change}"));
    }

    private static List<string> Of(ContentRelease release, string change) =>
        release.Changes.Where(c => c.Change == change).Select(c => $"{c.Kind}:{c.Slug}:{c.Title}").Order(StringComparer.Ordinal).ToList();
}
