using IranPakistan.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IranPakistan.Web.Data.Configurations;

internal sealed class ChartBarConfiguration : IEntityTypeConfiguration<ChartBar>
{
    public void Configure(EntityTypeBuilder<ChartBar> builder)
    {
        // A figure is drawn once per chart (the validator says so too); it may be in several charts.
        builder.HasKey(b => new { b.ChartId, b.FigureId });
        builder.HasOne(b => b.Chart).WithMany(c => c.Bars).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.Figure).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
