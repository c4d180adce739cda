using IranPakistan.Web.Features.Home;
using IranPakistan.Web.Tests.Features.Timeline;
namespace IranPakistan.Web.Tests.Features.Home;

/// <summary>The home page's latest events, over the hand-made timeline (see <see cref="MiniTimeline"/>).</summary>
public sealed class HomeQueriesTests : IDisposable
{
    private readonly MiniTimeline _db = new();
    private readonly HomeQueries _queries;

    public HomeQueriesTests() => _queries = new HomeQueries(_db);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task LatestEventsAreTheMostRecentTheSourceDatesNewestFirst()
    {
        var latest = await _queries.LatestEventsAsync(3);

        Assert.Equal(["visit-april", "iran-strike", "second-strike"], latest.Select(e => e.Slug));
    }
}
