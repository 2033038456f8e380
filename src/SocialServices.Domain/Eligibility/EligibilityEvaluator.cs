using System.Globalization;
using SocialServices.Domain.Clients;

namespace SocialServices.Domain.Eligibility;

/// <summary>Evaluates eligibility requirements against known facts. Eligibility advises; nobody is refused by it.</summary>
public static class EligibilityEvaluator
{
    public static EligibilityResult Evaluate(IReadOnlyList<EligibilityRequirement> requirements, EligibilityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(facts);

        var results = requirements.Select(r => EvaluateRequirement(r, facts)).ToList();
        return new EligibilityResult(Combine(results.Select(r => r.Outcome)), results);
    }

    public static RuleResult EvaluateRule(EligibilityRule rule, EligibilityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(facts);
        return rule.Kind switch
        {
            RuleKind.ClientAge => ClientAge(rule, facts),
            RuleKind.ChildInHouseholdAge => ChildAge(rule, facts),
            RuleKind.ApplicantRole => Role(rule, facts),
            RuleKind.InBehaviourCorrectionProgramme => Flag(
                rule,
                facts.InBehaviourCorrectionProgramme is true || facts.TargetGroups.Contains(TargetGroup.ChildInBehaviourCorrectionProgramme) ? true : facts.InBehaviourCorrectionProgramme,
                "BehaviourCorrection"),
            RuleKind.ChildOfApplicantInBehaviourCorrectionProgramme => Flag(rule, facts.ChildInBehaviourCorrectionProgramme, "ChildBehaviourCorrection"),
            RuleKind.CustodyRightsSuspendedOrAtRisk => Flag(rule, facts.CustodyRightsSuspendedOrAtRisk, "CustodyAtRisk"),
            RuleKind.AdultOrphanUpTo24 => AdultOrphan(rule, facts),
            RuleKind.DisabilityGroup => Disability(rule, facts),
            RuleKind.ResidenceInMunicipality => Residence(rule, facts),
            _ => new RuleResult(rule, EligibilityOutcome.Unknown, "Rule.UnknownKind", [rule.Kind.ToString()]),
        };
    }

    private static RequirementResult EvaluateRequirement(EligibilityRequirement requirement, EligibilityFacts facts)
    {
        switch (requirement)
        {
            case EligibilityRule rule:
                var r = EvaluateRule(rule, facts);
                return new RequirementResult(rule, r.Outcome, r.ReasonCode, r.Arguments, [r]);
            case AnyOfRequirement anyOf:
                var details = new List<RuleResult>();
                var alternatives = new List<EligibilityOutcome>();
                foreach (var alternative in anyOf.Alternatives)
                {
                    var inner = alternative.Select(x => EvaluateRule(x, facts)).ToList();
                    details.AddRange(inner);
                    alternatives.Add(Combine(inner.Select(x => x.Outcome)));
                }

                var outcome = alternatives.Contains(EligibilityOutcome.Passed) ? EligibilityOutcome.Passed
                    : alternatives.Contains(EligibilityOutcome.Unknown) ? EligibilityOutcome.Unknown
                    : EligibilityOutcome.Failed;
                var code = outcome switch
                {
                    EligibilityOutcome.Passed => "AnyOf.OneAlternativeMet",
                    EligibilityOutcome.Unknown => "AnyOf.NoneMetSomeUnknown",
                    _ => "AnyOf.NoAlternativeMet",
                };
                return new RequirementResult(anyOf, outcome, code, [Num(anyOf.Alternatives.Count)], details);
            default:
                throw new ArgumentException("Unsupported requirement.", nameof(requirement));
        }
    }

    private static EligibilityOutcome Combine(IEnumerable<EligibilityOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return list.Contains(EligibilityOutcome.Failed) ? EligibilityOutcome.Failed
            : list.Contains(EligibilityOutcome.Unknown) ? EligibilityOutcome.Unknown
            : EligibilityOutcome.Passed;
    }

    private static bool InRange(int age, EligibilityRule rule) =>
        (rule.MinAge is null || age >= rule.MinAge) && (rule.MaxAge is null || age <= rule.MaxAge);

