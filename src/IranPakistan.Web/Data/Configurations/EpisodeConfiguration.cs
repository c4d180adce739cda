using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class EpisodeConfiguration : IEntityTypeConfiguration<Episode>
{
    public void Configure(EntityTypeBuilder<Episode> builder)
    {
        // Unique, and what events refer to (EventConfiguration): they name their episode by slug.
        builder.HasAlternateKey(e => e.Slug);
        builder.HasMany(e => e.Citations).WithOne(c => c.Episode).OnDelete(DeleteBehavior.Cascade);
    }
}
