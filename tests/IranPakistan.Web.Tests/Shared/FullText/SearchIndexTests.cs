using IranPakistan.Web.Data;
using IranPakistan.Web.Import;
using IranPakistan.Web.Shared.FullText;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Shared.FullText;

/// <summary>The index's reads on a small hand-made index: acronyms as written, exact forms above other forms.</summary>
public sealed class SearchIndexTests : IAsyncLifetime, IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private AppDbContext _db = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(_connection).Options);
        await ContentSchema.CreateAsync(_db);
        // As the import writes them: a document naming the United States by its acronym carries the name in its aliases.
        await SearchIndexBuilder.WriteAsync(_db, new SearchIndexContent(
            [
                new("paragraph", "s", "1", "One", "", "Let us talk about the pipeline deal.", ""),
                new("paragraph", "s", "2", "Two", "", "The US opposed the pipelines deal.", "United States"),
                new("paragraph", "s", "3", "Three", "", "Gas pipeline deal, gas pipeline deal, gas pipeline deal.", ""),
            ],
            [new("US", "United States")]), CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    private async Task<List<string>> AnchorsAsync(string input)
    {
        var plan = SearchPlan.For(FtsQuery.Parse(input)!, await SearchIndex.LexiconAsync(_db));
        var matches = await SearchIndex.ScoreAsync(_db, plan, "paragraph");
        var details = (await SearchIndex.DetailsAsync(_db, plan, matches.Rows.Select(r => r.Id))).ToDictionary(d => d.Id);
        return matches.Rows.Select(r => details[r.Id].Anchor).ToList();
    }

    [Fact]
    public async Task UpperCaseUSMatchesTheAcronymNotTheWordUs()
    {
        Assert.Equal(["2"], await AnchorsAsync("US"));
        Assert.Equal(["1", "2"], (await AnchorsAsync("us")).Order().ToList());
    }

    [Fact]
    public async Task ExactFormRanksAboveOtherForms()
    {
        var anchors = await AnchorsAsync("pipelines deal");

        // Paragraph 3 says "pipeline" three times; paragraph 2 says "pipelines", as typed.
        Assert.Equal("2", anchors[0]);
        Assert.Contains("3", anchors);
        Assert.Contains("1", anchors);
    }

    [Fact]
    public async Task CountsStopAtTheCap()
    {
        var plan = SearchPlan.For(FtsQuery.Parse("deal")!, await SearchIndex.LexiconAsync(_db));
        var matches = await SearchIndex.ScoreAsync(_db, plan, "paragraph");

        Assert.Equal(3, matches.Rows.Count);
        Assert.False(matches.More);
    }
}
