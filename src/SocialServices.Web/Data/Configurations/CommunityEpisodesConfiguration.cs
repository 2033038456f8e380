using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Community;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data.Configurations;

internal sealed class CommunityProfileConfiguration : IEntityTypeConfiguration<CommunityProfile>
{
    public void Configure(EntityTypeBuilder<CommunityProfile> builder)
    {
        builder.ToTable("community_profiles");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(p => p.MentalDisorderRecordedIn).HasMaxLength(CommunityProfile.MaxSourceLength);
        builder.Property(p => p.FunctionalImpairmentRecordedIn).HasMaxLength(CommunityProfile.MaxSourceLength);
        builder.Property(p => p.Institution).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.UpdatedById).HasMaxLength(450);
        builder.Ignore(p => p.Facts);
        builder.HasIndex(p => p.ClientId).IsUnique();
        builder.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CombinationRuleConfiguration : IEntityTypeConfiguration<CombinationRule>
{
    public void Configure(EntityTypeBuilder<CombinationRule> builder)
    {
        builder.ToTable("combination_rules");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Service).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Other).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Note).HasMaxLength(CombinationRule.MaxNoteLength);

        // one rule per pair (or per limited service): the defaults are seeded once, an administrator edits them
        builder.HasIndex(r => new { r.Kind, r.Service, r.Other }).IsUnique().AreNullsDistinct(false);
    }
}

internal sealed class SupportAssignmentConfiguration : IEntityTypeConfiguration<SupportAssignment>
{
    public void Configure(EntityTypeBuilder<SupportAssignment> builder)
    {
        builder.ToTable("support_assignments");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(a => a.StaffUserId).HasMaxLength(450);
        builder.Property(a => a.ExternalName).HasMaxLength(SupportAssignment.MaxNameLength);
        builder.Property(a => a.Intensity).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Goals).HasMaxLength(SupportAssignment.MaxGoalsLength);
        builder.Property(a => a.AssignedById).HasMaxLength(450);
        builder.Property(a => a.EndReason).HasMaxLength(1000);
        builder.Ignore(a => a.IsActive);
        builder.HasIndex(a => a.ClientId);
        builder.HasIndex(a => a.EpisodeId);
        builder.HasOne<ServiceEpisode>().WithMany().HasForeignKey(a => a.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.StaffUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupportMeetingConfiguration : IEntityTypeConfiguration<SupportMeeting>
{
    public void Configure(EntityTypeBuilder<SupportMeeting> builder)
    {
        builder.ToTable("support_meetings");
        builder.Property(m => m.Topic).HasMaxLength(SupportMeeting.MaxTopicLength);
        builder.Property(m => m.Decisions).HasMaxLength(SupportMeeting.MaxDecisionsLength);
        builder.Property(m => m.RecordedById).HasMaxLength(450);
        builder.Ignore(m => m.Hours);
        builder.HasIndex(m => new { m.AssignmentId, m.On });
        builder.HasOne<SupportAssignment>().WithMany().HasForeignKey(m => m.AssignmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
