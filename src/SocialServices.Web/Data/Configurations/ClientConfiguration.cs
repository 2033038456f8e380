using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Organisations;

namespace SocialServices.Web.Data.Configurations;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    /// <summary>PostgreSQL's ICU collation for Latvian, present in every ICU-enabled build (Debian's included).</summary>
    public const string LatvianCollation = "lv-x-icu";

    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(c => c.PersonalCode).HasMaxLength(12);
        // One person, one code: the database refuses a second client with the same code.
        builder.HasIndex(c => c.PersonalCode).IsUnique().HasFilter("personal_code IS NOT NULL");
        // Latvian alphabetical order in the database (ICU "lv": Č after C, Š after S, Ž after Z).
        builder.Property(c => c.FirstName).HasMaxLength(100).UseCollation(LatvianCollation);
        builder.Property(c => c.LastName).HasMaxLength(100).UseCollation(LatvianCollation);
        builder.Property(c => c.SearchName).HasMaxLength(201);
        // Trigram index: diacritic-insensitive "contains" search on folded names stays fast at 100,000 clients.
        builder.HasIndex(c => c.SearchName).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(c => new { c.LastName, c.FirstName });
        builder.HasIndex(c => c.BirthDate);
        builder.HasIndex(c => c.MunicipalityId);
        builder.HasIndex(c => c.RegisteredById);
        builder.Property(c => c.Gender).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.DisabilityGroup).HasConversion<string>().HasMaxLength(5);
        builder.PrimitiveCollection(c => c.TargetGroups).HasField("_targetGroups").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(c => c.Address).HasMaxLength(300);
        builder.Property(c => c.Phone).HasMaxLength(40);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.PreferredLanguage).HasMaxLength(10);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.Property(c => c.DataProcessingInformedBy).HasMaxLength(256);
        builder.Property(c => c.RegisteredById).HasMaxLength(450);
        builder.Property(c => c.ArchiveReason).HasMaxLength(1000);
        builder.Ignore(c => c.FullName);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Relations).WithOne().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(c => c.Relations).HasField("_relations").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ClientRelationConfiguration : IEntityTypeConfiguration<ClientRelation>
{
    public void Configure(EntityTypeBuilder<ClientRelation> builder)
    {
        builder.ToTable("client_relations");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Notes).HasMaxLength(1000);
        builder.Property(r => r.EndReason).HasMaxLength(1000);
        builder.Ignore(r => r.IsCurrent);
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.RelatedClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.RelatedClientId);
        builder.OwnsOne(r => r.Person, person =>
        {
            person.Property(p => p.FirstName).HasMaxLength(100).HasColumnName("person_first_name");
            person.Property(p => p.LastName).HasMaxLength(100).HasColumnName("person_last_name");
            person.Property(p => p.BirthDate).HasColumnName("person_birth_date");
            person.Property(p => p.PersonalCode).HasMaxLength(12).HasColumnName("person_personal_code");
        });
    }
}
