using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Dates;
using IranPakistan.Web.Shared.Text;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Places.Map;

/// <summary>An event as the map's side panel lists it.</summary>
public sealed record MapEvent(string Slug, string Title, PartialDate Date);

/// <summary>A place on the map, with where it falls in map units and what happened there.</summary>
public sealed record MapPlace(
    string Slug,
    string Name,
    PlaceKind Kind,
    string Country,
    string Description,
    double Latitude,
    double Longitude,
    IReadOnlyList<MapEvent> Events)
{
    /// <summary>Its names in Persian and Urdu (the panel shows them; the drawing keeps English labels).</summary>
    public IReadOnlyList<NativeName> NativeNames { get; init; } = [];

    public MapPoint At => MapProjection.Project(Latitude, Longitude);

    /// <summary>"Gwadar (port, Pakistan)": the marker's accessible name.</summary>
    public string AccessibleName => $"{Name} ({Vocabulary.Label(Kind).ToLowerInvariant()}, {Country})";
}

public sealed class MapQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<List<MapPlace>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var places = await db.Places.AsNoTracking()
            .Include(p => p.Events)
            .OrderBy(p => p.Kind).ThenBy(p => p.Name)
            .ToListAsync(cancellationToken);
        return places.Select(p => new MapPlace(
                p.Slug, p.Name, p.Kind, p.Country, p.Description, p.Latitude, p.Longitude,
                p.Events.OrderBy(e => e.TimelineOrder)
                    .Select(e => new MapEvent(e.Slug, e.Title, PartialDate.Of(e))).ToList())
        { NativeNames = Shared.Text.NativeNames.Of(p.NameFa, p.NameUr) })
            .ToList();
    }
}
