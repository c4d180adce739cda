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

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> builder)
    {
        builder.HasIndex(s => new { s.SourceId, s.Slug }).IsUnique();
        builder.HasMany(s => s.Paragraphs).WithOne(p => p.Section).OnDelete(DeleteBehavior.Restrict);
    }
}

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
