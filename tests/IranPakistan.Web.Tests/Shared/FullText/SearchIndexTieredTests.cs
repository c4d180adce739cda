using IranPakistan.Web.Data;
using IranPakistan.Web.Import;
using IranPakistan.Web.Shared.FullText;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Shared.FullText;

/// <summary>
/// A word in more documents than bm25 is worth asking about (<see cref="SearchIndex.RankedPostings"/>): the
/// matches are ranked by where the word is (title, then other names, then text), counted up to the cap, and
/// only the best few are read.
/// </summary>
public sealed class SearchIndexTieredTests : IAsyncLifetime, IDisposable
{
    private const int Plain = (int)SearchIndex.RankedPostings + 200;
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private AppDbContext _db = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(_connection).Options);
        await ContentSchema.CreateAsync(_db);
        // Thousands of events that mention the border in their text (the first three only "borders"); the one
        // titled so and the one that has it among its other names come last in rowid order, so only ranking can
        // put them first. One titled with the other form comes first.
        var documents = Enumerable.Range(0, Plain)
            .Select(i => new SearchDocument("event", $"e{i}", "", "", $"Meeting {i}", $"Officials met near the {(i < 3 ? "borders" : "border")}, meeting {i}.", ""))
            .Prepend(new SearchDocument("event", "plural-title", "", "", "Borders reopen", "Trucks crossed again.", ""))
            .Append(new SearchDocument("event", "named", "", "", "Border crossing reopens", "Trucks crossed again.", ""))
            .Append(new SearchDocument("event", "aliased", "", "", "Trade resumes", "Trucks crossed again.", "Border"))
            .ToList();
        await SearchIndexBuilder.WriteAsync(_db, new SearchIndexContent(documents, []), CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    [Fact]
    public async Task ACommonWordRanksTitleThenNameThenTextMatchesAndCountsUpToTheCap()
    {
        var plan = SearchPlan.For(FtsQuery.Parse("border")!, await SearchIndex.LexiconAsync(_db));
        Assert.True(plan.Postings > SearchIndex.RankedPostings);

        var matches = await SearchIndex.ScoreAsync(_db, plan, "event", top: 5);
        var slugs = (await SearchIndex.DetailsAsync(_db, plan, matches.Rows.Select(r => r.Id))).ToDictionary(d => d.Id, d => d.Slug);

        // The last word typed also stands for the words it begins ("borders"), so both titles are as typed.
        Assert.Equal(["plural-title", "named", "aliased", "e0", "e1"], matches.Rows.Select(r => slugs[r.Id]));
        Assert.Equal(SearchIndex.Cap, matches.Count);
        Assert.True(matches.More);
    }

    [Fact]
    public async Task TheWordAsTypedComesBeforeItsOtherFormsInEachTier()
    {
        // "borders" does not begin "border": that is only another form of it.
        var plan = SearchPlan.For(FtsQuery.Parse("borders")!, await SearchIndex.LexiconAsync(_db));
        Assert.True(plan.HasForms);

        var matches = await SearchIndex.ScoreAsync(_db, plan, "event", top: 7);
        var slugs = (await SearchIndex.DetailsAsync(_db, plan, matches.Rows.Select(r => r.Id))).ToDictionary(d => d.Id, d => d.Slug);

        Assert.Equal(["plural-title", "named", "aliased", "e0", "e1", "e2", "e3"], matches.Rows.Select(r => slugs[r.Id]));
        Assert.Equal([true, false, false, true, true, true, false], matches.Rows.Select(r => r.Exact));
    }

    [Fact]
    public async Task AKindWithoutMatchesIsEmptyAndAWordInFewDocumentsIsStillScoredByBm25()
    {
        var plan = SearchPlan.For(FtsQuery.Parse("border")!, await SearchIndex.LexiconAsync(_db));
        var places = await SearchIndex.ScoreAsync(_db, plan, "place");
        Assert.Empty(places.Rows);
        Assert.Equal(0, places.Count);

        var trucks = SearchPlan.For(FtsQuery.Parse("trucks")!, await SearchIndex.LexiconAsync(_db));
        Assert.True(trucks.Postings <= SearchIndex.RankedPostings);
        var matches = await SearchIndex.ScoreAsync(_db, trucks, "event");
        Assert.Equal(3, matches.Count);
        // bm25's scores: negative, and not one of the tiers' round numbers.
        Assert.All(matches.Rows, r => Assert.True(r.Score < 0 && r.Score is not (-100 or -10 or -1), $"{r.Score} is not a bm25 score"));
    }
}
