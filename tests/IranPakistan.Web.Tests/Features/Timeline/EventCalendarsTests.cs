using System.Text.Json;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Tests.Features.Timeline;

/// <summary>Every exact date on a page carries its Solar Hijri and Hijri equivalents; which show is the reader's choice, made in the browser.</summary>
public sealed class EventCalendarsTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Fact]
    public async Task EventPageShowsItsDateInThreeCalendars()
    {
        var page = await factory.GetPageAsync(Urls.Event("iran-strike-jaish-al-adl-baluchistan"));

        var date = page.QuerySelector(".event-page__date .dates");
        Assert.NotNull(date);
        Assert.Equal("2024-01-16", date.QuerySelector("time.cal-gregorian")?.GetAttribute("datetime"));
        // The source gives "January 16" without a year: the inferred year keeps its brackets in every calendar.
        Assert.Equal("· 26 Dey [1402] SH", date.QuerySelector(".cal-persian")?.TextContent.Trim());
        Assert.Equal("· 4 Rajab [1445] AH", date.QuerySelector(".cal-hijri")?.TextContent.Trim());
        Assert.Contains("Solar Hijri", date.QuerySelector(".cal-persian")?.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RangeOfDaysIsARangeInEveryCalendar()
    {
        var page = await factory.GetPageAsync(Urls.Event("raisi-visit-to-pakistan"));

        var date = page.QuerySelector(".event-page__date .dates");
        Assert.Equal("· 3–5 Ordibehesht 1403 SH", date?.QuerySelector(".cal-persian")?.TextContent.Trim());
    }

    [Fact]
    public async Task MonthAndYearShowTheirSpans()
    {
        var month = await factory.GetPageAsync(Urls.Event("us-treasury-blacklists-zeynabiyoun"));
        Assert.Equal("· Dey–Bahman 1397 SH", month.QuerySelector(".event-page__date .cal-persian")?.TextContent.Trim());

        var year = await factory.GetPageAsync(Urls.Event("kashmir-violence-1989"));
        Assert.Equal("· 1367–1368 SH", year.QuerySelector(".event-page__date .cal-persian")?.TextContent.Trim());
    }

    [Fact]
    public async Task TimelineGivesNoOtherCalendarToDatesInWords()
    {
        var page = await factory.GetPageAsync(Urls.Timeline);

        var vague = page.QuerySelectorAll(".date--vague, .date--none, .date--words");
        Assert.NotEmpty(vague);
        Assert.All(vague, v => Assert.Null(v.ParentElement?.QuerySelector(".date-alt")));
        Assert.NotEmpty(page.QuerySelectorAll(".dates .cal-persian"));
    }

    [Fact]
    public async Task EveryPageOffersTheChoiceAndLoadsTheScriptThatKeepsIt()
    {
        var page = await factory.GetPageAsync(Urls.Home);

        var form = page.QuerySelector("footer form.calendar-choice");
        Assert.NotNull(form);
        Assert.True(form.HasAttribute("hidden")); // shown by the script, which alone can keep the choice
        Assert.Equal(["gregorian", "persian", "hijri"], form.QuerySelectorAll("input[name=cal]").Select(i => i.GetAttribute("value")));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.Contains("js/calendars", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChoiceInTheUrlIsTheSameCachedPage()
    {
        // The server never reads ?cal= (the browser does): one cached answer for every choice.
        var plain = await factory.GetOkAsync(Urls.Event("iran-strike-jaish-al-adl-baluchistan"));
        var chosen = await factory.GetOkAsync(Urls.Event("iran-strike-jaish-al-adl-baluchistan") + "?cal=hijri");

        Assert.Equal(plain, chosen);
    }

    [Fact]
    public async Task EventJsonCarriesTheCalendars()
    {
        using var json = JsonDocument.Parse(await factory.Client.GetStringAsync("/api/events/iran-strike-jaish-al-adl-baluchistan"));

        var calendars = json.RootElement.GetProperty("event").GetProperty("date").GetProperty("calendars");
        Assert.Equal("26 Dey [1402]", calendars.GetProperty("persian").GetString());
        Assert.Equal("4 Rajab [1445]", calendars.GetProperty("hijri").GetString());
    }
}
