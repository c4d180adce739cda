using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Citations;
using IranPakistan.Web.Shared.Mentions;
using IranPakistan.Web.Shared.Text;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Actors;

public sealed record ActorListItem(string Slug, string Name, ActorKind Kind, string Description, int Mentions, string? NameFa = null, string? NameUr = null)
{
    public IReadOnlyList<NativeName> NativeNames => Shared.Text.NativeNames.Of(NameFa, NameUr);
}

public sealed record ActorModel(
    Actor Actor,
    IReadOnlyList<CitationView> Citations,
    IReadOnlyList<MentionView> Topics,
    IReadOnlyList<MentionExcerpt> Mentions,
    IReadOnlyList<(Event Event, string Role)> Events,
    IReadOnlyList<Agreement> Agreements);

public sealed class ActorQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<List<ActorListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Actors.AsNoTracking()
            .OrderBy(a => a.Kind).ThenBy(a => a.Name)
            .Select(a => new ActorListItem(a.Slug, a.Name, a.Kind, a.Description, a.MentionedIn.Count, a.NameFa, a.NameUr))
            .ToListAsync(cancellationToken);
    }

    public async Task<ActorModel?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var actor = await db.Actors.AsNoTracking()
            .Include(a => a.Citations).ThenInclude(c => c.Paragraph).ThenInclude(p => p.Source)
            .Include(a => a.MentionedIn).ThenInclude(p => p.Source)
            .Include(a => a.MentionedIn).ThenInclude(p => p.Section).ThenInclude(s => s.Topics)
            .Include(a => a.Events).ThenInclude(e => e.Event)
            .Include(a => a.Agreements)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (actor is null)
        {
            return null;
        }

        return new ActorModel(
            actor,
            CitationView.From(actor.Citations),
            MentionView.TopicsOf(actor.MentionedIn),
            MentionExcerpt.ExcerptsOf(actor.MentionedIn, actor.Name, actor.Aliases),
            actor.Events.OrderBy(e => e.Event.TimelineOrder).Select(e => (e.Event, e.Role)).ToList(),
            actor.Agreements.OrderBy(a => a.Title).ToList());
    }
}
