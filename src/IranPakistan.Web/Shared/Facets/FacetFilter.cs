namespace IranPakistan.Web.Shared.Facets;

/// <summary>
/// Faceted filtering, written once for the timeline, the agreements and the actor graph: every active
/// filter, named by its query key, keeps some items; an item is shown when all of them keep it, and a
/// facet's choices are counted against all the <em>other</em> active filters (so choosing a value shows
/// exactly the count it was listed with).
/// </summary>
public sealed class FacetFilter<T>
{
    private readonly List<(string Key, Func<T, bool> Keeps)> _active = [];
    private readonly Dictionary<string, string> _selected = [];

    /// <summary>Keeps the items that have <paramref name="selected"/> as a value of <paramref name="field"/>; null filters nothing.</summary>
    public FacetFilter<T> Has(FacetField<T> field, string? selected)
    {
        if (selected is null)
        {
            return this;
        }

        _selected[field.Key] = selected;
        return Where(field.Key, item => field.ValuesOf(item).Contains(selected));
    }

    /// <summary>A filter that is not a facet (a date range, say) under its query key; null filters nothing.</summary>
    public FacetFilter<T> Where(string key, Func<T, bool>? keeps)
    {
        if (keeps is not null)
        {
            _active.Add((key, keeps));
        }

        return this;
    }

    /// <summary>Does every active filter keep the item, leaving out the one named <paramref name="except"/>?</summary>
    public bool Keeps(T item, string? except = null) => _active.All(f => f.Key == except || f.Keeps(item));

    /// <summary>The items every active filter keeps (but <paramref name="except"/>), in their order.</summary>
    public List<T> Apply(IEnumerable<T> items, string? except = null) => items.Where(i => Keeps(i, except)).ToList();

    /// <summary>
    /// The facet of <paramref name="field"/> over <paramref name="items"/>: one option per choice, in the
    /// order given, each counted among the items the other active filters keep.
    /// </summary>
    public Facet Count(FacetField<T> field, string label, string allLabel, IEnumerable<T> items, IEnumerable<string> choices, Func<string, string> labelOf)
    {
        var others = Apply(items, except: field.Key);
        var counts = others.SelectMany(i => field.ValuesOf(i).Distinct()).CountBy(v => v).ToDictionary(c => c.Key, c => c.Value);
        var selected = _selected.GetValueOrDefault(field.Key);
        var options = choices.Select(v => new FacetOption(v, labelOf(v), counts.GetValueOrDefault(v), v == selected)).ToList();
        return new Facet(field.Key, label, allLabel, others.Count, selected, options);
    }
}
