using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Feedback;
using SocialServices.Domain.Organisations;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("complaints");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(c => c.Number).HasMaxLength(30);
        builder.HasIndex(c => new { c.OrganisationId, c.Number }).IsUnique();
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Verdict).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.ComplainantName).HasMaxLength(Complaint.NameMaxLength);
        builder.Property(c => c.Subject).HasMaxLength(Complaint.SubjectMaxLength);
        builder.Property(c => c.StaffText).HasMaxLength(Complaint.StaffTextMaxLength);
        builder.Property(c => c.Investigation).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.Answer).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.ActionTaken).HasMaxLength(Complaint.TextMaxLength);
        builder.Property(c => c.WithdrawalReason).HasMaxLength(Complaint.ReasonMaxLength);
        builder.Property(c => c.RegisteredById).HasMaxLength(450);
        builder.Property(c => c.RegisteredByName).HasMaxLength(256);
        builder.Property(c => c.ClosedById).HasMaxLength(450);
        builder.PrimitiveCollection(c => c.StaffIds).HasField("_staffIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.AnsweredLate);

        // The board (open by deadline), the register by year, a client's complaints, one worker's own registrations.
        builder.HasIndex(c => new { c.OrganisationId, c.Status, c.DueOn });
        builder.HasIndex(c => new { c.OrganisationId, c.ReceivedOn });
        builder.HasIndex(c => c.ClientId);
        builder.HasIndex(c => c.RegisteredById);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.RegisteredById).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The last complaint number per organisation and year (<c>SŪDZ-2026/0003</c>), locked by the transaction that saves a complaint.</summary>
internal sealed class ComplaintNumberCounter
{
    public int OrganisationId { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}

internal sealed class ComplaintNumberCounterConfiguration : IEntityTypeConfiguration<ComplaintNumberCounter>
{
    public void Configure(EntityTypeBuilder<ComplaintNumberCounter> builder)
    {
        builder.ToTable("complaint_number_counters");
        builder.HasKey(c => new { c.OrganisationId, c.Year });
    }
}

internal sealed class QuestionnaireConfiguration : IEntityTypeConfiguration<Questionnaire>
{
    public void Configure(EntityTypeBuilder<Questionnaire> builder)
    {
        builder.ToTable("questionnaires");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(q => q.Name).HasMaxLength(Questionnaire.NameMaxLength);
        builder.Property(q => q.Introduction).HasMaxLength(Questionnaire.IntroductionMaxLength);
        builder.Property(q => q.CreatedById).HasMaxLength(450);
        builder.Ignore(q => q.IsRetired);
        builder.HasIndex(q => new { q.OrganisationId, q.Name, q.VersionNumber }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(q => q.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Questionnaire>().WithMany().HasForeignKey(q => q.CopiedFromId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(q => q.Questions).WithOne().HasForeignKey(q => q.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Questions).HasField("_questions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.ToTable("survey_questions");
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.Text).HasMaxLength(Questionnaire.QuestionMaxLength);
        builder.Property(q => q.LowLabel).HasMaxLength(Questionnaire.LabelMaxLength);
        builder.Property(q => q.HighLabel).HasMaxLength(Questionnaire.LabelMaxLength);
        builder.HasIndex(q => new { q.QuestionnaireId, q.Position });
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("survey_responses");
        builder.Property(r => r.Method).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.RecordedById).HasMaxLength(450);
        builder.HasIndex(r => new { r.OrganisationId, r.AnsweredOn });
        builder.HasIndex(r => new { r.QuestionnaireId, r.ServiceId });
        builder.HasIndex(r => r.ClientId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Questionnaire>().WithMany().HasForeignKey(r => r.QuestionnaireId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Answers).HasField("_answers").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.ToTable("survey_answers");
        builder.Property(a => a.Text).HasMaxLength(SurveyResponse.AnswerMaxLength);
        builder.HasIndex(a => new { a.ResponseId, a.QuestionId }).IsUnique();
        builder.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}
