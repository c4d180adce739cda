using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class ParagraphConfiguration : IEntityTypeConfiguration<Paragraph>
{
    public void Configure(EntityTypeBuilder<Paragraph> builder)
    {
        builder.HasIndex(p => new { p.SourceId, p.Number }).IsUnique();
        builder.HasMany(p => p.MentionedActors).WithMany(a => a.MentionedIn).UsingEntity("ActorMention");
        builder.HasMany(p => p.MentionedPlaces).WithMany(a => a.MentionedIn).UsingEntity("PlaceMention");
        builder.HasMany(p => p.Citations).WithOne(c => c.Paragraph).OnDelete(DeleteBehavior.Cascade);
    }
}
