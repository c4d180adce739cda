using IranPakistan.Web.Data;
using IranPakistan.Web.Shared.FullText;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Features.Search;

/// <summary>
/// On the real corpus every query is scored by one statement over all kinds (<see cref="SearchIndex.ScoreKindsAsync"/>);
/// a reader must get exactly what scoring each kind by itself gives: the same rows, in the same order, with the
/// same scores, exact flags and counts.
/// </summary>
public sealed class ScoreKindsTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Theory]
    [InlineData("Iran", false)]
    [InlineData("pipelines", false)]
    [InlineData("US", false)]
    [InlineData("kash", false)]
    [InlineData("strikes", false)]
    [InlineData("what did Pakistan and Iran sign in April 2024", false)]
    [InlineData("what did Pakistan and Iran sign in April 2024", true)]
    [InlineData("gas pipeline Turkmenistan", true)]
    public async Task OneStatementOverAllKindsScoresAsEachKindAlone(string input, bool anyWord)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var plan = SearchPlan.For(FtsQuery.Parse(input)!, await SearchIndex.LexiconAsync(db));
        Assert.True(plan.Postings <= SearchIndex.Cap, "the real corpus is scored in one statement");

        var together = await SearchIndex.ScoreKindsAsync(db, plan, SearchIndex.Kinds, anyWord, top: 15);
        var alone = new List<KindMatches>();
        foreach (var kind in SearchIndex.Kinds)
        {
            alone.Add(await SearchIndex.ScoreAsync(db, plan, kind, anyWord, top: 15));
        }

        Assert.Equal(Describe(alone), Describe(together));
        Assert.Contains(together, m => m.Count > 0);
    }

    [Fact]
    public async Task OneKindIsScoredOnItsOwn()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var plan = SearchPlan.For(FtsQuery.Parse("strikes")!, await SearchIndex.LexiconAsync(db));

        var events = Assert.Single(await SearchIndex.ScoreKindsAsync(db, plan, ["event"]));

        Assert.Equal("event", events.Kind);
        Assert.NotEmpty(events.Rows);
        Assert.True(events.Count < (await SearchIndex.ScoreKindsAsync(db, plan, SearchIndex.Kinds)).Sum(m => m.Count), "other kinds match too");
        Assert.All(events.Rows, r => Assert.Equal("event", SearchIndex.KindOf(r.Id)));
    }

    private static List<string> Describe(IEnumerable<KindMatches> matches) =>
        matches.Select(m => $"{m.Kind} {m.Count} {m.More}: " + string.Join(", ", m.Rows.Select(r => $"{r.Id}/{r.Score:R}/{r.Exact}"))).ToList();
}
