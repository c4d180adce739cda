using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>At 1280 px the topic and episode pages use the width: the contents list sits beside the text and stays in view.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WideLayoutTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/topics/trade")]
    [InlineData("/episodes/january-2024-strikes")]
    public Task TheContentsListSitsBesideTheTextAndStaysInViewWhileScrolling(string url) => browser.RunAsync(async page =>
    {
        await page.GotoAsync(url);
        var aside = page.Locator(".with-aside__aside");
        var main = page.Locator(".with-aside__main");
        var a = await aside.BoundingBoxAsync();
        var m = await main.BoundingBoxAsync();
        Assert.True(a!.X >= m!.X + m.Width, $"The aside (x={a.X}) should be right of the text (ends at {m.X + m.Width})");

        await page.Mouse.WheelAsync(0, 2500);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "On this page" })).ToBeInViewportAsync();
    }, new() { ViewportSize = new() { Width = 1280, Height = 900 } });

    [Fact]
    public Task OnAPhoneTheContentsComeAfterTheHeaderAndBeforeTheText() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Topic("trade"));
        var h1 = await page.Locator("h1").BoundingBoxAsync();
        var contents = await page.GetByRole(AriaRole.Navigation, new() { Name = "On this page" }).BoundingBoxAsync();
        var overview = await page.Locator("#overview-heading").BoundingBoxAsync();
        Assert.True(h1!.Y < contents!.Y && contents.Y < overview!.Y, "header, contents, text, top to bottom");
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"The topic page is {width} px wide on a 360 px phone");
    }, new() { ViewportSize = new() { Width = 360, Height = 800 } });
}
