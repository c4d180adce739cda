using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Features.Topics;

/// <summary>
/// Issue 12, "the article's arguments" (docs/coverage.md): the topic overviews carry every paragraph of
/// the source, and the arguments the fact-checker found missing are there, each cited.
/// </summary>
public sealed class ArgumentCoverageTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Fact]
    public async Task EveryParagraphOfTheSourceIsCitedByATopicOverview()
    {
        var uncovered = await factory.QueryAsync(db => db.Paragraphs
            .Where(p => !db.Citations.Any(c => c.ParagraphId == p.Id && c.TopicClaimId != null))
            .Select(p => p.Number)
            .ToListAsync());

        Assert.Empty(uncovered);
    }

    [Theory]
    [InlineData("trade", "Subsidized gasoline and oil")]
    [InlineData("trade", "routine power shortages")]
    [InlineData("trade", "could interfere with Islamabad")]
    [InlineData("soft-power", "symbol of resistance against American influence")]
    [InlineData("security", "vested interest in preventing any escalation")]
    [InlineData("security", "“Look East” and “Good Neighbour” policies")]
    [InlineData("soft-power", "a mix of pragmatism and ideology")]
    public async Task TheMissingArgumentsAreCarriedAndCited(string topic, string quoted)
    {
        var cited = await factory.QueryAsync(db => db.Citations
            .Where(c => c.TopicClaimId != null && c.TopicClaim!.Topic.Slug == topic)
            .Select(c => c.Quote)
            .ToListAsync());

        Assert.Contains(cited, q => q.Contains(quoted, StringComparison.Ordinal));
    }
}
