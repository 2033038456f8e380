using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Connections;

namespace SocialServices.Web.Data.Configurations;

internal sealed class OutsideConnectionConfiguration : IEntityTypeConfiguration<OutsideConnection>
{
    public void Configure(EntityTypeBuilder<OutsideConnection> builder)
    {
        builder.ToTable("outside_connections");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Name).HasMaxLength(OutsideConnection.NameMaxLength);
        builder.Property(c => c.Strength).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Notes).HasMaxLength(OutsideConnection.NotesMaxLength);
        builder.Property(c => c.EndReason).HasMaxLength(OutsideConnection.EndReasonMaxLength);
        builder.Property(c => c.CreatedById).HasMaxLength(450);
        builder.Property(c => c.CreatedByName).HasMaxLength(256);
        builder.Property(c => c.ChangedById).HasMaxLength(450);
        builder.Property(c => c.ChangedByName).HasMaxLength(256);
        builder.Ignore(c => c.IsEnded);
        builder.Ignore(c => c.Details);
        builder.HasIndex(c => c.ClientId);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}
