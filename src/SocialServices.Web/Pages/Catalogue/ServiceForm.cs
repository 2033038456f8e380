using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Eligibility;
using SocialServices.Web.Data;
using SocialServices.Web.Data.Configurations;

namespace SocialServices.Web.Pages.Catalogue;

/// <summary>What the create and edit pages share: the fields, the rule rows and the municipalities to choose from.</summary>
public interface IServiceForm
{
    ServiceFields Input { get; }

    IReadOnlyList<CatalogueMunicipality> Municipalities { get; }
}

public sealed record CatalogueMunicipality(int Id, string Name);

/// <summary>The fields of a catalogue entry as the form posts them (the code is the create page's own).</summary>
public record ServiceFields
{
    public const int NameMaxLength = 300;
    public const int TextMaxLength = 300;
    public const int DescriptionMaxLength = 4000;
    public const int TargetGroupMaxLength = 1000;
    public const int FrequencyMaxLength = 100;
    public const int DocumentMaxLength = 300;
    public const int MaxDocuments = 30;
    public const int MaxSessions = 500;
    public const int MaxGroupSize = 200;

    public string Name { get; init; } = string.Empty;
    public ServiceType? Type { get; init; }
    public FundingSource? Funding { get; init; }
    public string? Provider { get; init; }
    public string? Location { get; init; }
    public string? Description { get; init; }
    public string? TargetGroup { get; init; }
    public int? SessionCount { get; init; }
    public string? Frequency { get; init; }
    public int? PlannedGroupSize { get; init; }

    /// <summary>The required documents, one per line.</summary>
    public string? RequiredDocuments { get; init; }

    /// <summary>The eligibility rules, one row each; rows with an alternative number make up the service's "any of" group.</summary>
    public List<RuleRow> Rules { get; init; } = [];

    public bool IsGroupProgramme => Type == ServiceType.EducationalAndSupportGroup;

    public static ServiceFields From(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new ServiceFields
        {
            Name = service.Name,
            Type = service.Type,
            Funding = service.Funding,
            Provider = service.Provider,
            Location = service.Location,
            Description = service.Description,
            TargetGroup = service.TargetGroup,
            SessionCount = service.SessionCount,
            Frequency = service.Frequency,
            PlannedGroupSize = service.PlannedGroupSize,
            RequiredDocuments = string.Join("\n", service.RequiredDocuments),
            Rules = RuleRows.From(service.Rules),
        };
    }

    public IReadOnlyList<string> DocumentLines() =>
        (RequiredDocuments ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    /// <summary>The details for <see cref="Service.Update"/>; call only after the validator passed.</summary>
    public ServiceDetails ToDetails() => new(
        Name,
        Type ?? throw new InvalidOperationException("Validate the form first."),
        Funding ?? throw new InvalidOperationException("Validate the form first."),
        Provider,
        Location,
        Description,
        TargetGroup,
        IsGroupProgramme ? SessionCount : null,
        IsGroupProgramme ? Frequency : null,
        IsGroupProgramme ? PlannedGroupSize : null,
        DocumentLines(),
        RuleRows.ToRequirements(Rules));
}

/// <summary>
/// One row of the rules editor. Only the fields of the chosen kind are kept (ages for age rules, roles for the
/// applicant's role, ...). <see cref="Alternative"/> empty: the rule is required on its own; a number: the rule
/// belongs to that alternative of the service's one "any of" group (same number: AND; different numbers: OR).
/// </summary>
public sealed record RuleRow
{
    public RuleKind? Kind { get; init; }
    public int? MinAge { get; init; }
    public int? MaxAge { get; init; }
    public List<ApplicantRole> Roles { get; init; } = [];
    public List<DisabilityGroup> DisabilityGroups { get; init; } = [];
    public int? MunicipalityId { get; init; }
    public int? Alternative { get; init; }
    public bool Remove { get; init; }

