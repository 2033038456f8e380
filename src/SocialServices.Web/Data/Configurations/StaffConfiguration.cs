using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Organisations;
using SocialServices.Domain.Staff;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data.Configurations;

internal sealed class StaffPositionConfiguration : IEntityTypeConfiguration<StaffPosition>
{
    public void Configure(EntityTypeBuilder<StaffPosition> builder)
    {
        builder.ToTable("staff_positions");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(p => p.Id).UseIdentityByDefaultColumn().HasIdentityOptions(startValue: 100);
        builder.Property(p => p.Name).HasMaxLength(StaffPosition.MaxNameLength);
        builder.Property(p => p.ProfessionCode).HasMaxLength(StaffPosition.MaxCodeLength);
        builder.Property(p => p.Category).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(p => p.Name).IsUnique();

        // A starting list of common positions with their profession classifier codes; editable afterwards.
        builder.HasData(ProfessionCodes.Common.Select((p, i) => new
        {
            Id = i + 1,
            p.Name,
            ProfessionCode = p.Code,
            p.Category,
            p.SocialWorkSpecialist,
            IsActive = true,
        }));
    }
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("staff_members");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(m => m.FirstName).HasMaxLength(StaffMember.MaxNameLength);
        builder.Property(m => m.LastName).HasMaxLength(StaffMember.MaxNameLength);
        builder.Property(m => m.Note).HasMaxLength(StaffMember.MaxNoteLength);
        builder.Ignore(m => m.FullName);
        builder.HasIndex(m => m.UserId).IsUnique();
        builder.HasIndex(m => new { m.LastName, m.FirstName });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffPosition>().WithMany().HasForeignKey(m => m.PositionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Education).WithOne().HasForeignKey(e => e.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Certificates).WithOne().HasForeignKey(e => e.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Trainings).WithOne().HasForeignKey(e => e.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Supervisions).WithOne().HasForeignKey(e => e.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal static class StaffEntryMapping
{
    public static void Entry<T>(EntityTypeBuilder<T> builder, string table)
        where T : StaffEntry
    {
        builder.ToTable(table);
        builder.Property(e => e.WithdrawnBy).HasMaxLength(StaffMember.MaxNameLength * 2);
        builder.Property(e => e.WithdrawReason).HasMaxLength(StaffEntry.MaxReasonLength);
        builder.Ignore(e => e.Withdrawn);
        builder.HasIndex(e => e.StaffMemberId);
    }
}

internal sealed class StaffEducationConfiguration : IEntityTypeConfiguration<StaffEducation>
{
    public void Configure(EntityTypeBuilder<StaffEducation> builder)
    {
        StaffEntryMapping.Entry(builder, "staff_education");
        builder.Property(e => e.Level).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Institution).HasMaxLength(StaffEntry.MaxTextLength);
        builder.Property(e => e.Qualification).HasMaxLength(StaffEntry.MaxTextLength);
    }
}

internal sealed class StaffCertificateConfiguration : IEntityTypeConfiguration<StaffCertificate>
{
    public void Configure(EntityTypeBuilder<StaffCertificate> builder)
    {
        StaffEntryMapping.Entry(builder, "staff_certificates");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Title).HasMaxLength(StaffEntry.MaxTextLength);
        builder.Property(e => e.Issuer).HasMaxLength(StaffEntry.MaxTextLength);
    }
}

internal sealed class StaffTrainingConfiguration : IEntityTypeConfiguration<StaffTraining>
{
    public void Configure(EntityTypeBuilder<StaffTraining> builder)
    {
        StaffEntryMapping.Entry(builder, "staff_trainings");
        builder.Property(e => e.Topic).HasMaxLength(StaffEntry.MaxTextLength);
        builder.Property(e => e.Provider).HasMaxLength(StaffEntry.MaxTextLength);
        builder.Property(e => e.Hours).HasPrecision(6, 2);
        builder.HasIndex(e => e.Date);
    }
}

internal sealed class StaffSupervisionConfiguration : IEntityTypeConfiguration<StaffSupervision>
{
    public void Configure(EntityTypeBuilder<StaffSupervision> builder)
    {
        StaffEntryMapping.Entry(builder, "staff_supervisions");
        builder.Property(e => e.Supervisor).HasMaxLength(StaffEntry.MaxTextLength);
        builder.Property(e => e.Form).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Hours).HasPrecision(6, 2);
        builder.HasIndex(e => e.Date);
    }
}

internal sealed class OtherWorkEntryConfiguration : IEntityTypeConfiguration<OtherWorkEntry>
{
    public void Configure(EntityTypeBuilder<OtherWorkEntry> builder)
    {
        builder.ToTable("other_work_entries");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Note).HasMaxLength(OtherWorkEntry.MaxNoteLength);
        builder.Property(e => e.WithdrawReason).HasMaxLength(OtherWorkEntry.MaxNoteLength);
        builder.Ignore(e => e.Withdrawn);
        builder.HasIndex(e => new { e.UserId, e.Date });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.RecordedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TimesheetApprovalConfiguration : IEntityTypeConfiguration<TimesheetApproval>
{
    public void Configure(EntityTypeBuilder<TimesheetApproval> builder)
    {
        builder.ToTable("timesheet_approvals");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(a => a.ApprovedByName).HasMaxLength(200);
        builder.Property(a => a.ReopenedByName).HasMaxLength(200);
        builder.Property(a => a.ReopenReason).HasMaxLength(TimesheetApproval.MaxReasonLength);
        builder.Ignore(a => a.Period);
        builder.HasIndex(a => new { a.UserId, a.Year, a.Month }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
