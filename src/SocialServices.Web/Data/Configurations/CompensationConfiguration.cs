using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Community;
using SocialServices.Domain.Organisations;

namespace SocialServices.Web.Data.Configurations;

internal sealed class UnitCostConfiguration : IEntityTypeConfiguration<UnitCost>
{
    public void Configure(EntityTypeBuilder<UnitCost> builder)
    {
        builder.ToTable("unit_costs");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Unit).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Amount).HasPrecision(12, 2);
        builder.Property(c => c.Note).HasMaxLength(UnitCost.MaxNoteLength);
        builder.Property(c => c.SetById).HasMaxLength(450);
        builder.Property(c => c.EndedById).HasMaxLength(450);
        builder.HasIndex(c => new { c.Type, c.Unit, c.ValidFrom }).IsUnique();
    }
}

internal sealed class ProcuredPriceConfiguration : IEntityTypeConfiguration<ProcuredPrice>
{
    public void Configure(EntityTypeBuilder<ProcuredPrice> builder)
    {
        builder.ToTable("procured_prices");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(p => p.AmountPerUnit).HasPrecision(12, 2);
        builder.Property(p => p.Reference).HasMaxLength(ProcuredPrice.MaxReferenceLength);
        builder.Property(p => p.SetById).HasMaxLength(450);
        builder.Property(p => p.EndedById).HasMaxLength(450);
        builder.HasIndex(p => new { p.EpisodeId, p.ValidFrom }).IsUnique();
        builder.HasOne<ServiceEpisode>().WithMany().HasForeignKey(p => p.EpisodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CompensationClaimConfiguration : IEntityTypeConfiguration<CompensationClaim>
{
    public void Configure(EntityTypeBuilder<CompensationClaim> builder)
    {
        builder.ToTable("compensation_claims");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Reason).HasMaxLength(CompensationClaim.MaxReasonLength);
        builder.Property(c => c.Snapshot).HasColumnType("jsonb");
        builder.Property(c => c.Total).HasPrecision(14, 2);
        builder.Property(c => c.CreatedById).HasMaxLength(450);
        builder.Property(c => c.CreatedByName).HasMaxLength(200);
        builder.Property(c => c.SubmittedById).HasMaxLength(450);
        builder.Property(c => c.SubmittedByName).HasMaxLength(200);
        builder.Ignore(c => c.IsDraft);
        builder.HasIndex(c => new { c.MunicipalityId, c.Month, c.VersionNumber }).IsUnique();

        // At most one draft per municipality and month: two managers preparing it at once cannot both succeed.
        builder.HasIndex(c => new { c.MunicipalityId, c.Month }).IsUnique().HasFilter("status = 'Draft'").HasDatabaseName("ix_compensation_claims_one_draft");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
