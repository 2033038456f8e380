using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Organisations;
using SocialServices.Domain.Plans;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data.Configurations;

internal sealed class CasePlanConfiguration : IEntityTypeConfiguration<CasePlan>
{
    public void Configure(EntityTypeBuilder<CasePlan> builder)
    {
        builder.ToTable("plans");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.CreatedById).HasMaxLength(450);
        builder.Ignore(p => p.Current);

        // One plan per case file; boards look at review days.
        builder.HasIndex(p => p.CaseFileId).IsUnique();
        builder.HasIndex(p => p.ClientId);
        builder.HasIndex(p => p.ReviewOn);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(p => p.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Revisions).HasField("_revisions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanRevisionConfiguration : IEntityTypeConfiguration<PlanRevision>
{
    public void Configure(EntityTypeBuilder<PlanRevision> builder)
    {
        builder.ToTable("plan_revisions");
        builder.HasIndex(r => new { r.PlanId, r.Number }).IsUnique();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Reason).HasMaxLength(CasePlan.MaxTextLength);
        builder.Property(r => r.AuthorId).HasMaxLength(450);
        builder.Property(r => r.AuthorName).HasMaxLength(256);
        builder.PrimitiveCollection(r => r.Problems).HasField("_problems").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(r => r.Services).HasField("_services").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(r => r.Institutions).HasField("_institutions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(r => r.Meetings).HasField("_meetings").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.Agreement);
        builder.Ignore(r => r.IsCurrent);
        builder.Ignore(r => r.Tasks);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Goals).WithOne().HasForeignKey(g => g.RevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Agreements).WithOne().HasForeignKey(a => a.RevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Goals).HasField("_goals").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Agreements).HasField("_agreements").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> builder)
    {
        builder.ToTable("plan_goals");
        builder.HasIndex(g => new { g.RevisionId, g.Key }).IsUnique();
        builder.HasIndex(g => g.Key);
        builder.Property(g => g.Text).HasMaxLength(CasePlan.MaxTextLength);
        builder.HasMany(g => g.Tasks).WithOne().HasForeignKey(t => t.GoalId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(g => g.Tasks).HasField("_tasks").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("plan_tasks");
        builder.HasIndex(t => new { t.GoalId, t.Key }).IsUnique();
        builder.HasIndex(t => t.Key);
        builder.HasIndex(t => t.Deadline);
        builder.Property(t => t.Measure).HasMaxLength(CasePlan.MaxTextLength);
        builder.Property(t => t.ExpectedResult).HasMaxLength(CasePlan.MaxTextLength);
        builder.Property(t => t.ResponsibleKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.ResponsibleName).HasMaxLength(CasePlan.MaxShortTextLength);
        builder.Property(t => t.ResponsibleUserId).HasMaxLength(450);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.ResponsibleUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanAgreementConfiguration : IEntityTypeConfiguration<PlanAgreement>
{
    public void Configure(EntityTypeBuilder<PlanAgreement> builder)
    {
        builder.ToTable("plan_agreements");
        builder.Property(a => a.Method).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ClientComments).HasMaxLength(CasePlan.MaxTextLength);
        builder.Property(a => a.RecordedById).HasMaxLength(450);
        builder.Property(a => a.RecordedByName).HasMaxLength(256);
        builder.Ignore(a => a.IsRefused);
    }
}
