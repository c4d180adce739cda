using IranPakistan.Web.Data;
using IranPakistan.Web.Features.Search;
using IranPakistan.Web.Import;
using IranPakistan.Web.Shared.FullText;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Features.Search;

/// <summary>
/// A word in more documents than the suggestions rank by bm25 (<see cref="SearchQueries.SuggestionRankedPostings"/>)
/// but fewer than the search does: the header still offers what is named so first, then what starts so, then
/// the rest, in rowid order.
/// </summary>
public sealed class SuggestionsPastBm25Tests : IAsyncLifetime, IDbContextFactory<AppDbContext>, IDisposable
{
    private const int Plain = (int)SearchQueries.SuggestionRankedPostings + 200;
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = CreateDbContext();
        await ContentSchema.CreateAsync(db);
        // The named items come last in rowid order, so only the tiers can put them first.
        var documents = Enumerable.Range(0, Plain)
            .Select(i => new SearchDocument("event", $"e{i}", "", "", $"Meeting {i}", $"Officials met near the border, meeting {i}.", ""))
            .Append(new SearchDocument("event", "named", "", "", "Border crossing reopens", "Trucks crossed again.", ""))
            .Append(new SearchDocument("actor", "aliased", "", "", "Frontier Corps", "A force that guards it.", "Border"))
            .ToList();
        await SearchIndexBuilder.WriteAsync(db, new SearchIndexContent(documents, []), CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _connection.Dispose();

    public AppDbContext CreateDbContext() => new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(_connection).Options);

    [Fact]
    public async Task AWordInMoreDocumentsThanBm25IsAskedAboutStillSuggestsWhatIsNamedSoFirst()
    {
        await using (var db = CreateDbContext())
        {
            var plan = SearchPlan.For(FtsQuery.Parse("border")!, await SearchIndex.LexiconAsync(db));
            Assert.InRange(plan.Postings, SearchQueries.SuggestionRankedPostings + 1, SearchIndex.RankedPostings);
        }

        var suggestions = await new SearchQueries(this).SuggestAsync(FtsQuery.Parse("border")!, limit: 4);

        // Named exactly so (an actor's other name), then a title that starts so, then text matches in rowid order.
        Assert.Equal(["Frontier Corps", "Border crossing reopens", "Meeting 0", "Meeting 1"], suggestions.Items.Select(s => s.Title));
    }
}
