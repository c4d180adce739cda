using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.Kind);
        builder.HasMany(a => a.Citations).WithOne(c => c.Actor).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Agreements).WithMany(g => g.Parties).UsingEntity("AgreementParty");
    }
}

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

internal sealed class FigureConfiguration : IEntityTypeConfiguration<Figure>
{
    public void Configure(EntityTypeBuilder<Figure> builder)
    {
        builder.HasIndex(f => f.Slug).IsUnique();
        builder.HasMany(f => f.Citations).WithOne(c => c.Figure).OnDelete(DeleteBehavior.Cascade);
    }
}
