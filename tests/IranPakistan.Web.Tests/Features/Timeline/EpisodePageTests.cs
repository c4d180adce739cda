using System.Net;
using AngleSharp.Dom;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Tests.Features.Timeline;

/// <summary>/episodes/{slug}: an episode as one story, over the real seeds.</summary>
public sealed class EpisodePageTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    public static TheoryData<string> Slugs => new() { "january-2024-strikes", "april-2024-visit" };

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task TellsEveryEventOfTheEpisodeInTimelineOrderEachWithItsCitations(string slug)
    {
        var (title, expected) = await factory.QueryAsync(async db => (
            await db.Episodes.Where(e => e.Slug == slug).Select(e => e.Title).SingleAsync(),
            await db.Events.Where(e => e.Episode == slug).OrderBy(e => e.TimelineOrder).Select(e => e.Slug).ToListAsync()));

        var page = await factory.GetPageAsync(Urls.Episode(slug));

        Assert.Equal(title, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll("header .lede a.cite"));
        var moments = page.QuerySelectorAll(".days .moment").ToList();
        Assert.Equal(expected.Select(Urls.Event), moments.Select(m => m.QuerySelector("h4 a")?.GetAttribute("href")));
        Assert.All(moments, m => Assert.NotEmpty(m.QuerySelectorAll("a.cite[href^='/sources/iran-pakistan-relations?quote=']")));
    }

    [Fact]
    public async Task DaysAreAsPreciseAsTheSourceAndRelativeEventsGetNoDay()
    {
        var page = await factory.GetPageAsync(Urls.Episode("january-2024-strikes"));

        var days = page.QuerySelectorAll(".days > .day").ToList();
        var strike = DayOf(days, "iran-strike-jaish-al-adl-baluchistan");
        Assert.Equal(("2024-01-16", "16 January [2024]"), (strike.QuerySelector("h3 time")?.GetAttribute("datetime"), strike.QuerySelector("h3 time")?.TextContent));
        Assert.Contains("Year inferred", strike.QuerySelector("h3 time")?.GetAttribute("title"), StringComparison.Ordinal);

        // Dated only between two events: its words, no <time>, never a day of its own.
        var recall = DayOf(days, "iran-pakistan-recall-diplomatic-ties");
        Assert.Null(recall.QuerySelector("h3 time"));
        Assert.Equal("Between 16 and 26 January [2024] (day not given)", recall.QuerySelector("h3")?.TextContent.Trim());

        // Two events the source places "during" the strikes share one date heading.
        var drills = DayOf(days, "joint-naval-drills-january-2024");
        Assert.Same(drills, DayOf(days, "davos-high-level-meetings"));
    }

    [Fact]
    public async Task TheVisitListsWhatWasAgreedWithStatusesAndWhatCameBefore()
    {
        var agreed = await factory.QueryAsync(async db => await db.Agreements
            .Where(a => a.Event != null && a.Event.Episode == "april-2024-visit").Select(a => a.Slug).ToListAsync());

        var page = await factory.GetPageAsync(Urls.Episode("april-2024-visit"));

        Assert.NotEmpty(agreed);
        var links = page.QuerySelectorAll(".agreed > li > a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(agreed.Select(Urls.Agreement).Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        Assert.All(page.QuerySelectorAll(".agreed > li"), li => Assert.NotNull(li.QuerySelector(".status")));
        // What led to it: the strikes, as an episode with its cited description.
        var before = page.QuerySelector("section[aria-labelledby='before-heading']")!;
        Assert.Contains(before.QuerySelectorAll("a"), a => a.GetAttribute("href") == Urls.Episode("january-2024-strikes"));
        var after = page.QuerySelector("section[aria-labelledby='after-heading']")!;
        Assert.DoesNotContain(after.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith("/episodes/", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task WhatCameBeforeAndAfterIsOnlyWhatTheSourceCertainlyDatesEarlierOrLater()
    {
        var strikes = await factory.GetPageAsync(Urls.Episode("january-2024-strikes"));

        var before = strikes.QuerySelector("section[aria-labelledby='before-heading']")!;
        var earlier = before.QuerySelectorAll(".episode-events > li > a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.InRange(earlier.Count, 1, 3);
        var firstDay = new DateOnly(2024, 1, 16);
        foreach (var href in earlier)
        {
            var slug = href["/events/".Length..];
            var date = await factory.QueryAsync(async db => PartialDate.FromJson(await db.Events.Where(e => e.Slug == slug).Select(e => e.DateJson).SingleAsync()));
            Assert.True(date.Latest < firstDay, $"{slug} ({date.Text}) is not certainly before the strikes");
        }

        // The visit follows; the undated Doha meeting (February, no year) is never put after the strikes.
        var after = strikes.QuerySelector("section[aria-labelledby='after-heading']")!;
        Assert.Contains(after.QuerySelectorAll("a"), a => a.GetAttribute("href") == Urls.Episode("april-2024-visit"));
        Assert.DoesNotContain(after.QuerySelectorAll("a"), a => a.GetAttribute("href") == Urls.Event("doha-special-representatives-meeting"));
    }

    [Fact]
    public async Task EditorsNotesOnTheEpisodesEventsShowApartFromTheFacts()
    {
        var noted = await factory.QueryAsync(async db =>
        {
            var events = await db.Events.Where(e => e.Episode == "january-2024-strikes").Select(e => e.Slug).ToListAsync();
            return await db.EditorNotes.Where(n => n.SubjectKind == "event" && events.Contains(n.SubjectSlug)).Select(n => n.Slug).ToListAsync();
        });

        var page = await factory.GetPageAsync(Urls.Episode("january-2024-strikes"));

        Assert.All(noted, slug => Assert.NotNull(page.QuerySelector($"aside.editor-notes #note-{slug}")));
    }

    [Fact]
    public async Task EpisodesAreLinkedFromTheHomePageTheTimelineAndTheirEvents()
    {
        var href = Urls.Episode("january-2024-strikes");

        Assert.Contains((await factory.GetPageAsync(Urls.Home)).QuerySelectorAll(".story a"), a => a.GetAttribute("href") == href);
        Assert.Contains((await factory.GetPageAsync(Urls.Timeline)).QuerySelectorAll(".episode a"), a => a.GetAttribute("href") == href);
        Assert.Contains((await factory.GetPageAsync(Urls.Event("pakistan-strikes-saravan"))).QuerySelectorAll("header a"), a => a.GetAttribute("href") == href);
    }

    [Fact]
    public async Task AnUnknownEpisodeIsNotFound()
    {
        using var page = await factory.Client.GetAsync(Urls.Episode("no-such-episode"));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    private static IElement DayOf(List<IElement> days, string slug) =>
        days.Single(d => d.QuerySelector($"#{Urls.TimelineEntryId(slug)}") is not null);
}
