using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class ContentReleaseConfiguration : IEntityTypeConfiguration<ContentRelease>
{
    public void Configure(EntityTypeBuilder<ContentRelease> builder)
    {
        builder.Property(r => r.SeedsHash).HasMaxLength(64);
        builder.HasMany(r => r.Changes).WithOne(c => c.Release).HasForeignKey(c => c.ContentReleaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