    /// <summary>Nothing chosen or typed: an empty row added with "add a rule" and left as it was.</summary>
    public bool IsBlank => Kind is null && MinAge is null && MaxAge is null && Roles.Count == 0 && DisabilityGroups.Count == 0 && MunicipalityId is null && Alternative is null;

    /// <summary>Whether the row becomes a rule when saved (not removed, not blank).</summary>
    public bool Counts => !Remove && !IsBlank;
}

/// <summary>Rules as data ↔ rows of the editor. Loading rules into rows and saving them unchanged gives the same rules, in the same order.</summary>
public static class RuleRows
{
    public const int MaxAge = 120;
    public const int MaxAlternative = 20;
    public const int MaxRows = 50;

    public static bool UsesAges(RuleKind? kind) => kind is RuleKind.ClientAge or RuleKind.ChildInHouseholdAge or RuleKind.AdultOrphanUpTo24;

    public static bool UsesRoles(RuleKind? kind) => kind is RuleKind.ApplicantRole;

    public static bool UsesDisabilityGroups(RuleKind? kind) => kind is RuleKind.DisabilityGroup;

    public static bool UsesMunicipality(RuleKind? kind) => kind is RuleKind.ResidenceInMunicipality;

    /// <summary>The rows of stored rules: each rule a row; the rules of an "any of" group at the group's place, numbered by alternative.</summary>
    public static List<RuleRow> From(IReadOnlyList<EligibilityRequirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var rows = new List<RuleRow>();
        var offset = 0;
        foreach (var requirement in requirements)
        {
            switch (requirement)
            {
                case EligibilityRule rule:
                    rows.Add(Row(rule, null));
                    break;
                case AnyOfRequirement anyOf:
                    // The editor knows one "any of" group per service; a second one (never written by it) continues the numbering.
                    for (var i = 0; i < anyOf.Alternatives.Count; i++)
                    {
                        rows.AddRange(anyOf.Alternatives[i].Select(r => Row(r, offset + i + 1)));
                    }

                    offset += anyOf.Alternatives.Count;
                    break;
                default:
                    throw new ArgumentException("Unsupported requirement.", nameof(requirements));
            }
        }

        return rows;
    }

    /// <summary>
    /// The rules of the rows that count, in row order; the "any of" group stands where its first row is, its
    /// alternatives ordered by number, the rules of each alternative in row order.
    /// </summary>
    public static IReadOnlyList<EligibilityRequirement> ToRequirements(IEnumerable<RuleRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var counted = rows.Where(r => r.Counts && r.Kind is not null).ToList();
        var alternatives = counted.Where(r => r.Alternative is not null)
            .GroupBy(r => r.Alternative!.Value)
            .OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<EligibilityRule>)g.Select(ToRule).ToList())
            .ToList();
        var requirements = new List<EligibilityRequirement>();
        var groupAdded = false;
        foreach (var row in counted)
        {
            if (row.Alternative is null)
            {
                requirements.Add(ToRule(row));
            }
            else if (!groupAdded)
            {
                requirements.Add(new AnyOfRequirement(alternatives));
                groupAdded = true;
            }
        }

