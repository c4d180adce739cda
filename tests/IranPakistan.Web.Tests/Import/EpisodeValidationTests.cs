using IranPakistan.Web.Import;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Import;

/// <summary>Episodes come from seeds/episodes.yaml: an event may only name one that is there.</summary>
public sealed class EpisodeValidationTests : IDisposable
{
    private readonly SeedFolder _folder = SeedFolder.CreateValid();

    public EpisodeValidationTests() => _folder.AddEpisode();

    [Fact]
    public void AnEpisodeIsBuiltWithItsCitationAndTheEventNamesIt()
    {
        var result = SeedCheck.Run(_folder.Path);

        Assert.True(result.Errors.Count == 0, result.Report);
        var episode = Assert.Single(result.Content!.Episodes);
        Assert.Equal(("january-2024-strikes", "January 2024 strikes", 0), (episode.Slug, episode.Title, episode.Order));
        Assert.Equal(2, Assert.Single(episode.Citations).Paragraph.Number);
        Assert.Equal("january-2024-strikes", Assert.Single(result.Content.Events).Episode);
    }

    [Fact]
    public void AnEventNamingAnUnknownEpisodeIsAnUnknownReference()
    {
        _folder.Replace("events.yaml", "episode: january-2024-strikes", "episode: march-2024");

        var result = SeedCheck.Run(_folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal($"events.yaml:{_folder.LineOf("events.yaml", "slug: pakistan-strikes-saravan")}: unknown episode 'march-2024'", error.ToString());
        Assert.True(error.IsUnknownReference);
    }

    [Fact]
    public void EpisodesAreInTheOrderOfTheSeeds()
    {
        _folder.Write("episodes.yaml", _folder.Read("episodes.yaml") + """
              - slug: april-2024-visit
                title: April 2024 visit
                description: A visit.
                citations:
                  - quote: "During Raisi’s visit both sides signed eight agreements"
            """);

        var result = SeedCheck.Run(_folder.Path);

        Assert.True(result.Errors.Count == 0, result.Report);
        Assert.Equal([("january-2024-strikes", 0), ("april-2024-visit", 1)], result.Content!.Episodes.Select(e => (e.Slug, e.Order)));
    }

    [Fact]
    public void AnEpisodeNeedsATitleADescriptionAndCitations()
    {
        _folder.Write("episodes.yaml", """
            default_source: test-source
            episodes:
              - slug: january-2024-strikes
            """);

        var result = SeedCheck.Run(_folder.Path);

        Assert.Equal(
            [
                "episodes.yaml:3: missing 'title'",
                "episodes.yaml:3: missing 'description'",
                "episodes.yaml:3: episode 'january-2024-strikes' has no citations: every fact needs a verbatim quote",
            ],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void AnEpisodeSlugIsUsedOnce()
    {
        _folder.Write("more/episodes.yaml", SeedFolder.EpisodesYaml);

        var result = SeedCheck.Run(_folder.Path);

        Assert.Equal("more/episodes.yaml:3: episode slug 'january-2024-strikes' is used twice", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task TheImportStoresEpisodesAndTheDatabaseHoldsEventsToThem()
    {
        using var database = new TestDatabase();

        var result = await database.Importer().ImportAsync(_folder.Path);

        Assert.True(result.Status == ImportStatus.Imported, string.Join(Environment.NewLine, result.Errors));
        await using var db = database.CreateContext();
        Assert.Equal("January 2024 strikes", (await db.Episodes.SingleAsync()).Title);
        Assert.Equal(1, await db.Citations.CountAsync(c => c.EpisodeId != null));
        db.Events.Single().Episode = "march-2024";
        Assert.Throws<DbUpdateException>(() => db.SaveChanges());
    }

    public void Dispose() => _folder.Dispose();
}
