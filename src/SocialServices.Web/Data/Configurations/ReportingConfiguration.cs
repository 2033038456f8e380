using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Organisations;
using SocialServices.Domain.Reporting;

namespace SocialServices.Web.Data.Configurations;

internal sealed class DelegationContractConfiguration : IEntityTypeConfiguration<DelegationContract>
{
    public void Configure(EntityTypeBuilder<DelegationContract> builder)
    {
        builder.ToTable("delegation_contracts");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(c => c.Number).HasMaxLength(100);
        builder.Property(c => c.Task).HasMaxLength(DelegationContract.MaxTextLength);
        builder.Property(c => c.ServiceIds).HasField("_serviceIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(c => new { c.OrganisationId, c.Number }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.ToTable("annual_reports");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(AnnualReport.MaxReasonLength);
        builder.Property(r => r.ResultsText).HasMaxLength(AnnualReport.MaxTextLength);
        builder.Property(r => r.OtherText).HasMaxLength(AnnualReport.MaxTextLength);
        builder.Property(r => r.Snapshot).HasColumnType("jsonb");
        builder.Property(r => r.CreatedById).HasMaxLength(450);
        builder.Property(r => r.CreatedByName).HasMaxLength(200);
        builder.Property(r => r.FinalisedById).HasMaxLength(450);
        builder.Property(r => r.FinalisedByName).HasMaxLength(200);
        builder.Ignore(r => r.IsDraft);
        builder.HasIndex(r => new { r.ContractId, r.Year, r.VersionNumber }).IsUnique();

        // At most one draft per contract and year: two managers starting a new version at once cannot both succeed.
        builder.HasIndex(r => new { r.ContractId, r.Year }).IsUnique().HasFilter("status = 'Draft'").HasDatabaseName("ix_annual_reports_one_draft");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DelegationContract>().WithMany().HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}
