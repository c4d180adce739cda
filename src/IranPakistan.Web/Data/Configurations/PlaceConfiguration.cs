using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> builder)
    {
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.Kind);
        builder.HasMany(p => p.Citations).WithOne(c => c.Place).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Events).WithMany(e => e.Places).UsingEntity("EventPlace");
    }
}
