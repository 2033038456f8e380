using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Community;

namespace SocialServices.Web.Data.Configurations;

internal sealed class DeliveredUnitConfiguration : IEntityTypeConfiguration<DeliveredUnit>
{
    public void Configure(EntityTypeBuilder<DeliveredUnit> builder)
    {
        builder.ToTable("delivered_units");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(u => u.Unit).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Quantity).HasPrecision(9, 2);
        builder.Property(u => u.Note).HasMaxLength(DeliveredUnit.MaxNoteLength);
        builder.Property(u => u.RecordedById).HasMaxLength(450);
        builder.Property(u => u.WithdrawnById).HasMaxLength(450);
        builder.Property(u => u.WithdrawReason).HasMaxLength(1000);
        builder.Ignore(u => u.IsWithdrawn);
        builder.HasIndex(u => new { u.EpisodeId, u.On });
        builder.HasIndex(u => new { u.ClientId, u.On });

        // one live entry per record taken from elsewhere: attendance and appointments are never counted twice
        builder.HasIndex(u => new { u.Source, u.SourceId, u.EpisodeId }).IsUnique().HasFilter("source_id IS NOT NULL AND withdrawn_at IS NULL");
        builder.HasOne<ServiceEpisode>().WithMany().HasForeignKey(u => u.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(u => u.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(u => u.ServiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
