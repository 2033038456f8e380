using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using SocialServices.Domain.Auditing;

namespace SocialServices.Web.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.ActorId).HasMaxLength(450);
        builder.Property(a => a.ActorName).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.EntityId).HasMaxLength(64);
        builder.Property(a => a.Details).HasMaxLength(4000);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.Property(a => a.Reason).HasMaxLength(2000);
        // Sequence and hashes are written by the database trigger (see AuditLogProtection), never by the app.
        builder.Property(a => a.Sequence).ValueGeneratedOnAdd().HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.None);
        builder.Property(a => a.PreviousHash).HasMaxLength(64).ValueGeneratedOnAdd();
        builder.Property(a => a.Hash).HasMaxLength(64).ValueGeneratedOnAdd();
        builder.HasIndex(a => a.Sequence).IsUnique();
        builder.HasIndex(a => new { a.ClientId, a.At });
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.ActorId);
    }
}