        return requirements;
    }

    /// <summary>The rule of a row, with only the fields its kind uses.</summary>
    public static EligibilityRule ToRule(RuleRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var kind = row.Kind ?? throw new ArgumentException("A rule row needs a kind.", nameof(row));
        return kind switch
        {
            RuleKind.ClientAge or RuleKind.ChildInHouseholdAge => new EligibilityRule(kind) { MinAge = row.MinAge, MaxAge = row.MaxAge },
            RuleKind.AdultOrphanUpTo24 => EligibilityRule.AdultOrphan() with
            {
                MinAge = row.MinAge ?? EligibilityRule.AdultOrphan().MinAge,
                MaxAge = row.MaxAge ?? EligibilityRule.AdultOrphan().MaxAge,
            },
            RuleKind.ApplicantRole => EligibilityRule.Role([.. row.Roles.Distinct()]),
            RuleKind.DisabilityGroup => EligibilityRule.Disability([.. row.DisabilityGroups.Distinct()]),
            RuleKind.ResidenceInMunicipality => EligibilityRule.Residence(row.MunicipalityId),
            _ => new EligibilityRule(kind),
        };
    }

    /// <summary>A municipality that is not in the list (a crafted post) is an invalid value next to its field.</summary>
    public static void CheckMunicipalities(ServiceFields input, IReadOnlyList<CatalogueMunicipality> municipalities, ModelStateDictionary modelState, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(municipalities);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(t);
        for (var i = 0; i < input.Rules.Count; i++)
        {
            var row = input.Rules[i];
            if (row.Counts && UsesMunicipality(row.Kind) && row.MunicipalityId is { } id && municipalities.All(m => m.Id != id))
            {
                modelState.AddModelError($"Input.Rules[{i}].MunicipalityId", t["Rule.UnknownMunicipality"]);
            }
        }
    }

    private static RuleRow Row(EligibilityRule rule, int? alternative) => new()
    {
        Kind = rule.Kind,
        MinAge = rule.MinAge,
        MaxAge = rule.MaxAge,
        Roles = [.. rule.Roles.Order()],
        DisabilityGroups = [.. rule.DisabilityGroups.Order()],
        MunicipalityId = rule.MunicipalityId,
        Alternative = alternative,
    };
}

/// <summary>The rules of a service's fields, one place for each, shared by the create and edit pages.</summary>
public sealed class ServiceFieldsValidator : AbstractValidator<ServiceFields>
{
    public ServiceFieldsValidator(IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(t["Catalogue.NameRequired"])
            .MaximumLength(ServiceFields.NameMaxLength).WithMessage(t["Catalogue.TooLong", ServiceFields.NameMaxLength]);
        RuleFor(c => c.Type).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(t["Catalogue.TypeRequired"])
            .IsInEnum().WithMessage(t["Catalogue.InvalidValue"]);
        RuleFor(c => c.Funding).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(t["Catalogue.FundingRequired"])
            .IsInEnum().WithMessage(t["Catalogue.InvalidValue"]);
        RuleFor(c => c.Provider).MaximumLength(ServiceFields.TextMaxLength).WithMessage(t["Catalogue.TooLong", ServiceFields.TextMaxLength]);
        RuleFor(c => c.Location).MaximumLength(ServiceFields.TextMaxLength).WithMessage(t["Catalogue.TooLong", ServiceFields.TextMaxLength]);
        RuleFor(c => c.Description).MaximumLength(ServiceFields.DescriptionMaxLength).WithMessage(t["Catalogue.TooLong", ServiceFields.DescriptionMaxLength]);
        RuleFor(c => c.TargetGroup).MaximumLength(ServiceFields.TargetGroupMaxLength).WithMessage(t["Catalogue.TooLong", ServiceFields.TargetGroupMaxLength]);
        RuleFor(c => c.Frequency).MaximumLength(ServiceFields.FrequencyMaxLength).WithMessage(t["Catalogue.TooLong", ServiceFields.FrequencyMaxLength]);

        When(c => c.IsGroupProgramme, () =>
        {
            RuleFor(c => c.TargetGroup).Must(g => !string.IsNullOrWhiteSpace(g)).WithMessage(t["Catalogue.TargetGroupRequired"]);
            RuleFor(c => c.SessionCount)
                .Must((c, count) => count is not null || !string.IsNullOrWhiteSpace(c.Frequency)).WithMessage(t["Catalogue.SessionsOrFrequencyRequired"])
                .InclusiveBetween(1, ServiceFields.MaxSessions).WithMessage(t["Catalogue.SessionCountRange", ServiceFields.MaxSessions]);
            RuleFor(c => c.PlannedGroupSize)
                .InclusiveBetween(1, ServiceFields.MaxGroupSize).WithMessage(t["Catalogue.GroupSizeRange", ServiceFields.MaxGroupSize]);
        });

        RuleFor(c => c.RequiredDocuments).Custom((_, context) =>
        {
            var lines = context.InstanceToValidate.DocumentLines();
            if (lines.Count > ServiceFields.MaxDocuments)
            {
                context.AddFailure(t["Catalogue.TooManyDocuments", ServiceFields.MaxDocuments]);
            }
            else if (lines.Any(l => l.Length > ServiceFields.DocumentMaxLength))
            {
                context.AddFailure(t["Catalogue.DocumentTooLong", ServiceFields.DocumentMaxLength]);
            }
        });

        RuleFor(c => c.Rules).Custom((rows, context) => ValidateRows(rows, context, t));
    }

