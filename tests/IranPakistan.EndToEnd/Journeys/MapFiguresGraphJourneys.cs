using System.Globalization;
using System.Text.RegularExpressions;
using IranPakistan.EndToEnd.Infrastructure;
using IranPakistan.Web.Features.Places.Map;
using IranPakistan.Web.Shared.Links;

namespace IranPakistan.EndToEnd.Journeys;

/// <summary>A reader looks: where places are, how big the numbers are, who is tied to whom — and has a text equivalent of each.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MapFiguresGraphJourneys(BrowserFixture browser)
{
    private static readonly string[] _placesTheIssueNames = ["taftan", "mirjaveh", "rimdan", "pishin", "baluchistan", "saravan", "gwadar", "chahbahar"];

    [Fact]
    public Task ClickingAMarkerOpensItsPanelWhichLeadsToThePlacePage() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Map);
        await Expect(page.Locator("main aside.panel h2")).ToHaveTextAsync("Choose a place");

        await page.Locator("main .map a.marker[data-place='gwadar']").ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.Url(Urls.MapPlace("gwadar")));
        var panel = page.Locator("main aside.panel");
        await Expect(panel.Locator("h2")).ToHaveTextAsync("Gwadar");
        await panel.GetByRole(AriaRole.Link, new() { Name = "Everything about Gwadar" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Place("gwadar")));
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Gwadar");
    });

    [Fact]
    public Task KeyboardZoomsAndPansTheMapAndReachesTheMarkers() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Map);
        var map = page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("map", RegexOptions.IgnoreCase) });
        var geo = page.Locator("main [data-map-geo]");
        // The controls appear once the script has set the map up.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Zoom in" })).ToBeVisibleAsync();
        var start = await ViewBoxAsync(geo);

        await map.FocusAsync();
        await page.Keyboard.PressAsync("+");
        await Expect(geo).Not.ToHaveAttributeAsync("viewBox", start);
        Assert.True(Width(await ViewBoxAsync(geo)) < Width(start), "+ zooms in: the view gets narrower");
        var zoomed = await ViewBoxAsync(geo);
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(geo).Not.ToHaveAttributeAsync("viewBox", zoomed);
        var panned = await ViewBoxAsync(geo);
        Assert.True(X(panned) > X(zoomed), "the right arrow pans right");
        await page.Keyboard.PressAsync("0");
        await Expect(geo).Not.ToHaveAttributeAsync("viewBox", panned);
        Assert.Equal(Width(start), Width(await ViewBoxAsync(geo)), 0.5);

        // Zooming in stops at the smallest view the server allows (data-min-width), in the views' aspect.
        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("+");
        }

        var minWidth = ViewBox.MinWidth.ToString("0.0", CultureInfo.InvariantCulture);
        await Expect(geo).ToHaveAttributeAsync("viewBox", new Regex($@" {Regex.Escape(minWidth)} [0-9.]+$"));
        var smallest = await ViewBoxAsync(geo);
        Assert.Equal(MapProjection.Aspect, Width(smallest) / double.Parse(smallest.Split(' ')[3], CultureInfo.InvariantCulture), 2);
        await page.Keyboard.PressAsync("0");
        await Expect(geo).Not.ToHaveAttributeAsync("viewBox", smallest);
        Assert.Equal(Width(start), Width(await ViewBoxAsync(geo)), 0.5);

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("main .map a.marker").First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/map\?place=[a-z0-9-]+$"));
        await Expect(page.Locator("main aside.panel h2")).Not.ToHaveTextAsync("Choose a place");
    });

    [Fact]
    public Task MapListsEveryPlaceByKindForThoseWhoCannotUseTheMap() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Map);

        var list = page.Locator("main section.place-list");
        await Expect(list.Locator("h2").First).ToHaveTextAsync("Places on the map");
        foreach (var slug in _placesTheIssueNames)
        {
            await Expect(list.Locator($"a[href='/places/{slug}']")).ToHaveCountAsync(1);
        }

        Assert.True(await list.Locator("h3").CountAsync() >= 3, "the place list is grouped by kind under headings");
    });

    [Fact]
    public Task FiguresPageChartsCarryACitedDataTable() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Home);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Figures" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Figures");

        var charts = page.Locator("main figure[id^='chart-']");
        Assert.True(await charts.CountAsync() >= 4, "expected the source's numbers as several charts");
        foreach (var chart in await charts.AllAsync())
        {
            await Expect(chart.Locator("svg")).ToBeVisibleAsync();
            var marks = await chart.Locator("svg rect.mark").CountAsync();
            // The chart's table is behind a disclosure (FigureChart): one tap opens it.
            await chart.Locator("details.chart__data > summary").ClickAsync();
            var rows = chart.Locator("table tbody tr");
            await Expect(rows).ToHaveCountAsync(marks);
            foreach (var row in await rows.AllAsync())
            {
                await Expect(row.Locator("a.cite").First).ToBeVisibleAsync();
            }
        }
    });

    [Fact]
    public Task GraphFiltersByTieTypeAndANodeOpensItsActor() => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Actors);
        await page.Locator("main a[href='/actors/graph']").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url(Urls.ActorGraph));

        await page.GetByLabel("Type of tie").SelectOptionAsync("strike");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/actors/graph\?(.*&)?type=strike"));
        var types = await page.Locator("main table.tie-table tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.type)");
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("strike", t));

        await page.Locator("main .actor-graph a[href='/actors/jaish-al-adl']").ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Url(Urls.Actor("jaish-al-adl")));
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Jaish al-Adl");
    });

    // Every label the map shows, with its box and whether its box lies inside the map's frame and clears the others.
    private const string LabelLayoutScript = """
        root => {
            const frame = root.querySelector('.map__svg').getBoundingClientRect();
            const shown = [...root.querySelectorAll('.marker__label, .map__country-name')]
                .map(t => ({ text: t.textContent, r: t.getBoundingClientRect(), place: !!t.closest('.marker') }))
                .filter(l => l.r.width > 0);
            const hits = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
            return {
                // Places inside the view whose label does not show (Davos and Beijing lie outside the default view).
                hidden: [...root.querySelectorAll('.marker')]
                    .filter(m => { const p = m.querySelector('.marker__pos'); return [p.getAttribute('x'), p.getAttribute('y')].every(v => parseFloat(v) >= 0 && parseFloat(v) <= 100); })
                    .map(m => m.querySelector('.marker__label')).filter(t => t.getBoundingClientRect().width === 0).map(t => t.textContent),
                cut: shown.filter(l => l.r.left < frame.left || l.r.right > frame.right || l.r.top < frame.top || l.r.bottom > frame.bottom).map(l => l.text),
                overlapping: shown.flatMap((a, i) => shown.slice(i + 1).filter(b => hits(a.r, b.r)).map(b => a.text + ' / ' + b.text)),
            };
        }
        """;

    private sealed class LabelLayout
    {
        public string[] Hidden { get; set; } = [];

        public string[] Cut { get; set; } = [];

        public string[] Overlapping { get; set; } = [];
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    [InlineData(360, 800)]
    public Task NoLabelIsCutByTheFrameOrCoversAnotherAtTheDefaultView(int width, int height) => browser.RunAsync(async page =>
    {
        await page.GotoAsync(Urls.Map);
        // The script has laid the labels out once the controls show.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Zoom in" })).ToBeVisibleAsync();

        var layout = await page.Locator("main [data-map]").EvaluateAsync<LabelLayout>(LabelLayoutScript);

        Assert.Empty(layout.Cut);
        Assert.Empty(layout.Overlapping);
        if (width >= 1280)
        {
            // On a wide screen every place is named at the default view (beside its marker or on a leader line).
            Assert.Empty(layout.Hidden);
        }
    }, new() { ViewportSize = new() { Width = width, Height = height } }, caseName: $"{width}px");

    private static async Task<string> ViewBoxAsync(ILocator geo) => (await geo.GetAttributeAsync("viewBox"))!;

    private static double X(string viewBox) => double.Parse(viewBox.Split(' ')[0], CultureInfo.InvariantCulture);

    private static double Width(string viewBox) => double.Parse(viewBox.Split(' ')[2], CultureInfo.InvariantCulture);
}
