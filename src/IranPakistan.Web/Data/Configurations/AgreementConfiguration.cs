using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasMany(a => a.Citations).WithOne(c => c.Agreement).OnDelete(DeleteBehavior.Cascade);
    }
}
