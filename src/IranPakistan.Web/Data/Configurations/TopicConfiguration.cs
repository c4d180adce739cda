using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.HasMany(t => t.Sections).WithMany(s => s.Topics).UsingEntity("TopicSection");
        builder.HasMany(t => t.Claims).WithOne(c => c.Topic).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Figures).WithOne(f => f.Topic).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Events).WithMany(e => e.Topics).UsingEntity("EventTopic");
        builder.HasMany(t => t.Agreements).WithMany(a => a.Topics).UsingEntity("AgreementTopic");
    }
}
