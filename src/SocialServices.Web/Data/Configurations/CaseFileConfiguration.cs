using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Organisations;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data.Configurations;

internal sealed class CaseFileConfiguration : IEntityTypeConfiguration<CaseFile>
{
    public void Configure(EntityTypeBuilder<CaseFile> builder)
    {
        builder.ToTable("case_files");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(c => c.Number).HasMaxLength(12);
        builder.HasIndex(c => new { c.OrganisationId, c.Number }).IsUnique();
        builder.Property(c => c.Reason).HasMaxLength(2000);
        builder.Property(c => c.ReferralSource).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.ResponsibleWorkerId).HasMaxLength(450);
        builder.Property(c => c.ClosureReason).HasMaxLength(1000);
        builder.Property(c => c.ClosingSummary).HasMaxLength(8000);
        builder.Property(c => c.ArchiveReason).HasMaxLength(1000);
        builder.HasIndex(c => c.ClientId);
        builder.HasIndex(c => new { c.ResponsibleWorkerId, c.Status });
        builder.HasIndex(c => c.MonitoringOn);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ResponsibleWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Team).WithOne().HasForeignKey(t => t.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Assignments).WithOne().HasForeignKey(a => a.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Team).HasField("_team").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Assignments).HasField("_assignments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(c => c.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CaseTeamMemberConfiguration : IEntityTypeConfiguration<CaseTeamMember>
{
    public void Configure(EntityTypeBuilder<CaseTeamMember> builder)
    {
        builder.ToTable("case_team_members");
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.Property(t => t.Role).HasMaxLength(100);
        builder.HasIndex(t => t.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseAssignmentConfiguration : IEntityTypeConfiguration<CaseAssignment>
{
    public void Configure(EntityTypeBuilder<CaseAssignment> builder)
    {
        builder.ToTable("case_assignments");
        builder.Property(a => a.WorkerId).HasMaxLength(450);
        builder.Property(a => a.AssignedById).HasMaxLength(450);
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.Property(a => a.EndReason).HasMaxLength(1000);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.WorkerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.ToTable("case_events");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Text).HasMaxLength(10000);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.SubjectUserId).HasMaxLength(450);
        builder.HasIndex(e => new { e.CaseFileId, e.At });
    }
}

internal sealed class EmergencyAccessConfiguration : IEntityTypeConfiguration<EmergencyAccess>
{
    public void Configure(EntityTypeBuilder<EmergencyAccess> builder)
    {
        builder.ToTable("emergency_accesses");
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.ReviewedById).HasMaxLength(450);
        builder.HasIndex(e => new { e.UserId, e.Until });
        builder.HasIndex(e => e.ReviewedAt);
        builder.HasOne<Client>().WithMany().HasForeignKey(e => e.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(e => e.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The last case number used per organisation and year (see <c>CaseNumbers</c>).</summary>
internal sealed class CaseNumberCounter
{
    public int OrganisationId { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}

internal sealed class CaseNumberCounterConfiguration : IEntityTypeConfiguration<CaseNumberCounter>
{
    public void Configure(EntityTypeBuilder<CaseNumberCounter> builder)
    {
        builder.ToTable("case_number_counters");
        builder.HasKey(c => new { c.OrganisationId, c.Year });
    }
}
