using IranPakistan.Web.Import;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Import;

public class SeedImporterTests
{
    [Fact]
    public async Task FirstImportWritesTheSeedFolder()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();

        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Empty(result.Errors);
        Assert.True(result.DatabaseHasContent);
        await using var db = database.CreateContext();
        Assert.Equal(["test-source"], await db.Sources.Select(s => s.Slug).ToListAsync());
        Assert.Equal(["opening", "irans-soft-power"], await db.Sections.OrderBy(s => s.Order).Select(s => s.Slug).ToListAsync());
        Assert.Equal([1, 2, 3, 4], await db.Paragraphs.OrderBy(p => p.Number).Select(p => p.Number).ToListAsync());
        Assert.Equal(["security"], await db.Topics.Select(t => t.Slug).ToListAsync());
        Assert.Equal(["bla", "pakistan"], await db.Actors.OrderBy(a => a.Slug).Select(a => a.Slug).ToListAsync());
        Assert.Equal(["saravan"], await db.Places.Select(p => p.Slug).ToListAsync());
        Assert.Equal(["trade-target"], await db.Figures.Select(f => f.Slug).ToListAsync());
        Assert.Equal(["pakistan-strikes-saravan"], await db.Events.Select(e => e.Slug).ToListAsync());
        Assert.Equal(["trade-target"], await db.Agreements.Select(a => a.Slug).ToListAsync());
        Assert.Equal(2, await db.EventActors.CountAsync());
        Assert.Equal(7, await db.Citations.CountAsync());
        var stamp = await db.ContentStamps.SingleAsync();
        Assert.Equal(SeedReader.Read(folder.Path, []).ContentHash, stamp.SeedsHash);
        Assert.Equal(SeedImporter.Stamp(stamp.SeedsHash).Hash, stamp.Hash);
    }

    [Fact]
    public async Task ImportedContentKeepsItsRelations()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();

        await database.Importer().ImportAsync(folder.Path);

        await using var db = database.CreateContext();
        var ev = await db.Events
            .Include(e => e.Actors).ThenInclude(a => a.Actor)
            .Include(e => e.Places).Include(e => e.Topics).Include(e => e.Agreements)
            .SingleAsync();
        Assert.Equal(["bla:target", "pakistan:attacker"], ev.Actors.Select(a => $"{a.Actor.Slug}:{a.Role}").Order());
        Assert.Equal("saravan", Assert.Single(ev.Places).Slug);
        Assert.Equal("security", Assert.Single(ev.Topics).Slug);
        Assert.Equal("trade-target", Assert.Single(ev.Agreements).Slug);
        Assert.Equal("2024-01-18", PartialDate.Of(ev).Iso);
        var topic = await db.Topics.Include(t => t.Sections).SingleAsync();
        Assert.Equal(["irans-soft-power", "opening"], topic.Sections.Select(s => s.Slug).Order());
        var agreement = await db.Agreements.Include(a => a.Parties).SingleAsync();
        Assert.Equal("pakistan", Assert.Single(agreement.Parties).Slug);
        Assert.Equal(["Islamic Republic of Pakistan", "Islamabad"], (await db.Actors.SingleAsync(a => a.Slug == "pakistan")).Aliases);
    }

    [Fact]
    public async Task ReimportWithUnchangedSeedsChangesNothing()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        var importer = database.Importer();
        await importer.ImportAsync(folder.Path);
        // A change made behind the importer's back shows whether the second run rewrote the content.
        await using (var db = database.CreateContext())
        {
            await db.Actors.Where(a => a.Slug == "bla").ExecuteUpdateAsync(s => s.SetProperty(a => a.Name, "marker"));
        }

        var before = await SnapshotAsync(database);
        var result = await importer.ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Unchanged, result.Status);
        Assert.Empty(result.Errors);
        Assert.True(result.DatabaseHasContent);
        Assert.Equal(before, await SnapshotAsync(database));
        Assert.Contains("bla=marker", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForcedReimportRewritesUnchangedSeeds()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        var importer = database.Importer();
        await importer.ImportAsync(folder.Path);
        await using (var db = database.CreateContext())
        {
            await db.Actors.Where(a => a.Slug == "bla").ExecuteUpdateAsync(s => s.SetProperty(a => a.Name, "marker"));
        }

        var result = await importer.ImportAsync(folder.Path, force: true);

        Assert.Equal(ImportStatus.Imported, result.Status);
        await using var check = database.CreateContext();
        Assert.Equal("Balochistan Liberation Army", (await check.Actors.SingleAsync(a => a.Slug == "bla")).Name);
        Assert.Equal(1, await check.ContentStamps.CountAsync());
    }

    [Fact]
    public async Task ChangedSeedIsReimportedAndServed()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        var importer = database.Importer();
        await importer.ImportAsync(folder.Path);
        string firstHash;
        await using (var db = database.CreateContext())
        {
            firstHash = (await db.ContentStamps.SingleAsync()).Hash;
        }

        folder.Replace("actors.yaml", "name: Balochistan Liberation Army", "name: Baloch Liberation Army");
        var result = await importer.ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Imported, result.Status);
        await using var check = database.CreateContext();
        Assert.Equal("Baloch Liberation Army", (await check.Actors.SingleAsync(a => a.Slug == "bla")).Name);
        Assert.Equal(2, await check.Actors.CountAsync());
        Assert.Equal(4, await check.Paragraphs.CountAsync());
        Assert.Equal(7, await check.Citations.CountAsync());
        var stamp = await check.ContentStamps.SingleAsync();
        Assert.NotEqual(firstHash, stamp.Hash);
        Assert.Equal(SeedReader.Read(folder.Path, []).ContentHash, stamp.SeedsHash);
        Assert.Equal(stamp.Hash, database.Content.Current?.Hash);
    }

    [Theory]
    [InlineData("events.yaml", "- actor: bla", "- actor: nobody", "events.yaml")]
    [InlineData("actors.yaml", "kind: militant-group", "kind: [militant-group", "actors.yaml")]
    [InlineData("places.yaml", "country: Iran", "contry: Iran", "places.yaml")]
    [InlineData(SeedFolder.SourceFile, "Pakistan retaliated two days later", "Pakistan answered two days later", "actors.yaml")]
    public async Task BrokenSeedAfterGoodImportKeepsThePreviousContent(string file, string oldText, string newText, string errorFile)
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        var importer = database.Importer();
        await importer.ImportAsync(folder.Path);
        var before = await SnapshotAsync(database);

        // A valid edit (a rename) together with a broken one: neither may reach the database.
        folder.Replace("places.yaml", "name: Saravan", "name: Renamed Saravan");
        folder.Replace(file, oldText, newText);
        var result = await importer.ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Failed, result.Status);
        Assert.True(result.DatabaseHasContent);
        Assert.Contains(result.Errors, e => e.File == errorFile && e.Line > 0);
        Assert.Equal(before, await SnapshotAsync(database));
        Assert.DoesNotContain("Renamed", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenSeedOnEmptyDatabaseWritesNothing()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        folder.Replace("events.yaml", "- actor: bla", "- actor: nobody");

        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Failed, result.Status);
        Assert.False(result.DatabaseHasContent);
        var error = Assert.Single(result.Errors);
        Assert.Equal("events.yaml", error.File);
        Assert.Contains("'nobody'", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(database.Directory));
    }

    [Fact]
    public async Task AFileThatDoesNotParseDoesNotHideTheOtherFilesProblems()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        folder.Replace("actors.yaml", "kind: militant-group", "kind: [militant-group");
        folder.Replace("events.yaml", "Pakistan retaliated two days later with strikes", "Pakistan hit back two days later with strikes");

        var result = await database.Importer().ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Failed, result.Status);
        Assert.Contains(result.Errors, e => e.File == "actors.yaml" && e.Line > 0);
        Assert.Contains(result.Errors, e => e.File == "events.yaml" && e.Message.Contains("quote not found", StringComparison.Ordinal));
        // The events name actors from the file that did not parse: not reported as unknown.
        Assert.DoesNotContain(result.Errors, e => e.Message.StartsWith("unknown ", StringComparison.Ordinal));
        Assert.False(File.Exists(database.Path));
    }

    [Fact]
    public async Task FixedSeedsImportAfterAFailure()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        var importer = database.Importer();
        folder.Replace("events.yaml", "- actor: bla", "- actor: nobody");
        Assert.Equal(ImportStatus.Failed, (await importer.ImportAsync(folder.Path)).Status);

        folder.Replace("events.yaml", "- actor: nobody", "- actor: bla");
        var result = await importer.ImportAsync(folder.Path);

        Assert.Equal(ImportStatus.Imported, result.Status);
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.EventActors.CountAsync());
    }

    [Fact]
    public async Task CitationsResolveToTheRightParagraph()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();

        await database.Importer().ImportAsync(folder.Path);

        await using var db = database.CreateContext();
        var citations = await db.Citations.Include(c => c.Actor).Include(c => c.Paragraph).ThenInclude(p => p.Section).ToListAsync();
        Assert.Equal(1, citations.Single(c => c.TopicClaimId is not null).Paragraph.Number);
        Assert.Equal(2, citations.Single(c => c.Actor?.Slug == "pakistan").Paragraph.Number);
        Assert.Equal(2, citations.Single(c => c.Actor?.Slug == "bla").Paragraph.Number);
        Assert.Equal(2, citations.Single(c => c.PlaceId is not null).Paragraph.Number);
        Assert.Equal(2, citations.Single(c => c.EventId is not null).Paragraph.Number);
        var figure = citations.Single(c => c.FigureId is not null);
        Assert.Equal(3, figure.Paragraph.Number);
        Assert.Equal("irans-soft-power", figure.Paragraph.Section.Slug);
        Assert.Equal("raise bilateral trade to $10" + SeedFolder.Nbsp + "billion", figure.Quote);
        Assert.Equal(3, citations.Single(c => c.AgreementId is not null).Paragraph.Number);
        Assert.All(citations, c => Assert.Contains(c.Quote, c.Paragraph.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ActorIsLinkedToParagraphsThatNameItByAlias()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();

        await database.Importer().ImportAsync(folder.Path);

        await using var db = database.CreateContext();
        var paragraphs = await db.Paragraphs.Include(p => p.MentionedActors).Include(p => p.MentionedPlaces)
            .OrderBy(p => p.Number).ToListAsync();
        // Paragraph 2 says "the BLA", never "Balochistan Liberation Army".
        Assert.DoesNotContain("Balochistan Liberation Army", paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Equal(["bla", "pakistan"], paragraphs[1].MentionedActors.Select(a => a.Slug).Order());
        Assert.Equal(["saravan"], paragraphs[1].MentionedPlaces.Select(p => p.Slug));
        Assert.Equal(["pakistan"], paragraphs[0].MentionedActors.Select(a => a.Slug));
        Assert.Empty(paragraphs[2].MentionedActors);
    }

    /// <summary>Everything a reader can see, as text, so two snapshots compare with one assertion.</summary>
    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var stamp = await db.ContentStamps.SingleAsync();
        var lines = new List<string>
        {
            $"stamp: {stamp.Id} {stamp.Hash} {stamp.BuiltAtUtc:O}",
            "sources: " + string.Join(", ", await db.Sources.OrderBy(s => s.Id).Select(s => s.Id + ":" + s.Slug + "=" + s.Title).ToListAsync()),
            "paragraphs: " + string.Join(" | ", await db.Paragraphs.OrderBy(p => p.Id).Select(p => p.Id + ":" + p.Number + "=" + p.Text).ToListAsync()),
            "topics: " + string.Join(", ", await db.Topics.OrderBy(t => t.Id).Select(t => t.Id + ":" + t.Slug + "=" + t.Title).ToListAsync()),
            "actors: " + string.Join(", ", await db.Actors.OrderBy(a => a.Id).Select(a => a.Id + ":" + a.Slug + "=" + a.Name).ToListAsync()),
            "places: " + string.Join(", ", await db.Places.OrderBy(p => p.Id).Select(p => p.Id + ":" + p.Slug + "=" + p.Name + "/" + p.Country).ToListAsync()),
            "figures: " + string.Join(", ", await db.Figures.OrderBy(f => f.Id).Select(f => f.Id + ":" + f.Slug + "=" + f.Label).ToListAsync()),
            "events: " + string.Join(", ", await db.Events.OrderBy(e => e.Id).Select(e => e.Id + ":" + e.Slug + "=" + e.Title).ToListAsync()),
            "agreements: " + string.Join(", ", await db.Agreements.OrderBy(a => a.Id).Select(a => a.Id + ":" + a.Slug + "=" + a.Title).ToListAsync()),
            "citations: " + string.Join(", ", await db.Citations.OrderBy(c => c.Id).Select(c => c.Id + ":" + c.ParagraphId + "=" + c.Quote).ToListAsync()),
            $"event actors: {await db.EventActors.CountAsync()}",
            $"topic claims: {await db.TopicClaims.CountAsync()}",
        };
        foreach (var joinTable in new[] { "ActorMention", "PlaceMention", "TopicSection", "EventTopic", "EventPlace", "AgreementTopic", "AgreementParty" })
        {
            lines.Add($"{joinTable}: {await db.Set<Dictionary<string, object>>(joinTable).CountAsync()}");
        }

        return string.Join(Environment.NewLine, lines);
    }
}
