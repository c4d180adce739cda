using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using IranPakistan.Web.Data;
using IranPakistan.Web.Features.Agreements;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Features.Agreements;

/// <summary>The commitments tracker: facets, full text, one agreement, and the JSON API.</summary>
public sealed class AgreementsPageTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("agreed", null, null)]
    [InlineData(null, "trade", null)]
    [InlineData(null, null, "pipeline")]
    public async Task FacetCountsAddUpToTheResultsWithoutThatFacet(string? status, string? topic, string? q)
    {
        var model = await ListAsync(new AgreementFilter(q, Status: status, Topic: topic));

        // Each agreement has one kind, so without a kind filter the kind counts add up to the total.
        Assert.Equal(model.Items.Count, model.Kind.Options.Sum(k => k.Count));
        if (status is null)
        {
            Assert.Equal(model.Items.Count, model.Status.Options.Sum(s => s.Count));
        }
    }

    [Fact]
    public async Task FiltersCombine()
    {
        var expected = await factory.QueryAsync(db => db.Agreements
            .Where(a => a.Status == "agreed" && a.Topics.Any(t => t.Slug == "trade") && a.Parties.Any(p => p.Slug == "iran"))
            .Select(a => a.Slug).OrderBy(s => s).ToListAsync());
        Assert.NotEmpty(expected);

        var page = await Html.ParseAsync(await factory.GetOkAsync(new AgreementFilter(Status: "agreed", Topic: "trade", Party: "iran").ToUri()));

        var items = page.QuerySelectorAll(".agreement").ToList();
        Assert.Equal(expected, items.Select(i => Slug(i) ?? "").Order().ToList());
        Assert.All(items, i => Assert.Equal("Agreed", i.QuerySelector(".status")?.TextContent));
        Assert.Equal("agreed", page.QuerySelector("#agreements-status option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task FullTextFindsTheSisterPortsByAnotherSpellingWithAHighlightedSnippet()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(new AgreementFilter(Q: "Gwadar").ToUri()));

        var item = Assert.Single(page.QuerySelectorAll(".agreement"));
        Assert.Equal("gwadar-chahbahar-ports-cooperation", Slug(item));
        Assert.Equal("Gwadar", item.QuerySelector(".agreement__summary mark")?.TextContent);

        var alias = await Html.ParseAsync(await factory.GetOkAsync(new AgreementFilter(Q: "Chabahar").ToUri()));
        Assert.Equal("gwadar-chahbahar-ports-cooperation", Slug(Assert.Single(alias.QuerySelectorAll(".agreement"))));
    }

    [Fact]
    public async Task EachResultShowsStatusInWordsKindDateAndParties()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(new AgreementFilter(Kind: "project").ToUri()));

        var item = Assert.Single(page.QuerySelectorAll(".agreement"));
        Assert.Equal("Reaffirmed", item.QuerySelector(".status")?.TextContent);
        Assert.Equal("Project", item.QuerySelector(".kind")?.TextContent);
        Assert.NotNull(item.QuerySelector(".date"));
        Assert.Contains("Iran", item.QuerySelector(".agreement__parties")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTableSortsByStatusInTheVocabularysOrderAndSaysSoInAriaSort()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(new AgreementFilter(Sort: AgreementSort.Status).ToUri()));

        var statuses = page.QuerySelectorAll("tr.agreement .status").Select(s => s.TextContent).ToList();
        var order = Vocabulary.AgreementStatuses.Select(Vocabulary.Label).ToList();
        Assert.Equal(statuses.OrderBy(order.IndexOf).ToList(), statuses);
        Assert.Equal(["Status and basis"], page.QuerySelectorAll("th[aria-sort='ascending'] a").Select(a => a.FirstChild!.TextContent.Trim()));
    }

    [Fact]
    public async Task DateHeadingTogglesBetweenNewestAndOldestFirstUndatedLast()
    {
        var newest = await Html.ParseAsync(await factory.GetOkAsync(Urls.Agreements));
        var dateHeading = newest.QuerySelector("th[aria-sort='descending'] a");
        Assert.Equal(new AgreementFilter(Sort: AgreementSort.Oldest).ToUri(), dateHeading?.GetAttribute("href"));

        var oldest = await Html.ParseAsync(await factory.GetOkAsync(dateHeading!.GetAttribute("href")!));
        var dates = oldest.QuerySelectorAll("tr.agreement td:first-child time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal).ToList(), dates);
        var firstCells = oldest.QuerySelectorAll("tr.agreement td:first-child");
        Assert.Equal("Undated", firstCells[firstCells.Length - 1].TextContent.Trim());
    }

    [Fact]
    public async Task SortingKeepsTheFiltersAndFilteringKeepsTheSort()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(new AgreementFilter(Status: "agreed", Sort: AgreementSort.Title).ToUri()));

        Assert.All(page.QuerySelectorAll("thead a"), a => Assert.Contains("status=agreed", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal(AgreementSort.Title, page.QuerySelector(".agreement-filters input[name='sort']")?.GetAttribute("value"));
        var titles = page.QuerySelectorAll(".agreement__title a").Select(a => a.TextContent).ToList();
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase).ToList(), titles);
    }

    [Theory]
    [InlineData("bilateral", "iran-pakistan-gas-pipeline")]
    [InlineData("multilateral", "doha-separate-contact-group")]
    [InlineData("other", "pakistan-turkmenistan-gas-agreement")]
    public async Task TheBetweenFacetTellsBilateralFromMultilateralAndThirdCountryDeals(string between, string example)
    {
        var model = await ListAsync(new AgreementFilter(Between: between));

        Assert.Contains(example, model.Items.Select(i => i.Agreement.Slug));
        Assert.All(model.Items, i => Assert.Equal(between, AgreementScope.Of(i.Agreement)));
        Assert.Equal(model.Items.Count, model.Between.Options.Single(o => o.Value == between).Count);
    }

    [Fact]
    public async Task StatusSummaryCountsEveryAgreement()
    {
        var total = await factory.QueryAsync(db => db.Agreements.CountAsync());

        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Agreements));

        var counts = page.QuerySelectorAll(".status-summary a strong").Select(s => int.Parse(s.TextContent, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(total, counts.Sum());
        Assert.Equal(total, page.QuerySelectorAll(".agreement").Length);
    }

    [Theory]
    [InlineData("kind=treaty")]
    [InlineData("status=finished")]
    [InlineData("topic=space")]
    [InlineData("party=atlantis")]
    [InlineData("between=everyone")]
    [InlineData("sort=colour")]
    [InlineData("q=%2A%2A%2A")]
    public async Task BadFilterValuesAreExplainedOnThePage(string query)
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync("/agreements?" + query));

        Assert.NotNull(page.QuerySelector(".notice"));
        Assert.NotEmpty(page.QuerySelectorAll(".agreement"));
    }

    [Fact]
    public async Task NoResultOffersToClearTheFilters()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(new AgreementFilter(Q: "xylophone").ToUri()));

        Assert.Empty(page.QuerySelectorAll(".agreement"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == Urls.Agreements && a.TextContent.Contains("Clear", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AgreementPageShowsEverythingAboutIt()
    {
        var page = await Html.ParseAsync(await factory.GetOkAsync(Urls.Agreement("eight-agreements-and-mous-april-2024")));

        Assert.Equal("Eight agreements and MoUs signed during President Raisi's visit", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Signed", page.QuerySelector(".facts .status")?.TextContent);
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(Urls.Actor("iran"), links);
        Assert.Contains(Urls.Topic("soft-power"), links);
        Assert.Contains(Urls.Event("eight-agreements-signed"), links);
        Assert.NotEmpty(page.QuerySelectorAll(".citations a[href^='/sources/iran-pakistan-relations?quote=']"));
    }

    [Fact]
    public async Task UnknownAgreementAnswers404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Client.GetAsync(Urls.Agreement("no-such-agreement"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Client.GetAsync("/api/agreements/no-such-agreement")).StatusCode);
    }

    [Fact]
    public async Task ApiFiltersWithTheSameFacets()
    {
        using var json = JsonDocument.Parse(await factory.Client.GetStringAsync("/api/agreements?q=pipel&status=reaffirmed"));

        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("iran-pakistan-gas-pipeline", item.GetProperty("slug").GetString());
        Assert.Contains("<mark>", item.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ApiAnswersOneAgreementWithItsCitations()
    {
        using var json = JsonDocument.Parse(await factory.Client.GetStringAsync("/api/agreements/gwadar-chahbahar-ports-cooperation"));

        Assert.Equal("agreed", json.RootElement.GetProperty("status").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("citations").EnumerateArray());
    }

    [Theory]
    [InlineData("kind=treaty")]
    [InlineData("party=atlantis")]
    [InlineData("q=%22%22")]
    public async Task ApiRejectsBadFiltersAsProblemJson(string query)
    {
        var response = await factory.Client.GetAsync("/api/agreements?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static string? Slug(IElement item) =>
        item.QuerySelector(".agreement__title a")?.GetAttribute("href")?[Urls.Agreement("").Length..];

    private async Task<AgreementListModel> ListAsync(AgreementFilter filter)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AgreementQueries>().ListAsync(filter);
    }
}
