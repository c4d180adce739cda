using IranPakistan.Web.Shared.Facets;

namespace IranPakistan.Web.Tests.Shared.Facets;

public sealed class FacetFilterTests
{
    private sealed record Item(string Name, string Colour, string[] Tags, int Year);

    private static readonly FacetField<Item> _colour = new("colour", i => [i.Colour]);
    private static readonly FacetField<Item> _tag = new("tag", i => i.Tags);

    private static readonly Item[] _items =
    [
        new("a", "red", ["x", "y"], 2020),
        new("b", "red", ["y"], 2021),
        new("c", "blue", ["x"], 2022),
        new("d", "green", [], 2023),
    ];

    [Fact]
    public void AnItemIsShownWhenEveryActiveFilterKeepsIt()
    {
        var filter = new FacetFilter<Item>().Has(_colour, "red").Has(_tag, "x");

        Assert.Equal(["a"], filter.Apply(_items).Select(i => i.Name));
    }

    [Fact]
    public void ANullValueFiltersNothing()
    {
        var filter = new FacetFilter<Item>().Has(_colour, null).Where("year", null);

        Assert.Equal(_items, filter.Apply(_items));
    }

    [Fact]
    public void EachChoiceIsCountedAgainstTheOtherFiltersOnly()
    {
        var filter = new FacetFilter<Item>().Has(_colour, "red").Where("year", i => i.Year >= 2021);

        var colour = filter.Count(_colour, "Colour", "Any", _items, ["red", "blue", "green", "pink"], c => c.ToUpperInvariant());

        Assert.Equal(3, colour.AllCount);
        Assert.Equal("red", colour.Selected);
        Assert.Equal(
            [new FacetOption("red", "RED", 1, true), new("blue", "BLUE", 1, false), new("green", "GREEN", 1, false), new("pink", "PINK", 0, false)],
            colour.Options);
    }

    [Fact]
    public void AnItemWithAValueTwiceCountsOnce()
    {
        var tags = new FacetFilter<Item>().Count(_tag, "Tag", "All tags", [new("e", "red", ["x", "x"], 2024)], ["x"], t => t);

        Assert.Equal(1, Assert.Single(tags.Options).Count);
    }

    [Fact]
    public void AChosenValueIsListedEvenWhenNoItemHasIt() =>
        Assert.Equal(["x", "y", "z"], _tag.ValuesIn(_items, selected: "z").Order());
}
