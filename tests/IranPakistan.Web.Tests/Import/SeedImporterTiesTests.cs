using IranPakistan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IranPakistan.Web.Tests.Import;

/// <summary>The real seeds' ties reach the database with their citations resolved to paragraphs.</summary>
public sealed class SeedImporterTiesTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    [Fact]
    public async Task ImportWritesIransStrikeOnJaishAlAdlCitingTheOpeningParagraph()
    {
        await using var db = await CreateDbAsync();

        var tie = await db.Ties.AsNoTracking()
            .Include(t => t.Citations).ThenInclude(c => c.Paragraph)
            .SingleAsync(t => t.FromActor.Slug == "iran" && t.ToActor.Slug == "jaish-al-adl" && t.Type == "strike");

        var citation = Assert.Single(tie.Citations);
        Assert.Equal(1, citation.Paragraph.Number);
        Assert.Contains(citation.Quote, citation.Paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChinaAsMediatorIsImportedAsHedged()
    {
        await using var db = await CreateDbAsync();

        var mediation = await db.Ties.AsNoTracking().Where(t => t.Type == "mediation").Select(t => new { From = t.FromActor.Slug, t.IsHedged }).ToListAsync();

        Assert.NotEmpty(mediation);
        Assert.All(mediation, m => Assert.Equal(("china", true), (m.From, m.IsHedged)));
    }

    [Fact]
    public async Task EveryImportedTieHasAKnownTypeAndACitation()
    {
        await using var db = await CreateDbAsync();

        var ties = await db.Ties.AsNoTracking().Select(t => new { t.Type, Citations = t.Citations.Count }).ToListAsync();

        Assert.NotEmpty(ties);
        Assert.All(ties, t => Assert.NotNull(Vocabulary.FindTieType(t.Type)));
        Assert.All(ties, t => Assert.True(t.Citations > 0));
    }

    private async Task<AppDbContext> CreateDbAsync()
    {
        _ = factory.Server; // starts the host, which migrates and imports
        return await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
    }
}
