using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Catalogue;

namespace SocialServices.Web.Data.Configurations;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.ToTable("services");
        builder.Property(s => s.Code).HasMaxLength(20);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Funding).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Description).HasMaxLength(4000);
        builder.Property(s => s.TargetGroup).HasMaxLength(1000);
        builder.Property(s => s.Frequency).HasMaxLength(100);
        builder.Property(s => s.Provider).HasMaxLength(300);
        builder.Property(s => s.Location).HasMaxLength(300);
        builder.PrimitiveCollection(s => s.RequiredDocuments).HasField("_requiredDocuments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(s => s.Rules).HasColumnType("jsonb")
            .HasConversion(EligibilityRulesJson.Converter, EligibilityRulesJson.Comparer)
            .HasDefaultValueSql("'[]'::jsonb");
        builder.Property<uint>("Version").IsRowVersion(); // PostgreSQL xmin
        builder.Ignore(s => s.IsGroupProgramme);
    }
}
