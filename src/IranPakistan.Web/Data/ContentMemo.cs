using System.Collections.Concurrent;

namespace IranPakistan.Web.Data;

/// <summary>
/// Values derived from the served content — a feature's loaded entities, lookup tables — computed
/// once per content version and shared by every request until an import swaps in a new database.
/// The content is read-only between imports, so what is kept here must be treated as read-only too.
/// </summary>
public sealed class ContentMemo
{
    private ConcurrentDictionary<string, Lazy<Task<object>>> _values = new();

    public ContentMemo(ContentDatabase database) =>
        // A new version starts empty; anything still being computed from the old one lands in the old table.
        database.Replaced += _ => _values = new();

    /// <summary>
    /// The value for <paramref name="key"/>, computed by <paramref name="compute"/> the first time it is
    /// asked for in this content version (concurrent callers wait for the same computation). A failed
    /// computation is not kept.
    /// </summary>
    public async Task<T> GetAsync<T>(string key, Func<Task<T>> compute) where T : class
    {
        var values = _values;
        var entry = values.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await compute()));
        try
        {
            return (T)await entry.Value;
        }
        catch
        {
            values.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }
}
