using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("assessments");
        builder.Property<uint>("Version").IsRowVersion(); // PostgreSQL xmin
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.RiskLevel).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.RiskCoefficient).HasPrecision(4, 2);
        builder.Property(a => a.AssessorId).HasMaxLength(450);
        builder.Property(a => a.AssessorName).HasMaxLength(256);
        builder.Property(a => a.CompletedById).HasMaxLength(450);
        builder.Property(a => a.CompletedByName).HasMaxLength(256);
        builder.Property(a => a.CorrectionReason).HasMaxLength(2000);

        // The instrument's content and the identified problems: structured records kept whole as JSON (jsonb).
        builder.Property(a => a.Content).HasColumnType("jsonb")
            .HasConversion(AssessmentJson.Converter<AssessmentContent>(), AssessmentJson.Comparer<AssessmentContent>());
        builder.Property(a => a.Problems).HasField("_problems").UsePropertyAccessMode(PropertyAccessMode.Field).HasColumnType("jsonb")
            .HasConversion(AssessmentJson.Converter<IReadOnlyList<IdentifiedProblem>>(), AssessmentJson.Comparer<IReadOnlyList<IdentifiedProblem>>())
            .HasDefaultValueSql("'[]'::jsonb");

        builder.Ignore(a => a.IsCompleted);
        builder.Ignore(a => a.IsSuperseded);
        builder.Ignore(a => a.CanBeCorrected);

        builder.HasIndex(a => a.CaseFileId);
        builder.HasIndex(a => new { a.ClientId, a.Kind, a.Status });
        builder.HasIndex(a => a.FirstVersionId);

        // A version is corrected at most once: the versions of an assessment form one line.
        builder.HasIndex(a => a.PreviousVersionId).IsUnique().HasFilter("previous_version_id IS NOT NULL");
        builder.HasOne<CaseFile>().WithMany().HasForeignKey(a => a.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(a => a.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(a => a.FirstVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.AssessorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FunctionalDomainConfiguration : IEntityTypeConfiguration<FunctionalDomain>
{
    public void Configure(EntityTypeBuilder<FunctionalDomain> builder)
    {
        builder.ToTable("functional_domains");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(d => d.Name).HasMaxLength(FunctionalDomain.NameMaxLength);
        builder.HasIndex(d => d.Name).IsUnique();
        builder.HasIndex(d => d.SortOrder);
    }
}

internal sealed class RiskItemConfiguration : IEntityTypeConfiguration<RiskItem>
{
    public void Configure(EntityTypeBuilder<RiskItem> builder)
    {
        builder.ToTable("risk_items");
        builder.Property<uint>("Version").IsRowVersion();
        builder.Property(i => i.Name).HasMaxLength(RiskItem.NameMaxLength);
        builder.HasIndex(i => i.Name).IsUnique();
        builder.HasIndex(i => i.SortOrder);
    }
}

/// <summary>
/// The JSON form of assessment contents: camelCase names, enums by name (the stored JSON stays readable), nulls left out.
/// Values are compared by their JSON, so a changed score inside a list is saved.
/// </summary>
public static class AssessmentJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("Stored assessment JSON is empty.");

    public static ValueConverter<T, string> Converter<T>() => new(v => Serialize(v), json => Deserialize<T>(json));

    public static ValueComparer<T> Comparer<T>() => new(
        (a, b) => Serialize(a) == Serialize(b),
        v => Serialize(v).GetHashCode(StringComparison.Ordinal),
        v => Deserialize<T>(Serialize(v)));
}
