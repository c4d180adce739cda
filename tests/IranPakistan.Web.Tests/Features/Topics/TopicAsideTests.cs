using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Features.Topics;

/// <summary>A topic page's side column: the contents list and the topic at a glance, after the header and before the text.</summary>
public sealed class TopicAsideTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Fact]
    public async Task TheAsideHoldsTheContentsAndCountsThatLeadIntoThePage()
    {
        var (events, agreements) = await factory.QueryAsync(async db => (
            await db.Events.CountAsync(e => e.Topics.Any(t => t.Slug == "trade")),
            await db.Agreements.CountAsync(a => a.Topics.Any(t => t.Slug == "trade"))));

        var page = await factory.GetPageAsync(Urls.Topic("trade"));

        var aside = page.QuerySelector("article.topic > .with-aside__aside");
        Assert.NotNull(aside);
        Assert.NotNull(aside.QuerySelector("nav.on-this-page"));
        var glance = aside.QuerySelector(".glance")!;
        var timeline = glance.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == Urls.TimelineOf("topic", "trade"));
        Assert.StartsWith($"{events} event", timeline.TextContent, StringComparison.Ordinal);
        var tracker = glance.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == Urls.AgreementsOf("topic", "trade"));
        Assert.StartsWith($"{agreements} agreement", tracker.TextContent, StringComparison.Ordinal);
        // Reading order: the header, then the aside, then the text (the h1 stays the first heading).
        var children = page.QuerySelector("article.topic")!.Children.Select(c => c.ClassName).ToList();
        Assert.Equal(["page-header with-aside__header", "with-aside__aside", "with-aside__main"], children);
    }
}
