using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Evaluations;
using SocialServices.Domain.Organisations;
using SocialServices.Domain.Plans;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data.Configurations;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.ToTable("evaluations");
        builder.Property(e => e.SituationChanges).HasMaxLength(Evaluation.TextMaxLength);
        builder.Property(e => e.CooperationNotes).HasMaxLength(Evaluation.TextMaxLength);
        builder.Property(e => e.Justification).HasMaxLength(Evaluation.TextMaxLength);
        builder.Property(e => e.Cooperation).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Motivation).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.OverallResult).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.RecordedById).HasMaxLength(450);
        builder.Property(e => e.RecordedByName).HasMaxLength(256);
        builder.HasIndex(e => new { e.CaseFileId, e.RecordedAt });
        // The annual report: results per client and year.
        builder.HasIndex(e => new { e.OrganisationId, e.EvaluatedOn });
        builder.HasIndex(e => e.ClientId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(e => e.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(e => e.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CasePlan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanRevision>().WithMany().HasForeignKey(e => e.PlanRevisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Goals).WithOne().HasForeignKey(g => g.EvaluationId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(e => e.Goals).HasField("_goals").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class EvaluationGoalConfiguration : IEntityTypeConfiguration<EvaluationGoal>
{
    public void Configure(EntityTypeBuilder<EvaluationGoal> builder)
    {
        builder.ToTable("evaluation_goals");
        builder.Property(g => g.GoalText).HasMaxLength(CasePlan.MaxTextLength);
        builder.Property(g => g.Achievement).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Comment).HasMaxLength(Evaluation.CommentMaxLength);
        builder.HasIndex(g => new { g.EvaluationId, g.GoalKey }).IsUnique();
    }
}
