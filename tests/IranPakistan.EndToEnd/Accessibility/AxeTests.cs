using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using IranPakistan.EndToEnd.Infrastructure;
using static System.FormattableString;

namespace IranPakistan.EndToEnd.Accessibility;

/// <summary>axe-core finds no WCAG 2.2 AA violation on any kind of page, in the light or the dark theme.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserFixture browser)
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Theory]
    [MemberData(nameof(SitePages.KindsInBothSchemes), MemberType = typeof(SitePages))]
    public Task PageHasNoWcagViolations(string kind, ColorScheme scheme) => browser.RunAsync(async page =>
    {
        await page.GotoAsync(SitePages.ByKind[kind]);
        await Expect(page.Locator("main h1")).ToBeVisibleAsync();

        await AssertNoViolationsAsync(page);
    }, new() { ColorScheme = scheme }, caseName: $"{kind}-{scheme}");

    internal static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
        });

        Assert.True(result.Violations.Length == 0, Describe(page.Url, result.Violations));
    }

    private static string Describe(string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder(Invariant($"{violations.Length} axe violation(s) on {url}:"));
        foreach (var v in violations)
        {
            text.Append(Invariant($"\n- {v.Id} ({v.Impact}): {v.Help} [{v.HelpUrl}]"));
            foreach (var node in v.Nodes.Take(8))
            {
                text.Append(Invariant($"\n    {node.Target}  {node.Html}"));
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var message in checks.Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m)).Distinct())
                {
                    text.Append(Invariant($"\n      {message}"));
                }
            }

            if (v.Nodes.Length > 8)
            {
                text.Append(Invariant($"\n    … and {v.Nodes.Length - 8} more"));
            }
        }

        return text.ToString();
    }
}
