using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Mentions;
using IranPakistan.Web.Shared.Text;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Places;

public sealed record PlaceListItem(string Slug, string Name, PlaceKind Kind, string Country, string Description, double Latitude, double Longitude, string? NameFa = null, string? NameUr = null)
{
    public IReadOnlyList<NativeName> NativeNames => Shared.Text.NativeNames.Of(NameFa, NameUr);
}

public sealed record PlaceModel(
    Place Place,
    IReadOnlyList<CitationView> Citations,
    IReadOnlyList<MentionView> Topics,
    IReadOnlyList<MentionExcerpt> Mentions,
    IReadOnlyList<Event> Events);

public sealed class PlaceQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<List<PlaceListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Places.AsNoTracking()
            .OrderBy(p => p.Kind).ThenBy(p => p.Name)
            .Select(p => new PlaceListItem(p.Slug, p.Name, p.Kind, p.Country, p.Description, p.Latitude, p.Longitude, p.NameFa, p.NameUr))
            .ToListAsync(cancellationToken);
    }

    public async Task<PlaceModel?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var place = await db.Places.AsNoTracking()
            .Include(p => p.Citations).ThenInclude(c => c.Paragraph).ThenInclude(p => p.Source)
            .Include(p => p.MentionedIn).ThenInclude(p => p.Source)
            .Include(p => p.MentionedIn).ThenInclude(p => p.Section).ThenInclude(s => s.Topics)
            .Include(p => p.Events)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (place is null)
        {
            return null;
        }

        return new PlaceModel(
            place,
            CitationView.From(place.Citations),
            MentionView.TopicsOf(place.MentionedIn),
            MentionExcerpt.ExcerptsOf(place.MentionedIn, place.Name, place.Aliases),
            place.Events.OrderBy(e => e.TimelineOrder).ToList());
    }
}
