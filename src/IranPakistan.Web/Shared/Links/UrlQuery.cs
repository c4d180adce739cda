using System.Text;

namespace IranPakistan.Web.Shared.Links;

/// <summary>
/// The one rule for a state that lives in the query string (the timeline's, the agreements' and the
/// actor graph's filters, a search): keys in the order given, a key without a value left out, values
/// escaped as RFC 3986 data (<see cref="Uri.EscapeDataString(string)"/>). One state therefore has one URL,
/// whichever page, component or API answer writes it.
/// </summary>
public static class UrlQuery
{
    /// <summary><c>/agreements?q=gas%20pipeline&amp;status=not-fully-realised</c>: <paramref name="path"/> with each key that has a value.</summary>
    public static string Append(string path, params IEnumerable<(string Key, string? Value)> query)
    {
        var uri = new StringBuilder(path);
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        foreach (var (key, value) in query)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            uri.Append(separator).Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return uri.ToString();
    }

    /// <summary>
    /// A value as a filter reads it: a missing key and an empty value (what an "All" or "Any" option
    /// submits) both mean "no filter".
    /// </summary>
    public static string? Value(string? raw) => string.IsNullOrEmpty(raw) ? null : raw;
}
