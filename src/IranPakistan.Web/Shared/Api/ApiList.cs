using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Shared.Api;

/// <summary>The links of one page of a list: absolute when Explorer:PublicBaseUrl is set.</summary>
public sealed record PageLinksDto(string Self, string First, string Last, string? Prev, string? Next);

/// <summary>
/// The one shape of every list the API answers: <c>{ items, total, page, pageSize, links }</c>.
/// Lists with more to say (the agreements' facets, a search's query) derive from it and add fields.
/// </summary>
public record ListDto<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, PageLinksDto Links);

/// <summary>A page of a list: which page, how long, and the query parameters that ask for it.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>Reads <c>page</c> and <c>pageSize</c>; null and a problem when either is out of bounds.</summary>
    public static Paging? Parse(int? page, int? pageSize, out IResult? problem)
    {
        problem = null;
        if (page is < 1)
        {
            problem = JsonApi.BadRequest("Bad page", "'page' counts from 1.");
            return null;
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            problem = JsonApi.BadRequest("Bad pageSize", $"'pageSize' must be between 1 and {MaxPageSize}.");
            return null;
        }

        return new Paging(page ?? 1, pageSize ?? DefaultPageSize);
    }

    /// <summary>
    /// This page of <paramref name="all"/>, with links built from the request's canonical address (the
    /// endpoint's own query keys only, so the answer stays the same bytes for every URL that shares its cache entry).
    /// </summary>
    public ListDto<T> Apply<T>(IReadOnlyList<T> all, HttpContext context) =>
        new(Slice(all), all.Count, Page, PageSize, Links(all.Count, context));

    public IReadOnlyList<T> Slice<T>(IReadOnlyList<T> all) => all.Skip((Page - 1) * PageSize).Take(PageSize).ToList();

    public PageLinksDto Links(int total, HttpContext context)
    {
        var site = context.RequestServices.GetRequiredService<SiteAddress>();
        var keys = (QueryKeys.Of(context.GetEndpoint()) ?? []).Where(k => k is not ("page" or "pageSize")).ToList();
        var path = QueryKeys.CanonicalPathAndQuery(context.Request, keys);
        var last = Math.Max(1, (total + PageSize - 1) / PageSize);
        var size = PageSize;
        string At(int page) => site.Absolute(UrlQuery.Append(path,
            ("page", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("pageSize", size == DefaultPageSize ? null : size.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return new PageLinksDto(At(Page), At(1), At(last), Page > 1 ? At(Math.Min(Page - 1, last)) : null, Page < last ? At(Page + 1) : null);
    }
}
