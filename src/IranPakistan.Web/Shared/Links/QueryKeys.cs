using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.Metadata;

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

/// <summary>
/// Endpoint metadata: a minimal API endpoint served static-first. Its query keys are the parameters
/// it binds from the query string (see <see cref="QueryKeys.Of"/>).
/// </summary>
public sealed class StaticFirstMetadata
{
    public static readonly StaticFirstMetadata Instance = new();
}

public static class QueryKeys
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<string>> _ofPage = new();
    private static readonly ConcurrentDictionary<Endpoint, IReadOnlyList<string>> _ofApi = new();

    /// <summary>
    /// The query keys an endpoint's answer depends on, or null when the endpoint is not served
    /// static-first. Read from what the endpoint binds, so they cannot drift from it: a page's keys
    /// are its <see cref="SupplyParameterFromQueryAttribute"/> properties; an API endpoint marked
    /// <see cref="StaticFirstMetadata"/> has the parameters it binds from the query string. An
    /// endpoint that reads the query some other way declares its keys (<see cref="QueryKeysMetadata"/>).
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

        if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is { } page)
        {
            return OfPage(page.Type);
        }

        return endpoint.Metadata.GetMetadata<StaticFirstMetadata>() is null ? null : _ofApi.GetOrAdd(endpoint, BoundFromQuery);
    }

    // Minimal APIs bind a parameter from the query string when it is a string or has TryParse and is
    // not a route value (services, HttpContext and CancellationToken have neither).
    private static IReadOnlyList<string> BoundFromQuery(Endpoint endpoint)
    {
        var route = (endpoint as RouteEndpoint)?.RoutePattern;
        return endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>()
            .Where(p => (Nullable.GetUnderlyingType(p.ParameterInfo.ParameterType) ?? p.ParameterInfo.ParameterType) == typeof(string) || p.HasTryParse)
            .Where(p => route?.GetParameter(p.Name) is null)
            .Select(p => p.ParameterInfo.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromQueryAttribute>()?.Name ?? p.Name)
            .ToList();
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
