using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Eligibility;

namespace SocialServices.Web.Data.Configurations;

/// <summary>
/// Stores a service's eligibility rules as JSON (jsonb): a list of requirements, each either one rule or
/// "anyOf" alternatives. Enum values are written by name so the stored rules stay readable.
/// </summary>
public static class EligibilityRulesJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static ValueConverter<IReadOnlyList<EligibilityRequirement>, string> Converter { get; } = new(
        rules => Serialize(rules),
        json => Deserialize(json));

    public static ValueComparer<IReadOnlyList<EligibilityRequirement>> Comparer { get; } = new(
        (a, b) => Serialize(a!) == Serialize(b!),
        rules => Serialize(rules).GetHashCode(StringComparison.Ordinal),
        rules => Deserialize(Serialize(rules)));

    public static string Serialize(IReadOnlyList<EligibilityRequirement> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var dto = rules.Select(r => r switch
        {
            EligibilityRule rule => new RequirementDto(ToDto(rule), null),
            AnyOfRequirement anyOf => new RequirementDto(null, anyOf.Alternatives.Select(a => a.Select(ToDto).ToList()).ToList()),
            _ => throw new ArgumentException("Unsupported requirement.", nameof(rules)),
        }).ToList();
        return JsonSerializer.Serialize(dto, Options);
    }

    public static IReadOnlyList<EligibilityRequirement> Deserialize(string json)
    {
        var dto = JsonSerializer.Deserialize<List<RequirementDto>>(json, Options) ?? [];
        return dto.Select(d => d.Rule is { } rule
                ? (EligibilityRequirement)FromDto(rule)
                : new AnyOfRequirement((d.AnyOf ?? []).Select(a => (IReadOnlyList<EligibilityRule>)a.Select(FromDto).ToList()).ToList()))
            .ToList();
    }

    private static RuleDto ToDto(EligibilityRule rule) => new(
        rule.Kind,
        rule.MinAge,
        rule.MaxAge,
        rule.Roles.Count == 0 ? null : rule.Roles.Order().ToList(),
        rule.DisabilityGroups.Count == 0 ? null : rule.DisabilityGroups.Order().ToList(),
        rule.MunicipalityId);

    private static EligibilityRule FromDto(RuleDto dto) => new(dto.Kind)
    {
        MinAge = dto.MinAge,
        MaxAge = dto.MaxAge,
        Roles = new HashSet<ApplicantRole>(dto.Roles ?? []),
        DisabilityGroups = new HashSet<DisabilityGroup>(dto.DisabilityGroups ?? []),
        MunicipalityId = dto.MunicipalityId,
    };

    private sealed record RequirementDto(RuleDto? Rule, List<List<RuleDto>>? AnyOf);

    private sealed record RuleDto(RuleKind Kind, int? MinAge, int? MaxAge, List<ApplicantRole>? Roles, List<DisabilityGroup>? DisabilityGroups, int? MunicipalityId);
}
