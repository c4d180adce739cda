using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class TopicClaimConfiguration : IEntityTypeConfiguration<TopicClaim>
{
    public void Configure(EntityTypeBuilder<TopicClaim> builder) =>
        builder.HasMany(c => c.Citations).WithOne(c => c.TopicClaim).OnDelete(DeleteBehavior.Cascade);
}
