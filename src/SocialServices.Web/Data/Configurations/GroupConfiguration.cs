using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Groups;
using SocialServices.Domain.Organisations;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data.Configurations;

internal sealed class ProgrammeGroupConfiguration : IEntityTypeConfiguration<ProgrammeGroup>
{
    public void Configure(EntityTypeBuilder<ProgrammeGroup> builder)
    {
        builder.ToTable("programme_groups");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.Property(g => g.Location).HasMaxLength(300);
        builder.Property(g => g.Room).HasMaxLength(200);
        builder.Property(g => g.PatternWeekdays).HasMaxLength(20);
        builder.Property(g => g.PatternSkipDates).HasMaxLength(2000);
        builder.Ignore(g => g.RunsUntil);
        builder.Ignore(g => g.Pattern);
        builder.HasIndex(g => new { g.ServiceId, g.StartsOn });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(g => g.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(g => g.ServiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GroupEnrolmentConfiguration : IEntityTypeConfiguration<GroupEnrolment>
{
    public void Configure(EntityTypeBuilder<GroupEnrolment> builder)
    {
        builder.ToTable("group_enrolments");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.LeaveReason).HasMaxLength(1000);
        builder.HasIndex(e => new { e.GroupId, e.Status });
        builder.HasIndex(e => new { e.ServiceId, e.Status });
        builder.HasIndex(e => e.ClientId);
        builder.HasOne<Client>().WithMany().HasForeignKey(e => e.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(e => e.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProgrammeGroup>().WithMany().HasForeignKey(e => e.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceApplication>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GroupSessionConfiguration : IEntityTypeConfiguration<GroupSession>
{
    public void Configure(EntityTypeBuilder<GroupSession> builder)
    {
        builder.ToTable("group_sessions");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Room).HasMaxLength(200);
        builder.Property(s => s.CancelReason).HasMaxLength(GroupSession.MaxReasonLength);
        builder.Ignore(s => s.PlannedMinutes);
        builder.Ignore(s => s.HeldMinutes);
        builder.HasIndex(s => new { s.GroupId, s.Date });
        builder.HasIndex(s => s.Date);
        builder.HasOne<ProgrammeGroup>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GroupLeaderConfiguration : IEntityTypeConfiguration<GroupLeader>
{
    public void Configure(EntityTypeBuilder<GroupLeader> builder)
    {
        builder.ToTable("group_leaders");
        builder.HasIndex(l => new { l.GroupId, l.UserId }).IsUnique();
        builder.HasIndex(l => l.UserId);
        builder.HasOne<ProgrammeGroup>().WithMany().HasForeignKey(l => l.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SessionLeaderConfiguration : IEntityTypeConfiguration<SessionLeader>
{
    public void Configure(EntityTypeBuilder<SessionLeader> builder)
    {
        builder.ToTable("session_leaders");
        builder.HasIndex(l => new { l.SessionId, l.UserId }).IsUnique();
        builder.HasIndex(l => l.UserId);
        builder.HasOne<GroupSession>().WithMany().HasForeignKey(l => l.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GroupMemberEvaluationConfiguration : IEntityTypeConfiguration<GroupMemberEvaluation>
{
    public void Configure(EntityTypeBuilder<GroupMemberEvaluation> builder)
    {
        builder.ToTable("group_member_evaluations");
        builder.Property(e => e.Results).HasMaxLength(GroupMemberEvaluation.TextMaxLength);
        builder.Property(e => e.Recommendations).HasMaxLength(GroupMemberEvaluation.TextMaxLength);
        builder.Property(e => e.CorrectionReason).HasMaxLength(GroupMemberEvaluation.ReasonMaxLength);
        builder.Property(e => e.AuthorId).HasMaxLength(450);
        builder.Property(e => e.AuthorName).HasMaxLength(200);

        // One row per version: two leaders saving at once cannot both write the same version of a member's evaluation.
        builder.HasIndex(e => new { e.EnrolmentId, e.VersionNumber }).IsUnique();
        builder.HasIndex(e => new { e.GroupId, e.ClientId });
        builder.HasIndex(e => e.EvaluatedOn);
        builder.HasOne<ProgrammeGroup>().WithMany().HasForeignKey(e => e.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(e => e.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GroupEnrolment>().WithMany().HasForeignKey(e => e.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SocialServices.Domain.Cases.CaseFile>().WithMany().HasForeignKey(e => e.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}