    private static void ValidateRows(List<RuleRow> rows, ValidationContext<ServiceFields> context, IStringLocalizer t)
    {
        if (rows.Count > RuleRows.MaxRows)
        {
            context.AddFailure("Rules", t["Rule.TooManyRules", RuleRows.MaxRows]);
            return;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!row.Counts)
            {
                continue;
            }

            var at = $"Rules[{i}].";
            if (row.Kind is not { } kind || !Enum.IsDefined(kind))
            {
                context.AddFailure(at + nameof(RuleRow.Kind), t["Rule.KindRequired"]);
                continue;
            }

            if (RuleRows.UsesAges(kind))
            {
                ValidateAges(row, at, context, t, boundRequired: kind != RuleKind.AdultOrphanUpTo24);
            }

            if (RuleRows.UsesRoles(kind) && (row.Roles.Count == 0 || row.Roles.Any(r => !Enum.IsDefined(r))))
            {
                context.AddFailure(at + nameof(RuleRow.Roles), t["Rule.RoleRequired"]);
            }

            if (RuleRows.UsesDisabilityGroups(kind) && (row.DisabilityGroups.Count == 0 || row.DisabilityGroups.Any(g => !Enum.IsDefined(g))))
            {
                context.AddFailure(at + nameof(RuleRow.DisabilityGroups), t["Rule.DisabilityGroupRequired"]);
            }

            if (RuleRows.UsesMunicipality(kind) && row.MunicipalityId is null)
            {
                context.AddFailure(at + nameof(RuleRow.MunicipalityId), t["Rule.MunicipalityRequired"]);
            }

            if (row.Alternative is { } alternative && (alternative < 1 || alternative > RuleRows.MaxAlternative))
            {
                context.AddFailure(at + nameof(RuleRow.Alternative), t["Rule.AlternativeRange", RuleRows.MaxAlternative]);
            }
        }

        // The "any of" group: its rows must name at least two different alternatives, or there is nothing to choose from.
        var grouped = rows.Select((row, index) => (row, index)).Where(x => x.row.Counts && x.row.Alternative is >= 1 and <= RuleRows.MaxAlternative).ToList();
        if (grouped.Count > 0 && grouped.Select(x => x.row.Alternative).Distinct().Count() < 2)
        {
            foreach (var (_, index) in grouped)
            {
                context.AddFailure($"Rules[{index}].{nameof(RuleRow.Alternative)}", t["Rule.AlternativesTooFew"]);
            }
        }
    }

    private static void ValidateAges(RuleRow row, string at, ValidationContext<ServiceFields> context, IStringLocalizer t, bool boundRequired)
    {
        var minValid = row.MinAge is null or (>= 0 and <= RuleRows.MaxAge);
        var maxValid = row.MaxAge is null or (>= 0 and <= RuleRows.MaxAge);
        if (!minValid)
        {
            context.AddFailure(at + nameof(RuleRow.MinAge), t["Rule.AgeRange", RuleRows.MaxAge]);
        }

        if (!maxValid)
        {
            context.AddFailure(at + nameof(RuleRow.MaxAge), t["Rule.AgeRange", RuleRows.MaxAge]);
        }

        if (minValid && maxValid && row.MinAge is { } min && row.MaxAge is { } max && min > max)
        {
            context.AddFailure(at + nameof(RuleRow.MaxAge), t["Rule.MinAboveMax"]);
        }

        if (boundRequired && row.MinAge is null && row.MaxAge is null)
        {
            context.AddFailure(at + nameof(RuleRow.MinAge), t["Rule.AgeBoundRequired"]);
        }
    }
}

