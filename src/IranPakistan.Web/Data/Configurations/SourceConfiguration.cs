using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasMany(s => s.Sections).WithOne(s => s.Source).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Paragraphs).WithOne(p => p.Source).OnDelete(DeleteBehavior.Cascade);
    }
}
