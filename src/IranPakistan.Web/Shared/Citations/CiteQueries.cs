using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Shared.Citations;

/// <summary>
/// Loads what a citation of a page needs (<see cref="CiteWork"/>): the same for the "Cite this" block
/// on the page and for the /cite downloads, so the two cannot differ.
/// </summary>
public sealed class CiteQueries(IDbContextFactory<AppDbContext> dbFactory, SiteAddress site)
{
    /// <summary>The work for a page of <paramref name="kind"/>, or null when there is no such page.</summary>
    public async Task<CiteWork?> GetAsync(CiteKind kind, string slug, int? paragraph = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stamp = await db.ContentStamps.AsNoTracking().FirstOrDefaultAsync(ct);
        var version = stamp is null ? "unknown" : stamp.Hash[..Math.Min(8, stamp.Hash.Length)];
        var built = DateOnly.FromDateTime(stamp?.BuiltAtUtc ?? DateTime.UnixEpoch);

        var citations = db.Citations.AsNoTracking().Include(c => c.Paragraph).ThenInclude(p => p.Source);
        string? title;
        List<Citation> cited;
        switch (kind)
        {
            case CiteKind.Event:
                title = await db.Events.Where(e => e.Slug == slug).Select(e => e.Title).FirstOrDefaultAsync(ct);
                cited = await citations.Where(c => c.Event!.Slug == slug).ToListAsync(ct);
                break;
            case CiteKind.Agreement:
                title = await db.Agreements.Where(a => a.Slug == slug).Select(a => a.Title).FirstOrDefaultAsync(ct);
                cited = await citations.Where(c => c.Agreement!.Slug == slug).ToListAsync(ct);
                break;
            case CiteKind.Topic:
                title = await db.Topics.Where(t => t.Slug == slug).Select(t => t.Title).FirstOrDefaultAsync(ct);
                // A topic's facts are its overview's claims; they cite in the claims' order.
                cited = (await citations.Where(c => c.TopicClaim!.Topic.Slug == slug).Select(c => new { c, c.TopicClaim!.Order }).ToListAsync(ct))
                    .OrderBy(x => x.Order).ThenBy(x => x.c.Order).Select(x => x.c).ToList();
                break;
            case CiteKind.Actor:
                title = await db.Actors.Where(a => a.Slug == slug).Select(a => a.Name).FirstOrDefaultAsync(ct);
                cited = await citations.Where(c => c.Actor!.Slug == slug).ToListAsync(ct);
                break;
            case CiteKind.Place:
                title = await db.Places.Where(p => p.Slug == slug).Select(p => p.Name).FirstOrDefaultAsync(ct);
                cited = await citations.Where(c => c.Place!.Slug == slug).ToListAsync(ct);
                break;
            default:
                return await ParagraphAsync(db, slug, paragraph ?? 0, version, built, ct);
        }

        if (title is null)
        {
            return null;
        }

        if (kind != CiteKind.Topic)
        {
            cited = cited.OrderBy(c => c.Order).ToList();
        }

        var source = cited.Select(c => c.Paragraph.Source).FirstOrDefault()
            ?? await db.Sources.AsNoTracking().OrderBy(s => s.Id).FirstAsync(ct);
        var sentences = CitationView.PerParagraph(cited.Where(c => c.Paragraph.SourceId == source.Id).Select(CitationView.From))
            .Select(c => new CitedSentence(c.Paragraph, c.Quotes.ToList(), site.Absolute(c.Permalink)))
            .ToList();
        return new CiteWork(kind, slug, title, site.Absolute(CiteKinds.PagePath(kind, slug)), version, built, Cited(source), sentences);
    }

    private async Task<CiteWork?> ParagraphAsync(AppDbContext db, string sourceSlug, int number, string version, DateOnly built, CancellationToken ct)
    {
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == sourceSlug, ct);
        if (source is null || !await db.Paragraphs.AnyAsync(p => p.SourceId == source.Id && p.Number == number, ct))
        {
            return null;
        }

        return new CiteWork(CiteKind.Paragraph, sourceSlug, source.Title, site.Absolute(Urls.Paragraph(sourceSlug, number)), version, built, Cited(source), [])
        {
            Paragraph = number,
        };
    }

    private static CitedSource Cited(Source s) => new(s.Slug, s.Title, s.Subtitle, s.Author, s.Publisher, s.Published);
}
