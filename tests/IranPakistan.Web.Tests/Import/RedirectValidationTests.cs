using IranPakistan.Web.Tests.TestSupport;

namespace IranPakistan.Web.Tests.Import;

/// <summary>seeds/redirects.yaml: old slugs kept alive, checked by the import (docs/seed-format.md#redirects).</summary>
public sealed class RedirectValidationTests
{
    private static SeedCheckResult Check(string redirects)
    {
        using var seeds = SeedFolder.CreateValid();
        seeds.Write("redirects.yaml", "redirects:\n" + redirects);
        return SeedCheck.Run(seeds.Path);
    }

    [Fact]
    public void ARedirectToALiveSlugIsKept()
    {
        var result = Check("""
              - kind: event
                from: pakistan-strikes-saravan-2024
                to: pakistan-strikes-saravan
              - kind: actor
                from: balochistan-liberation-army
                to: bla
            """);

        Assert.True(result.Content is not null, result.Report);
        Assert.Equal(
            [("actor", "balochistan-liberation-army", "bla"), ("event", "pakistan-strikes-saravan-2024", "pakistan-strikes-saravan")],
            result.Content.Redirects.Select(r => (r.Kind, r.FromSlug, r.ToSlug)).Order().ToList());
    }

    [Fact]
    public void AnExplicitlyEmptyListIsAllowedButAnEmptiedFileIsNot()
    {
        using var seeds = SeedFolder.CreateValid();
        seeds.Write("redirects.yaml", "# none yet\nredirects: []\n");
        var empty = SeedCheck.Run(seeds.Path);
        seeds.Write("redirects.yaml", "# none yet\n");
        var emptied = SeedCheck.Run(seeds.Path);

        Assert.True(empty.Content is not null, empty.Report);
        Assert.Empty(empty.Content.Redirects);
        Assert.Null(emptied.Content);
        Assert.Contains(emptied.Errors, e => e.File == "redirects.yaml" && e.Message.Contains("holds no content", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("event", "old-strike", "no-such-event", "unknown event 'no-such-event'")]
    [InlineData("event", "pakistan-strikes-saravan", "pakistan-strikes-saravan", "that slug is live")]
    [InlineData("event", "old-strike", "old-strike", "points to itself")]
    [InlineData("actor", "old-bla", "pakistan-strikes-saravan", "unknown actor")]
    [InlineData("person", "old-bla", "bla", "a redirect needs a 'kind'")]
    [InlineData("actor", "Old BLA", "bla", "a slug may hold only")]
    public void ABadRedirectIsReportedAtItsLine(string kind, string from, string to, string problem)
    {
        var result = Check($"  - kind: {kind}\n    from: {from}\n    to: {to}\n");

        Assert.Null(result.Content);
        Assert.Contains(result.Errors, e => e.File == "redirects.yaml" && e.Line == 2 && e.Message.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void ChainsAndLoopsAreRefused()
    {
        var chain = Check("""
              - kind: event
                from: first-name
                to: second-name
              - kind: event
                from: second-name
                to: pakistan-strikes-saravan
            """);
        var loop = Check("""
              - kind: place
                from: a-place
                to: b-place
              - kind: place
                from: b-place
                to: a-place
            """);

        Assert.Null(chain.Content);
        Assert.Contains(chain.Errors, e => e.Line == 2 && e.Message.Contains("itself redirected", StringComparison.Ordinal));
        Assert.Null(loop.Content);
        Assert.Equal(2, loop.Errors.Count(e => e.Message.Contains("itself redirected", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnOldSlugIsRedirectedOncePerKind()
    {
        var result = Check("""
              - kind: event
                from: old-strike
                to: pakistan-strikes-saravan
              - kind: event
                from: old-strike
                to: pakistan-strikes-saravan
              - kind: actor
                from: old-strike
                to: bla
            """);

        Assert.Null(result.Content);
        var error = Assert.Single(result.Errors);
        Assert.Equal(5, error.Line);
        Assert.Contains("redirected twice (first at redirects.yaml:2)", error.Message, StringComparison.Ordinal);
    }
}
