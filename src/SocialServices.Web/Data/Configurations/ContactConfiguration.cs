using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Contacts;
using SocialServices.Domain.Organisations;
using SocialServices.Domain.Plans;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data.Configurations;

internal sealed class ContactRecordConfiguration : IEntityTypeConfiguration<ContactRecord>
{
    public void Configure(EntityTypeBuilder<ContactRecord> builder)
    {
        builder.ToTable("contact_records");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Participants).HasMaxLength(ContactRecord.MaxTextLength);
        builder.Property(c => c.Notes).HasMaxLength(ContactRecord.MaxNotesLength);
        builder.Property(c => c.NextStep).HasMaxLength(ContactRecord.MaxTextLength);
        builder.Property(c => c.RecordedById).HasMaxLength(450);
        builder.Property(c => c.RecordedByName).HasMaxLength(256);

        // The case's records by time; the no-contact board looks for the latest record per case.
        builder.HasIndex(c => new { c.CaseFileId, c.OccurredAt });
        builder.HasIndex(c => c.ClientId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(c => c.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CasePlan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Tasks).WithOne().HasForeignKey(t => t.ContactRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Tasks).HasField("_tasks").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ContactTaskOutcomeConfiguration : IEntityTypeConfiguration<ContactTaskOutcome>
{
    public void Configure(EntityTypeBuilder<ContactTaskOutcome> builder)
    {
        builder.ToTable("contact_task_outcomes");
        builder.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.TaskText).HasMaxLength(ContactRecord.MaxTextLength);
        builder.HasIndex(t => t.TaskKey);
        builder.HasIndex(t => new { t.ContactRecordId, t.TaskKey }).IsUnique();
    }
}