    private static string Num(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static RuleResult ClientAge(EligibilityRule rule, EligibilityFacts facts)
    {
        if (facts.Age is not { } age)
        {
            return new RuleResult(rule, EligibilityOutcome.Unknown, "ClientAge.BirthDateUnknown", [Num(rule.MinAge), Num(rule.MaxAge)]);
        }

        return InRange(age, rule)
            ? new RuleResult(rule, EligibilityOutcome.Passed, "ClientAge.InRange", [Num(age), Num(rule.MinAge), Num(rule.MaxAge)])
            : new RuleResult(rule, EligibilityOutcome.Failed, "ClientAge.OutOfRange", [Num(age), Num(rule.MinAge), Num(rule.MaxAge)]);
    }

    private static RuleResult ChildAge(EligibilityRule rule, EligibilityFacts facts)
    {
        string[] range = [Num(rule.MinAge), Num(rule.MaxAge)];
        if (facts.ChildrenAges is null)
        {
            return new RuleResult(rule, EligibilityOutcome.Unknown, "ChildAge.HouseholdUnknown", range);
        }

        if (facts.ChildrenAges.Any(a => a is { } age && InRange(age, rule)))
        {
            return new RuleResult(rule, EligibilityOutcome.Passed, "ChildAge.ChildInRange", range);
        }

        if (facts.ChildrenAges.Any(a => a is null))
        {
            return new RuleResult(rule, EligibilityOutcome.Unknown, "ChildAge.ChildAgeUnknown", range);
        }

        return facts.ChildrenAges.Count == 0
            ? new RuleResult(rule, EligibilityOutcome.Failed, "ChildAge.NoChildInHousehold", range)
            : new RuleResult(rule, EligibilityOutcome.Failed, "ChildAge.NoChildInRange", range);
    }

    private static RuleResult Role(EligibilityRule rule, EligibilityFacts facts)
    {
        var required = string.Join(", ", rule.Roles.Order());
        var held = new HashSet<ApplicantRole>(facts.Roles ?? new HashSet<ApplicantRole>());
        if (facts.TargetGroups.Contains(TargetGroup.SingleParent))
        {
            held.Add(ApplicantRole.SingleParent);
        }

        if (held.Overlaps(rule.Roles))
        {
            return new RuleResult(rule, EligibilityOutcome.Passed, "Role.Held", [required]);
        }

        return facts.Roles is null
            ? new RuleResult(rule, EligibilityOutcome.Unknown, "Role.RolesUnknown", [required])
            : new RuleResult(rule, EligibilityOutcome.Failed, "Role.NotHeld", [required]);
    }

    private static RuleResult Flag(EligibilityRule rule, bool? value, string prefix) => value switch
    {
        true => new RuleResult(rule, EligibilityOutcome.Passed, prefix + ".Yes", []),
        false => new RuleResult(rule, EligibilityOutcome.Failed, prefix + ".No", []),
        null => new RuleResult(rule, EligibilityOutcome.Unknown, prefix + ".Unknown", []),
    };

    private static RuleResult AdultOrphan(EligibilityRule rule, EligibilityFacts facts)
    {
        string[] range = [Num(rule.MinAge), Num(rule.MaxAge)];
        if (!facts.TargetGroups.Contains(TargetGroup.OrphanOrWithoutParentalCareUpTo24))
        {
            return new RuleResult(rule, EligibilityOutcome.Failed, "AdultOrphan.NotOrphan", range);
        }

        if (facts.Age is not { } age)
        {
            return new RuleResult(rule, EligibilityOutcome.Unknown, "AdultOrphan.BirthDateUnknown", range);
        }

        return InRange(age, rule)
            ? new RuleResult(rule, EligibilityOutcome.Passed, "AdultOrphan.InRange", [Num(age), .. range])
            : new RuleResult(rule, EligibilityOutcome.Failed, "AdultOrphan.AgeOutOfRange", [Num(age), .. range]);
    }

    private static RuleResult Disability(EligibilityRule rule, EligibilityFacts facts)
    {
        var required = string.Join(", ", rule.DisabilityGroups.Order());
        if (facts.DisabilityGroup is not { } group)
        {
            return new RuleResult(rule, EligibilityOutcome.Unknown, "Disability.NotRecorded", [required]);
        }

        if (facts.DisabilityValidUntil is { } until && until < facts.AsOf)
        {
            return new RuleResult(rule, EligibilityOutcome.Failed, "Disability.Expired", [required, until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        }

        return rule.DisabilityGroups.Contains(group)
            ? new RuleResult(rule, EligibilityOutcome.Passed, "Disability.GroupMatches", [required, group.ToString()])
            : new RuleResult(rule, EligibilityOutcome.Failed, "Disability.OtherGroup", [required, group.ToString()]);
    }

    private static RuleResult Residence(EligibilityRule rule, EligibilityFacts facts)
    {
        if (rule.MunicipalityId is not { } required)
        {
            return new RuleResult(rule, EligibilityOutcome.Unknown, "Residence.MunicipalityNotSet", []);
        }

        if (facts.DeclaredMunicipalityId is not { } declared)
        {
            return new RuleResult(rule, EligibilityOutcome.Unknown, "Residence.DeclaredResidenceUnknown", [Num(required)]);
        }

        return declared == required
            ? new RuleResult(rule, EligibilityOutcome.Passed, "Residence.InMunicipality", [Num(required)])
            : new RuleResult(rule, EligibilityOutcome.Failed, "Residence.OtherMunicipality", [Num(required), Num(declared)]);
    }
}
