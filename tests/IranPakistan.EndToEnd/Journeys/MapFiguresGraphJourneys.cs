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

    // Every label the map shows, with its box and whether its box lies inside the map's frame and clears the others,
    // and every leader line drawn (on the page, from its two ends) and what it runs through or across.
    private const string LabelLayoutScript = """
        root => {
            const frame = root.querySelector('.map__svg').getBoundingClientRect();
            const shown = [...root.querySelectorAll('.marker__label, .map__country-name')]
                .map(t => ({ text: t.textContent, r: t.getBoundingClientRect(), place: !!t.closest('.marker') }))
                .filter(l => l.r.width > 0);
            const hits = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
            const nameOf = el => el.closest('.marker').querySelector('.marker__label').textContent;
            const lines = [...root.querySelectorAll('.marker__leader')].filter(l => getComputedStyle(l).display !== 'none').map(l => {
                const m = l.getScreenCTM();
                const [a, b] = [[l.x1, l.y1], [l.x2, l.y2]].map(([x, y]) => new DOMPoint(x.baseVal.value, y.baseVal.value).matrixTransform(m));
                return { name: nameOf(l), x1: a.x, y1: a.y, x2: b.x, y2: b.y };
            });
            // Whether a segment runs through a box's inside (shrunk by half a pixel), or two segments cross.
            const cuts = (l, r) => {
                let t0 = 0, t1 = 1;
                const dx = l.x2 - l.x1, dy = l.y2 - l.y1;
                for (const [p, q] of [[-dx, l.x1 - r.left - 0.5], [dx, r.right - 0.5 - l.x1], [-dy, l.y1 - r.top - 0.5], [dy, r.bottom - 0.5 - l.y1]]) {
                    if (p === 0) { if (q <= 0) return false; continue; }
                    const t = q / p;
                    if (p < 0) t0 = Math.max(t0, t); else t1 = Math.min(t1, t);
                    if (t0 >= t1) return false;
                }
                return true;
            };
            const turn = (a, b, c) => Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
            const crosses = (a, b) => {
                const [p, q, r, s] = [{ x: a.x1, y: a.y1 }, { x: a.x2, y: a.y2 }, { x: b.x1, y: b.y1 }, { x: b.x2, y: b.y2 }];
                return turn(p, q, r) * turn(p, q, s) < 0 && turn(r, s, p) * turn(r, s, q) < 0;
            };
            const shapes = [...root.querySelectorAll('.marker-shape')].map(s => ({ name: nameOf(s), r: s.getBoundingClientRect() })).filter(s => s.r.width > 0);
            return {
                // Places inside the view whose label does not show (Davos and Beijing lie outside the default view).
                hidden: [...root.querySelectorAll('.marker')]
                    .filter(m => { const p = m.querySelector('.marker__pos'); return [p.getAttribute('x'), p.getAttribute('y')].every(v => parseFloat(v) >= 0 && parseFloat(v) <= 100); })
                    .map(m => m.querySelector('.marker__label')).filter(t => t.getBoundingClientRect().width === 0).map(t => t.textContent),
                cut: shown.filter(l => l.r.left < frame.left || l.r.right > frame.right || l.r.top < frame.top || l.r.bottom > frame.bottom).map(l => l.text),
                overlapping: shown.flatMap((a, i) => shown.slice(i + 1).filter(b => hits(a.r, b.r)).map(b => a.text + ' / ' + b.text)),
                lines: lines.length,
                tangled: [
                    ...lines.flatMap((a, i) => lines.slice(i + 1).filter(b => crosses(a, b)).map(b => `${a.name}'s line crosses ${b.name}'s`)),
                    ...lines.flatMap(l => shapes.filter(s => s.name !== l.name && cuts(l, s.r)).map(s => `${l.name}'s line runs through ${s.name}'s marker`)),
                    ...lines.flatMap(l => shown.filter(t => t.text !== l.name && cuts(l, t.r)).map(t => `${l.name}'s line runs through the label ${t.text}`)),
                ],
            };
        }
        """;

    private sealed class LabelLayout
    {
        public string[] Hidden { get; set; } = [];

        public string[] Cut { get; set; } = [];

        public string[] Overlapping { get; set; } = [];

        public int Lines { get; set; }

        public string[] Tangled { get; set; } = [];
    }

    [Theory]
    [InlineData(Urls.Map, 1280, 900)]
    [InlineData(Urls.Map, 390, 844)]
    [InlineData(Urls.Map, 360, 800)]
    [InlineData("/embed/map", 390, 844)]
    [InlineData("/embed/map", 360, 800)]
    [InlineData("/places/baluchistan", 390, 844)]
    [InlineData("/places/baluchistan", 360, 800)]
    public Task EveryPlaceIsNamedAtTheDefaultViewWithNoLabelCutOrCovered(string path, int width, int height) => browser.RunAsync(async page =>
    {
        await page.GotoAsync(path);
        var map = page.Locator("main [data-map]");
        // The script has laid the labels out once the pannable map's controls show (a place page's map is a picture).
        if (await map.GetAttributeAsync("data-map") == "interactive")
        {
            await Expect(map.GetByRole(AriaRole.Button, new() { Name = "Zoom in" })).ToBeVisibleAsync();
        }

        var layout = await map.EvaluateAsync<LabelLayout>(LabelLayoutScript);

        // Every place in the view is named (beside its marker or out on a leader line), in the frame, on its own,
        // and no leader line crosses another or runs through a marker or a label.
        Assert.Empty(layout.Hidden);
        Assert.Empty(layout.Cut);
        Assert.Empty(layout.Overlapping);
        Assert.Empty(layout.Tangled);
        if (path == Urls.Map && width < 400)
        {
            // On a phone the border's crowd needs the leader lines: the check above has lines to look at.
            Assert.True(layout.Lines > 5, $"{layout.Lines} leader lines");
        }
    }, new() { ViewportSize = new() { Width = width, Height = height } }, caseName: $"{path.Trim('/').Replace('/', '-')}-{width}px");

    private static async Task<string> ViewBoxAsync(ILocator geo) => (await geo.GetAttributeAsync("viewBox"))!;

    private static double X(string viewBox) => double.Parse(viewBox.Split(' ')[0], CultureInfo.InvariantCulture);

    private static double Width(string viewBox) => double.Parse(viewBox.Split(' ')[2], CultureInfo.InvariantCulture);
}
