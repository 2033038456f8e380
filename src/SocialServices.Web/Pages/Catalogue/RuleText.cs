using System.Globalization;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Eligibility;

namespace SocialServices.Web.Pages.Catalogue;

/// <summary>
/// An eligibility requirement in plain words ("Klienta vecums no 8 līdz 12 gadiem", "Iesniedzējs ir: vecāks vai
/// likumiskais pārstāvis"), for the catalogue, the rules editor and the application pages. An "any of" group reads
/// as its numbered alternatives, each the rules of the alternative joined with "un".
/// </summary>
public static class RuleText
{
    private static readonly EligibilityRule AdultOrphanDefaults = EligibilityRule.AdultOrphan();

    /// <param name="localizer">The shared localizer (the texts are "Rule.*" strings).</param>
    /// <param name="requirement">One rule or an "any of" group.</param>
    /// <param name="municipalities">Municipality names by id, for declared-residence rules; without it (or for an unknown id) the id is shown.</param>
    public static string Describe(IStringLocalizer localizer, EligibilityRequirement requirement, IReadOnlyDictionary<int, string>? municipalities = null)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(requirement);
        return requirement switch
        {
            EligibilityRule rule => DescribeRule(localizer, rule, municipalities),
            AnyOfRequirement anyOf => DescribeAnyOf(localizer, anyOf, municipalities),
            _ => throw new ArgumentException("Unsupported requirement.", nameof(requirement)),
        };
    }

    /// <summary>The name of a rule kind, as in the editor's select ("Klienta vecums").</summary>
    public static string KindName(IStringLocalizer localizer, RuleKind kind)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer["Rule.Kind." + kind];
    }

    /// <summary>The name of an applicant's role, capitalised as a label ("Likumiskais pārstāvis").</summary>
    public static string RoleName(IStringLocalizer localizer, ApplicantRole role)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer["Rule.Role." + role];
    }

    private static string DescribeRule(IStringLocalizer t, EligibilityRule rule, IReadOnlyDictionary<int, string>? municipalities) => rule.Kind switch
    {
        RuleKind.ClientAge => Ages(t, "Rule.Text.ClientAge", rule),
        RuleKind.ChildInHouseholdAge => Ages(t, "Rule.Text.ChildAge", rule),
        RuleKind.ApplicantRole => t["Rule.Text.Role", Join(t, rule.Roles.Order().Select(r => Lower(RoleName(t, r))))],
        RuleKind.InBehaviourCorrectionProgramme => t["Rule.Text.InBehaviourCorrection"],
        RuleKind.ChildOfApplicantInBehaviourCorrectionProgramme => t["Rule.Text.ChildInBehaviourCorrection"],
        RuleKind.CustodyRightsSuspendedOrAtRisk => t["Rule.Text.CustodyAtRisk"],
        RuleKind.AdultOrphanUpTo24 => t["Rule.Text.AdultOrphan", Number(rule.MinAge ?? AdultOrphanDefaults.MinAge), Number(rule.MaxAge ?? AdultOrphanDefaults.MaxAge)],
        RuleKind.DisabilityGroup => rule.DisabilityGroups.Count == 0
            ? t["Rule.Text.DisabilityAny"]
            : t["Rule.Text.Disability", Join(t, rule.DisabilityGroups.Order().Select(g => g.ToString()))],
        RuleKind.ResidenceInMunicipality => t["Rule.Text.Residence", Municipality(t, rule.MunicipalityId, municipalities)],
        _ => t["Rule.Text.Unknown", rule.Kind.ToString()],
    };

    private static string DescribeAnyOf(IStringLocalizer t, AnyOfRequirement anyOf, IReadOnlyDictionary<int, string>? municipalities)
    {
        var alternatives = anyOf.Alternatives.Select((rules, i) =>
            t["Rule.Text.Alternative", Number(i + 1), rules.Select(r => Lower(DescribeRule(t, r, municipalities))).DefaultIfEmpty("—").Aggregate((a, b) => t["Rule.Text.And", a, b])].Value);
        return t["Rule.Text.AnyOf", string.Join("; ", alternatives)];
    }

    private static string Ages(IStringLocalizer t, string prefix, EligibilityRule rule) => (rule.MinAge, rule.MaxAge) switch
    {
        ({ } min, { } max) => t[prefix + ".Between", Number(min), Number(max)],
        ({ } min, null) => t[prefix + ".From", Number(min)],
        (null, { } max) => t[prefix + ".UpTo", Number(max)],
        _ => t[prefix + ".Any"],
    };

    private static string Municipality(IStringLocalizer t, int? id, IReadOnlyDictionary<int, string>? municipalities) => id switch
    {
        null => t["Rule.Text.MunicipalityNotSet"],
        { } known when municipalities is not null && municipalities.TryGetValue(known, out var name) => name,
        { } unknown => t["Rule.Text.MunicipalityNumber", Number(unknown)],
    };

    /// <summary>"a", "a vai b", "a, b vai c".</summary>
    private static string Join(IStringLocalizer t, IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1
            ? string.Concat(list)
            : t["Rule.Text.Or", string.Join(", ", list.Take(list.Count - 1)), list[^1]];
    }

    /// <summary>A sentence's first letter in lower case, for a text that continues another ("… un mājsaimniecībā ir bērns …").</summary>
    private static string Lower(string text) =>
        text.Length == 0 || (text.Length > 1 && char.IsUpper(text[1])) ? text : char.ToLower(text[0], CultureInfo.CurrentCulture) + text[1..];

    private static string Number(int? value) => value?.ToString(CultureInfo.CurrentCulture) ?? string.Empty;
}
