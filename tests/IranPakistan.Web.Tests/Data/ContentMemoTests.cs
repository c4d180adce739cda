using IranPakistan.Web.Data;
using IranPakistan.Web.Tests.TestSupport;

namespace IranPakistan.Web.Tests.Data;

/// <summary>What is derived from the content is computed once per content version, and again after an import.</summary>
public sealed class ContentMemoTests
{
    [Fact]
    public async Task AValueIsComputedOnceAndSharedByConcurrentCallers()
    {
        using var database = new TestDatabase();
        var memo = new ContentMemo(database.Content);
        var computed = 0;
        var gate = new TaskCompletionSource();

        var calls = Enumerable.Range(0, 8).Select(_ => memo.GetAsync("answer", async () =>
        {
            Interlocked.Increment(ref computed);
            await gate.Task;
            return "42";
        })).ToList();
        gate.SetResult();

        Assert.All(await Task.WhenAll(calls), v => Assert.Equal("42", v));
        Assert.Equal(1, computed);
    }

    [Fact]
    public async Task ANewContentVersionComputesAgain()
    {
        using var database = new TestDatabase();
        using var folder = SeedFolder.CreateValid();
        await database.Importer().ImportAsync(folder.Path);
        var memo = new ContentMemo(database.Content);
        var computed = 0;
        Task<string> Get() => memo.GetAsync("names", () => Task.FromResult($"computed {Interlocked.Increment(ref computed)}"));
        Assert.Equal("computed 1", await Get());
        Assert.Equal("computed 1", await Get());

        folder.Replace("actors.yaml", "name: Balochistan Liberation Army", "name: Baloch Liberation Army");
        await database.Importer().ImportAsync(folder.Path);

        Assert.Equal("computed 2", await Get());
    }

    [Fact]
    public async Task AFailureIsNotKept()
    {
        using var database = new TestDatabase();
        var memo = new ContentMemo(database.Content);
        var attempts = 0;
        Task<string> Get() => memo.GetAsync("flaky", () => ++attempts == 1
            ? Task.FromException<string>(new InvalidOperationException("the database was busy"))
            : Task.FromResult("fine"));

        await Assert.ThrowsAsync<InvalidOperationException>(Get);

        Assert.Equal("fine", await Get());
    }
}
