using Bunit;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Features.Topics;
using IranPakistan.Web.Shared.Charts;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Shared.Mentions;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Features.Topics;

public sealed class TopicComponentsTests : ExplorerTestContext
{
    [Fact]
    public void OverviewLinksEachClaimToItsQuotedSentence()
    {
        var claims = new List<ClaimView>
        {
            new("Iran struck two bases.", [new CitationView("src", 1, "Iran launched a missile strike")]),
            new("Both sides de-escalated.", [new CitationView("src", 2, "ambassadors resumed"), new CitationView("src", 3, "dialogue")]),
        };

        var cut = Render<TopicOverview>(p => p.Add(c => c.Claims, claims));

        var items = cut.FindAll(".claims li");
        Assert.Equal(2, items.Count);
        Assert.StartsWith("Iran struck two bases.", items[0].TextContent.Trim(), StringComparison.Ordinal);
        var links = items[1].QuerySelectorAll("a.cite");
        Assert.Equal(["/sources/src?quote=ambassadors%20resumed#p-2", "/sources/src?quote=dialogue#p-3"], links.Select(a => a.GetAttribute("href")));
        Assert.Contains("paragraph 2", links[0].GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void QuotesFromOneParagraphShareOneLinkThatHighlightsThemAll()
    {
        var claims = new List<ClaimView>
        {
            new("Three crossings; road travel is cheapest.", [new CitationView("src", 15, "Three border points"), new CitationView("src", 15, "most cost-effective route"), new CitationView("src", 16, "roughly $2 billion")]),
        };

        var cut = Render<TopicOverview>(p => p.Add(c => c.Claims, claims));

        var links = cut.FindAll("a.cite");
        Assert.Equal(["¶15", "¶16"], links.Select(a => a.TextContent));
        Assert.Equal("/sources/src?quote=Three%20border%20points&quote=most%20cost-effective%20route#p-15", links[0].GetAttribute("href"));
    }

    [Fact]
    public void FigureTableStatesHedgingAndCitesEveryNumber()
    {
        var figures = new List<FigureView>
        {
            new(Figure("informal", "Informal trade", 2_500_000_000m, FigureQualifier.Estimate, FigureUnit.Usd), [new CitationView("src", 16, "estimated at around $2.5 billion")]),
            new(Figure("trucks", "Trucks through Mirjaveh", 600m, FigureQualifier.Range, FigureUnit.TrucksPerDay, max: 700m), [new CitationView("src", 14, "600 to 700 trucks")]),
        };

        var cut = Render<FigureTable>(p => p.Add(c => c.Figures, figures));

        var rows = cut.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal("an estimated $2.5 billion", rows[0].QuerySelector(".figure-value")?.TextContent);
        Assert.Equal("600–700 trucks a day", rows[1].QuerySelector(".figure-value")?.TextContent);
        Assert.All(rows, r => Assert.NotNull(r.QuerySelector("a.cite[href^='/sources/src?quote=']")));
    }

    [Fact]
    public void FigureTableIsLeftOutWhenATopicHasNoFigures()
    {
        var cut = Render<FigureTable>(p => p.Add(c => c.Figures, []));

        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public void MentionListGroupsActorsByKindAndLinksEach()
    {
        var items = new List<MentionView>
        {
            new("iran", "Iran", "Country", Urls.Actor("iran")),
            new("pakistan", "Pakistan", "Country", Urls.Actor("pakistan")),
            new("jaish-al-adl", "Jaish al-Adl", "Militant group", Urls.Actor("jaish-al-adl")),
        };

        var cut = Render<MentionList>(p => p.Add(c => c.Heading, "Actors named").Add(c => c.Items, items));

        Assert.Equal(["Country", "Militant group"], cut.FindAll("dt").Select(d => d.TextContent));
        Assert.Equal([Urls.Actor("iran"), Urls.Actor("pakistan")], cut.FindAll("dd")[0].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void SourceExcerptRendersParagraphsAsMarkdownAndLinksToTheReader()
    {
        var section = new Section { Slug = "kashmir", Title = "Kashmir", IsSourceHeading = true };
        section.Paragraphs.Add(new Paragraph { Number = 12, Text = "Iran’s *supreme* leader <b>spoke</b>." });

        var cut = Render<SourceExcerpt>(p => p.Add(c => c.Sections, [section]).Add(c => c.SourceSlug, "src"));

        Assert.Equal("Kashmir", cut.Find("h3").TextContent);
        Assert.Equal("supreme", cut.Find(".source-paragraph em").TextContent);
        Assert.Empty(cut.FindAll(".source-paragraph b"));
        Assert.Equal(Urls.Paragraph("src", 12), cut.Find("a.para-link").GetAttribute("href"));
    }

    private static Figure Figure(string slug, string label, decimal value, FigureQualifier qualifier, FigureUnit unit, decimal? max = null) =>
        new() { Slug = slug, Label = label, Value = value, ValueMax = max, Qualifier = qualifier, Unit = unit };
}
