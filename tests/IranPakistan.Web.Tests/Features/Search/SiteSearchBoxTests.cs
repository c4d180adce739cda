using Bunit;
using Bunit.TestDoubles;
using IranPakistan.Web.Data;
using IranPakistan.Web.Features.Search;
using IranPakistan.Web.Shared.Links;
using IranPakistan.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Features.Search;

/// <summary>The header's suggestion box, over the real index; no debounce so no test waits on a clock.</summary>
public sealed class SiteSearchBoxTests : ExplorerTestContext, IClassFixture<ExplorerFactory>
{
    public SiteSearchBoxTests(ExplorerFactory factory)
    {
        Services.AddSingleton(new SearchQueries(factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>()));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void WithoutInteractionItIsAPlainGetFormToSearch()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var cut = Render<SiteSearchBox>();

        var form = cut.Find("form");
        Assert.Null(form.GetAttribute("data-interactive"));
        Assert.Equal(Urls.Search(), form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("q", cut.Find("input").GetAttribute("name"));
        Assert.Equal("false", cut.Find("input").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void TypingShowsSuggestionsThatLinkToItems()
    {
        var cut = RenderBox();

        cut.Find("input").Input("Gwadar");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[role=option]")));
        var input = cut.Find("input");
        Assert.Equal("true", input.GetAttribute("aria-expanded"));
        Assert.Equal(cut.Find("[role=listbox]").Id, input.GetAttribute("aria-controls"));
        Assert.Equal(Urls.Place("gwadar"), cut.Find("[role=option] a").GetAttribute("href"));
        Assert.True(cut.FindAll("[role=option]").Count <= 8);
    }

    [Fact]
    public void ArrowKeysMoveTheActiveDescendant()
    {
        var cut = RenderWithSuggestions("pipeline");
        var options = cut.FindAll("[role=option]").Select(o => o.Id).ToList();

        cut.Find("input").KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        Assert.Equal(options[0], cut.Find("input").GetAttribute("aria-activedescendant"));
        Assert.Equal("true", cut.Find($"#{options[0]}").GetAttribute("aria-selected"));

        cut.Find("input").KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        Assert.Equal(options[1], cut.Find("input").GetAttribute("aria-activedescendant"));

        cut.Find("input").KeyDown(new KeyboardEventArgs { Key = "ArrowUp" });
        cut.Find("input").KeyDown(new KeyboardEventArgs { Key = "ArrowUp" });
        Assert.Equal(options[^1], cut.Find("input").GetAttribute("aria-activedescendant"));
    }

    [Fact]
    public void EscapeClosesTheSuggestions()
    {
        var cut = RenderWithSuggestions("Gwadar");

        cut.Find("input").KeyDown(new KeyboardEventArgs { Key = "Escape" });

        Assert.Equal("false", cut.Find("input").GetAttribute("aria-expanded"));
        Assert.True(cut.Find("[role=listbox]").HasAttribute("hidden"));
        Assert.Null(cut.Find("input").GetAttribute("aria-activedescendant"));
    }

    [Fact]
    public void EnterOnAnActiveSuggestionLoadsItsPage()
    {
        var cut = RenderWithSuggestions("Gwadar");
        var href = cut.Find("[role=option] a").GetAttribute("href");

        cut.Find("input").KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        cut.Find("input").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        var load = Assert.Single(navigation.History);
        Assert.EndsWith(href!, navigation.Uri, StringComparison.Ordinal);
        // No router runs in the circuit: the page must really load.
        Assert.True(load.Options.ForceLoad);
    }

    [Fact]
    public void EnterWithoutAChoiceLeavesTheSearchToTheFormItself()
    {
        var cut = RenderWithSuggestions("gas pipe");

        cut.Find("input").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        // The browser submits the plain GET form (/search?q=gas+pipe), live or not; the component stays out of it.
        Assert.Empty(Services.GetRequiredService<BunitNavigationManager>().History);
        Assert.Equal(Urls.Search(), cut.Find("form").GetAttribute("action"));
        Assert.Equal("gas pipe", cut.Find("input[name=q]").GetAttribute("value"));
    }

    [Fact]
    public void LiveItSaysSoForIslandsJsAndTests()
    {
        var cut = RenderBox();

        Assert.Equal("true", cut.Find("form").GetAttribute("data-interactive"));
    }

    [Fact]
    public void InputWithoutWordsShowsNoSuggestions()
    {
        var cut = RenderWithSuggestions("Gwadar");

        cut.Find("input").Input("\"*\"");

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[role=option]")));
        Assert.Equal("false", cut.Find("input").GetAttribute("aria-expanded"));
    }

    private IRenderedComponent<SiteSearchBox> RenderBox() =>
        Render<SiteSearchBox>(p => p.Add(b => b.Debounce, TimeSpan.Zero));

    private IRenderedComponent<SiteSearchBox> RenderWithSuggestions(string text)
    {
        var cut = RenderBox();
        cut.Find("input").Input(text);
        cut.WaitForAssertion(() => Assert.True(cut.FindAll("[role=option]").Count >= 2));
        return cut;
    }
}
