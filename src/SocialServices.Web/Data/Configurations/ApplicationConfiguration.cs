using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Groups;
using SocialServices.Domain.Organisations;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data.Configurations;

internal sealed class ServiceApplicationConfiguration : IEntityTypeConfiguration<ServiceApplication>
{
    public void Configure(EntityTypeBuilder<ServiceApplication> builder)
    {
        builder.ToTable("applications");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(a => a.Number).HasMaxLength(20);
        builder.HasIndex(a => new { a.OrganisationId, a.Number }).IsUnique();
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.ApplicantKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.ApplicantName).HasMaxLength(200);
        builder.Property(a => a.ResponsibleWorkerId).HasMaxLength(450);
        builder.Property(a => a.RecordedById).HasMaxLength(450);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Notes).HasMaxLength(ServiceApplication.MaxTextLength);
        builder.Property(a => a.WithdrawalReason).HasMaxLength(1000);
        builder.PrimitiveCollection(a => a.RequiredDocuments).HasField("_requiredDocuments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsOne(a => a.Contract, contract =>
        {
            contract.Property(c => c.Number).HasMaxLength(50).HasColumnName("contract_number");
            contract.Property(c => c.SignedOn).HasColumnName("contract_signed_on");
            contract.Property(c => c.Provider).HasMaxLength(300).HasColumnName("contract_provider");
            contract.Property(c => c.From).HasColumnName("contract_from");
            contract.Property(c => c.To).HasColumnName("contract_to");
        });
        builder.Ignore(a => a.IsUndecided);
        builder.Ignore(a => a.IsOpen);
        builder.Ignore(a => a.DecisionInForce);
        builder.Ignore(a => a.MissingDocuments);
        builder.Ignore(a => a.Deadline);

        // The deadline board: open applications by deadline; the worker's board; the client's applications; queues.
        builder.HasIndex(a => new { a.Status, a.DecisionDue });
        // The deadline board (issue 9): the undecided applications in the board's order, so its first page is read from
        // the index instead of sorting every undecided application, and its counts need no table rows.
        builder.HasIndex(a => new { a.DecisionDue, a.SubmittedOn, a.Id }).HasDatabaseName("ix_applications_undecided")
            .HasFilter("status IN ('AwaitingDecision', 'AwaitingDocuments')").IncludeProperties(a => a.ClientId);
        builder.HasIndex(a => new { a.ResponsibleWorkerId, a.Status });
        builder.HasIndex(a => a.ClientId);
        builder.HasIndex(a => new { a.ServiceId, a.Status, a.QueuedOn });
        builder.HasIndex(a => a.CaseFileId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(a => a.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ClientRelation>().WithMany().HasForeignKey(a => a.ApplicantRelationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.ResponsibleWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Extensions).WithOne().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Decisions).WithOne().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.Documents).HasField("_documents").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Extensions).HasField("_extensions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Decisions).HasField("_decisions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.ToTable("application_documents");
        builder.Property(d => d.Name).HasMaxLength(300);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.RecordedById).HasMaxLength(450);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(d => d.StoredFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.StoredFileId);
    }
}

internal sealed class ApplicationExtensionConfiguration : IEntityTypeConfiguration<ApplicationExtension>
{
    public void Configure(EntityTypeBuilder<ApplicationExtension> builder)
    {
        builder.ToTable("application_extensions");
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.InformedBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.RecordedById).HasMaxLength(450);
    }
}

internal sealed class ApplicationDecisionConfiguration : IEntityTypeConfiguration<ApplicationDecision>
{
    public void Configure(EntityTypeBuilder<ApplicationDecision> builder)
    {
        builder.ToTable("application_decisions");
        builder.Property(d => d.Number).HasMaxLength(30);
        builder.HasIndex(d => d.Number);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LegalBasis).HasMaxLength(2000);
        builder.Property(d => d.Reasons).HasMaxLength(ServiceApplication.MaxTextLength);
        builder.Property(d => d.DeciderId).HasMaxLength(450);
        builder.Property(d => d.DeciderName).HasMaxLength(200);
        builder.Property(d => d.NotifiedBy).HasConversion<string>().HasMaxLength(20);
    }
}

/// <summary>The bytes of an uploaded file, apart from the records that name it (so lists never load them).</summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }
    public required byte[] Content { get; set; }

    /// <summary>SHA-256 of <see cref="Content"/>, hex: detects corruption and identical uploads.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset StoredAt { get; set; }
    public required string StoredById { get; set; }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("stored_files");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.StoredById).HasMaxLength(450);
    }
}

internal sealed class ServiceEpisodeConfiguration : IEntityTypeConfiguration<ServiceEpisode>
{
    public void Configure(EntityTypeBuilder<ServiceEpisode> builder)
    {
        builder.ToTable("service_episodes");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(e => e.Provider).HasMaxLength(300);
        builder.Property(e => e.EndReason).HasMaxLength(1000);
        builder.Ignore(e => e.IsActive);
        builder.Property(e => e.Unit).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(e => e.CaseFileId);
        builder.HasIndex(e => new { e.ClientId, e.ServiceId });
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(e => e.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(e => e.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(e => e.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceApplication>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApplicationNumberCounter
{
    public int OrganisationId { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}

internal sealed class ApplicationNumberCounterConfiguration : IEntityTypeConfiguration<ApplicationNumberCounter>
{
    public void Configure(EntityTypeBuilder<ApplicationNumberCounter> builder)
    {
        builder.ToTable("application_number_counters");
        builder.HasKey(c => new { c.OrganisationId, c.Year });
    }
}
