using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class ContentChangeConfiguration : IEntityTypeConfiguration<ContentChange>
{
    public void Configure(EntityTypeBuilder<ContentChange> builder)
    {
        builder.Property(c => c.Change).HasMaxLength(16);
        builder.Property(c => c.Kind).HasMaxLength(32);
        builder.HasIndex(c => c.ContentReleaseId);
    }
}
