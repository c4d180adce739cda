using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.Property(i => i.Kind).HasMaxLength(32);
        builder.Property(i => i.Hash).HasMaxLength(64);
        builder.HasIndex(i => new { i.Kind, i.Slug });
    }
}
