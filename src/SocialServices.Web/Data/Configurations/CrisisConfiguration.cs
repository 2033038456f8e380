using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Cases;

namespace SocialServices.Web.Data.Configurations;

/// <summary>A case's crises (part of the case file aggregate) and the parties informed about each.</summary>
internal sealed class CrisisFlagConfiguration : IEntityTypeConfiguration<CrisisFlag>
{
    public void Configure(EntityTypeBuilder<CrisisFlag> builder)
    {
        builder.ToTable("case_crises");
        builder.Property(c => c.Description).HasMaxLength(CrisisFlag.DescriptionMaxLength);
        builder.Property(c => c.ActionsTaken).HasMaxLength(CrisisFlag.ActionsMaxLength);
        builder.Property(c => c.ResolutionNote).HasMaxLength(CrisisFlag.NoteMaxLength);
        builder.Property(c => c.FlaggedById).HasMaxLength(450);
        builder.Property(c => c.FlaggedByName).HasMaxLength(256);
        builder.Property(c => c.ResolvedById).HasMaxLength(450);
        builder.Property(c => c.ResolvedByName).HasMaxLength(256);
        builder.Ignore(c => c.IsActive);
        builder.HasOne<CaseFile>().WithMany(f => f.Crises).HasForeignKey(c => c.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        // At most one unresolved crisis per case; the boards look for exactly these rows.
        builder.HasIndex(c => c.CaseFileId).IsUnique().HasFilter("resolved_at IS NULL").HasDatabaseName("ix_case_crises_active");
        builder.HasIndex(c => new { c.CaseFileId, c.FlaggedAt });
        builder.HasMany(c => c.Notices).WithOne().HasForeignKey(n => n.CrisisFlagId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Notices).HasField("_notices").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CrisisNoticeConfiguration : IEntityTypeConfiguration<CrisisNotice>
{
    public void Configure(EntityTypeBuilder<CrisisNotice> builder)
    {
        builder.ToTable("case_crisis_notices");
        builder.Property(n => n.Party).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.OtherName).HasMaxLength(CrisisNotice.OtherNameMaxLength);
        builder.Property(n => n.Contact).HasMaxLength(CrisisNotice.ContactMaxLength);
    }
}
