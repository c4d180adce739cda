using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class EventActorConfiguration : IEntityTypeConfiguration<EventActor>
{
    public void Configure(EntityTypeBuilder<EventActor> builder)
    {
        builder.HasKey(ea => new { ea.EventId, ea.ActorId, ea.Role });
        builder.HasOne(ea => ea.Event).WithMany(e => e.Actors).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(ea => ea.Actor).WithMany(a => a.Events).OnDelete(DeleteBehavior.Cascade);
    }
}
