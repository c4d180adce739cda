using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.HasIndex(e => new { e.DateStart, e.SortOrder });
        builder.HasMany(e => e.Citations).WithOne(c => c.Event).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Agreements).WithOne(a => a.Event).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class EventActorConfiguration : IEntityTypeConfiguration<EventActor>
{
    public void Configure(EntityTypeBuilder<EventActor> builder)
    {
        builder.HasKey(ea => new { ea.EventId, ea.ActorId, ea.Role });
        builder.HasOne(ea => ea.Event).WithMany(e => e.Actors).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(ea => ea.Actor).WithMany(a => a.Events).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasMany(a => a.Citations).WithOne(c => c.Agreement).OnDelete(DeleteBehavior.Cascade);
    }
}
