using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.HasIndex(e => e.TimelineOrder);
        builder.HasMany(e => e.Citations).WithOne(c => c.Event).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Agreements).WithOne(a => a.Event).OnDelete(DeleteBehavior.SetNull);

        // Pages and URLs name an episode by slug, so the event keeps the slug and the database checks it.
        builder.HasOne<Episode>().WithMany().HasForeignKey(e => e.Episode).HasPrincipalKey(ep => ep.Slug).OnDelete(DeleteBehavior.Restrict);
    }
}
