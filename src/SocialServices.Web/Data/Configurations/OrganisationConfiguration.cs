using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Organisations;

namespace SocialServices.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.Property(o => o.RegistrationNumber).HasMaxLength(20);
        builder.Property(o => o.Address).HasMaxLength(300);
        builder.HasIndex(o => o.RegistrationNumber).IsUnique();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(o => o.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Code).HasMaxLength(10);
        builder.Property<uint>("Version").IsRowVersion();
        builder.HasIndex(m => m.Code).IsUnique();
    }
}
