using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>A reader follows an episode as one story: from the front page, day by day, to the next episode.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EpisodeJourneys(BrowserFixture browser)
{
    [Fact]
    public Task FromTheFrontPageThroughTheStrikesDayByDayToTheVisit() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        await page.Locator(".story").GetByRole(AriaRole.Link, new() { Name = "January 2024 strikes", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Episode("january-2024-strikes")));
        await Expect(page.Locator("h1")).ToHaveTextAsync("January 2024 strikes");

        // The contents list jumps to the days; the first day is the strike, dated as the source does.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "On this page" }).GetByRole(AriaRole.Link, new() { Name = "Day by day" }).ClickAsync();
        await Expect(page.Locator("#days-heading")).ToBeInViewportAsync();
        await Expect(page.Locator(".day time").First).ToHaveTextAsync("16 January [2024]");

        // What followed: the visit, one click away.
        var after = page.Locator("section[aria-labelledby='after-heading']");
        await after.GetByRole(AriaRole.Link, new() { Name = "April 2024 visit" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Episode("april-2024-visit")));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What was agreed, and what became of it" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task OnAPhoneTheDaysAreACompactVerticalTimelineThatFitsTheWidth() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Episode("april-2024-visit"));
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"The episode page is {width} px wide on a 360 px phone");

        // Dates and their events stack in one column: each event starts below its date, not beside it.
        var day = page.Locator(".days > .day").First;
        var date = await day.Locator(".day__date").BoundingBoxAsync();
        var firstEvent = await day.Locator(".moment").First.BoundingBoxAsync();
        Assert.True(firstEvent!.Y >= date!.Y + date.Height - 1, "The first event should start below its date");
        Assert.True(firstEvent.X - date.X < 20, "Date and event should share the left edge on a phone");
    }, new() { ViewportSize = new() { Width = 360, Height = 800 } });
}
