using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.HasIndex(s => new { s.SourceId, s.Slug }).IsUnique();
        builder.HasMany(s => s.Paragraphs).WithOne(p => p.Section).OnDelete(DeleteBehavior.Restrict);
    }
}