/// <summary>The catalogue's queries and texts shared by its pages.</summary>
public static class CatalogueData
{
    public static async Task<IReadOnlyList<CatalogueMunicipality>> MunicipalitiesAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Municipalities.AsNoTracking().Select(m => new CatalogueMunicipality(m.Id, m.Name)).ToListAsync(ct);
        return rows.OrderBy(m => m.Name, StringComparer.Create(CultureInfo.GetCultureInfo("lv-LV"), ignoreCase: true)).ToList();
    }

    public static IReadOnlyDictionary<int, string> Names(this IReadOnlyList<CatalogueMunicipality> municipalities)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        return municipalities.ToDictionary(m => m.Id, m => m.Name);
    }

    /// <summary>Binding errors (a number that does not parse, an unknown option) in the user's language, next to their fields.</summary>
    public static void LocaliseBindingErrors(ModelStateDictionary modelState, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(t);
        foreach (var entry in modelState.Values.Where(e => e.Errors.Count > 0))
        {
            entry.Errors.Clear();
            entry.Errors.Add(t["Catalogue.InvalidValue"]);
        }
    }

    /// <summary>The stored values of a service an edit compares, by field name (the audit names the changed fields, not their values).</summary>
    public static IReadOnlyDictionary<string, string?> Values(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new Dictionary<string, string?>
        {
            [nameof(Service.Name)] = service.Name,
            [nameof(Service.Type)] = service.Type.ToString(),
            [nameof(Service.Funding)] = service.Funding.ToString(),
            [nameof(Service.Provider)] = service.Provider,
            [nameof(Service.Location)] = service.Location,
            [nameof(Service.Description)] = service.Description,
            [nameof(Service.TargetGroup)] = service.TargetGroup,
            [nameof(Service.SessionCount)] = service.SessionCount?.ToString(CultureInfo.InvariantCulture),
            [nameof(Service.Frequency)] = service.Frequency,
            [nameof(Service.PlannedGroupSize)] = service.PlannedGroupSize?.ToString(CultureInfo.InvariantCulture),
            [nameof(Service.RequiredDocuments)] = string.Join("\n", service.RequiredDocuments),
            [nameof(Service.Rules)] = EligibilityRulesJson.Serialize(service.Rules),
        };
    }

    /// <summary>A service's fields as a person reads them (label, value), for the conflict box.</summary>
    public static IReadOnlyList<(string Label, string Value)> Display(ServiceFields fields, IStringLocalizer t, IReadOnlyDictionary<int, string> municipalities)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(t);
        var group = fields.IsGroupProgramme;
        return
        [
            (t["Catalogue.Name"], fields.Name.Trim()),
            (t["Catalogue.Type"], fields.Type is { } type ? t["ServiceType." + type] : "—"),
            (t["Catalogue.Funding"], fields.Funding is { } funding ? t["Catalogue.Funding." + funding] : "—"),
            (t["Catalogue.Provider"], Or(fields.Provider)),
            (t["Catalogue.Location"], Or(fields.Location)),
            (t["Catalogue.Description"], Or(fields.Description)),
            (t["Catalogue.TargetGroup"], Or(fields.TargetGroup)),
            (t["Catalogue.SessionCount"], group ? Or(fields.SessionCount?.ToString(CultureInfo.CurrentCulture)) : "—"),
            (t["Catalogue.Frequency"], group ? Or(fields.Frequency) : "—"),
            (t["Catalogue.PlannedGroupSize"], group ? Or(fields.PlannedGroupSize?.ToString(CultureInfo.CurrentCulture)) : "—"),
            (t["Catalogue.RequiredDocuments"], Or(string.Join("; ", fields.DocumentLines()))),
            (t["Catalogue.Rules"], Or(string.Join("; ", RuleRows.ToRequirements(fields.Rules).Select(r => RuleText.Describe(t, r, municipalities))))),
        ];
    }

    private static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value.Trim();
}
