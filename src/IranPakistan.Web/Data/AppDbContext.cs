using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace IranPakistan.Web.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Paragraph> Paragraphs => Set<Paragraph>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<TopicClaim> TopicClaims => Set<TopicClaim>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<Figure> Figures => Set<Figure>();
    public DbSet<Chart> Charts => Set<Chart>();
    public DbSet<ChartBar> ChartBars => Set<ChartBar>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventActor> EventActors => Set<EventActor>();
    public DbSet<Episode> Episodes => Set<Episode>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<Tie> Ties => Set<Tie>();
    public DbSet<EditorNote> EditorNotes => Set<EditorNote>();
    public DbSet<Citation> Citations => Set<Citation>();
    public DbSet<ContentStamp> ContentStamps => Set<ContentStamp>();
    public DbSet<Redirect> Redirects => Set<Redirect>();
    public DbSet<ContentRelease> ContentReleases => Set<ContentRelease>();
    public DbSet<ContentChange> ContentChanges => Set<ContentChange>();
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads plainly and survives reordering.
        configurationBuilder.Properties<ActorKind>().HaveConversion<string>();
        configurationBuilder.Properties<PlaceKind>().HaveConversion<string>();
        configurationBuilder.Properties<FigureUnit>().HaveConversion<string>();
        configurationBuilder.Properties<FigureQualifier>().HaveConversion<string>();
    }
}
