using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class RedirectConfiguration : IEntityTypeConfiguration<Redirect>
{
    // An old slug of a kind redirects to one place only.
    public void Configure(EntityTypeBuilder<Redirect> builder) => builder.HasIndex(r => new { r.Kind, r.FromSlug }).IsUnique();
}
