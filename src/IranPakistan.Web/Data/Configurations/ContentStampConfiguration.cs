using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class ContentStampConfiguration : IEntityTypeConfiguration<ContentStamp>
{
    public void Configure(EntityTypeBuilder<ContentStamp> builder)
    {
        builder.ToTable(ContentStamp.Table);
        builder.Property(s => s.Hash).HasMaxLength(64);
        builder.Property(s => s.SeedsHash).HasMaxLength(64);
        builder.Property(s => s.SchemaHash).HasMaxLength(64);
        builder.Property(s => s.ImporterId).HasMaxLength(64);
    }
}
