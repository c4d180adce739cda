using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class EditorNoteConfiguration : IEntityTypeConfiguration<EditorNote>
{
    public void Configure(EntityTypeBuilder<EditorNote> builder)
    {
        builder.HasIndex(n => n.Slug).IsUnique();
        builder.HasIndex(n => new { n.SubjectKind, n.SubjectSlug });
        builder.HasMany(n => n.References).WithOne().HasForeignKey(r => r.EditorNoteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Paragraph).WithMany().HasForeignKey(n => n.ParagraphId).OnDelete(DeleteBehavior.Restrict);
    }
}
