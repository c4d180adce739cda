using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Features.Sources;

public sealed record SourceModel(Source Source, IReadOnlyList<Section> Sections, ILookup<int, CitingFact> CitedBy);

/// <summary>A fact that cites a paragraph, for the reader's "cited by" notes.</summary>
public sealed record CitingFact(string Kind, string Label, string Href);

public sealed class SourceQueries(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<List<Source>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Sources.AsNoTracking().OrderBy(s => s.Title).ToListAsync(cancellationToken);
    }

    public async Task<SourceModel?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var source = await db.Sources.AsNoTracking()
            .Include(s => s.Sections).ThenInclude(s => s.Paragraphs)
            .Include(s => s.Sections).ThenInclude(s => s.Topics)
            .AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (source is null)
        {
            return null;
        }

        var citations = await db.Citations.AsNoTracking()
            .Where(c => c.Paragraph.SourceId == source.Id)
            .Select(c => new
            {
                c.Paragraph.Number,
                Actor = c.Actor == null ? null : new { c.Actor.Slug, c.Actor.Name },
                Place = c.Place == null ? null : new { c.Place.Slug, c.Place.Name },
                Figure = c.Figure == null ? null : new { c.Figure.Label, TopicSlug = c.Figure.Topic.Slug },
                Event = c.Event == null ? null : new { c.Event.Slug, c.Event.Title },
                Agreement = c.Agreement == null ? null : new { c.Agreement.Slug, c.Agreement.Title },
                Claim = c.TopicClaim == null ? null : new { c.TopicClaim.Topic.Slug, c.TopicClaim.Topic.Title },
                Tie = c.Tie == null ? null : new { c.Tie.Type, FromSlug = c.Tie.FromActor.Slug, From = c.Tie.FromActor.Name, To = c.Tie.ToActor.Name },
            })
            .ToListAsync(cancellationToken);

        var citedBy = citations
            .Select(c => (c.Number, Fact:
                c.Actor is not null ? new CitingFact("Actor", c.Actor.Name, Urls.Actor(c.Actor.Slug))
                : c.Place is not null ? new CitingFact("Place", c.Place.Name, Urls.Place(c.Place.Slug))
                : c.Event is not null ? new CitingFact("Event", c.Event.Title, Urls.Event(c.Event.Slug))
                : c.Agreement is not null ? new CitingFact("Agreement", c.Agreement.Title, Urls.Agreement(c.Agreement.Slug))
                : c.Figure is not null ? new CitingFact("Figure", c.Figure.Label, Urls.Topic(c.Figure.TopicSlug) + "#figures-heading")
                : c.Claim is not null ? new CitingFact("Topic", c.Claim.Title, Urls.Topic(c.Claim.Slug))
                : c.Tie is not null ? new CitingFact("Tie", TieLabel(c.Tie.From, c.Tie.Type, c.Tie.To), Urls.Actor(c.Tie.FromSlug) + "#ties-heading")
                : null))
            .Where(x => x.Fact is not null)
            .Distinct()
            .ToLookup(x => x.Number, x => x.Fact!);

        return new SourceModel(source, source.Sections.OrderBy(s => s.Order).ToList(), citedBy);
    }

    /// <summary>"Iran struck Jaish al-Adl".</summary>
    private static string TieLabel(string from, string type, string to) =>
        $"{from} {Vocabulary.FindTieType(type)?.Verb ?? type} {to}";
}
