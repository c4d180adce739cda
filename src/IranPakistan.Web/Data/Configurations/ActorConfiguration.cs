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
