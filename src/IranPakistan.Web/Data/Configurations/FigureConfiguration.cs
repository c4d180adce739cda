using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class FigureConfiguration : IEntityTypeConfiguration<Figure>
{
    public void Configure(EntityTypeBuilder<Figure> builder)
    {
        builder.HasIndex(f => f.Slug).IsUnique();
        builder.HasMany(f => f.Citations).WithOne(c => c.Figure).OnDelete(DeleteBehavior.Cascade);
    }
}
