using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class TieConfiguration : IEntityTypeConfiguration<Tie>
{
    public void Configure(EntityTypeBuilder<Tie> builder)
    {
        // The validator rejects duplicates; the index keeps the database honest too.
        builder.HasIndex(t => new { t.FromActorId, t.ToActorId, t.Type }).IsUnique();
        builder.HasIndex(t => t.ToActorId);
        builder.HasIndex(t => t.Type);
        builder.Property(t => t.Type).HasMaxLength(32);
        builder.HasOne(t => t.FromActor).WithMany().HasForeignKey(t => t.FromActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.ToActor).WithMany().HasForeignKey(t => t.ToActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Citations).WithOne(c => c.Tie).OnDelete(DeleteBehavior.Cascade);
    }
}
