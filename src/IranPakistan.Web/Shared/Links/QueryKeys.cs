using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;

namespace IranPakistan.Web.Shared.Links;

/// <summary>
/// Endpoint metadata: the query keys an endpoint reads. Its cached answers vary by these keys' values
/// and by nothing else in the query string, so <c>?utm_source=…</c> or any other unknown key cannot
/// multiply cache entries.
/// </summary>
public sealed class QueryKeysMetadata(IReadOnlyList<string> keys)
{
    public IReadOnlyList<string> Keys { get; } = keys;
}

public static class QueryKeys
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> _ofPage = new();

    /// <summary>
    /// The query keys an endpoint's answer depends on, or null when the endpoint is not served
    /// static-first (not a page, and no <see cref="QueryKeysMetadata"/>). A page's keys are its
    /// <see cref="SupplyParameterFromQueryAttribute"/> properties, read from the component itself, so
    /// they cannot drift from what the page binds.
    /// </summary>
    public static IReadOnlyList<string>? Of(Endpoint? endpoint)
    {
        if (endpoint is null)
        {
            return null;
        }

        if (endpoint.Metadata.GetMetadata<QueryKeysMetadata>() is { } declared)
        {
            return declared.Keys;
        }

        return endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is { } page ? OfPage(page.Type) : null;
    }

    public static IReadOnlyList<string> OfPage(Type pageType) => _ofPage.GetOrAdd(pageType, static type =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => p.Attribute!.Name ?? p.Property.Name)
            .ToList());

    /// <summary>Serves an endpoint static-first, varying its cached answers by these query keys only.</summary>
    public static TBuilder VaryByQuery<TBuilder>(this TBuilder builder, params string[] keys) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new QueryKeysMetadata(keys));

    /// <summary>
    /// The address of the current request as its cached answer sees it: the path and, of the query,
    /// only <paramref name="keys"/> (in that order, first non-empty value each). Pages print this, never the raw
    /// URL, so their HTML depends only on what their cache entry is keyed on.
    /// </summary>
    public static string CanonicalPathAndQuery(HttpRequest request, IReadOnlyList<string> keys)
    {
        var uri = request.PathBase.Add(request.Path).ToUriComponent();
        foreach (var key in keys)
        {
            if (request.Query.TryGetValue(key, out var values) && values.FirstOrDefault() is { Length: > 0 } value)
            {
                uri = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(uri, key, value);
            }
        }

        return uri;
    }
}
