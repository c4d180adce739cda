namespace IranPakistan.Web.Shared.Facets;

/// <summary>
/// One filter's choices, each counted against the other active filters: the timeline's and the
/// agreements' forms draw their selects from it, /api/agreements lists it.
/// </summary>
/// <param name="Key">The query key the facet's value travels in.</param>
/// <param name="Label">The form's label for it ("Topic").</param>
/// <param name="AllLabel">The choice that filters nothing ("All topics", "Any").</param>
/// <param name="AllCount">How many items the other active filters keep, whatever this facet's value.</param>
/// <param name="Selected">The value chosen, or null.</param>
/// <param name="Options">The values to choose from, in the order the form lists them.</param>
public sealed record Facet(string Key, string Label, string AllLabel, int AllCount, string? Selected, IReadOnlyList<FacetOption> Options);

/// <summary>One value of a facet: its label, how many items choosing it would show, and whether it is chosen.</summary>
public sealed record FacetOption(string Value, string Label, int Count, bool Selected);

/// <summary>One facet of items of type <typeparamref name="T"/>: its query key and the values an item has for it.</summary>
public sealed record FacetField<T>(string Key, Func<T, IEnumerable<string>> ValuesOf)
{
    /// <summary>Every value the items have (with <paramref name="selected"/>, so a chosen value is always listed).</summary>
    public HashSet<string> ValuesIn(IEnumerable<T> items, string? selected = null)
    {
        var values = items.SelectMany(ValuesOf).ToHashSet();
        if (selected is not null)
        {
            values.Add(selected);
        }

        return values;
    }
}
