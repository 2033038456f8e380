using SocialServices.Domain.Clients;

namespace SocialServices.Domain.Eligibility;

/// <summary>The small set of rule kinds a service's eligibility is made of (issue 4, seed 002 §3 and §6.1).</summary>
public enum RuleKind
{
    /// <summary>The client's own age is within [MinAge, MaxAge] completed years.</summary>
    ClientAge = 1,

    /// <summary>At least one child in the household is within [MinAge, MaxAge] completed years.</summary>
    ChildInHouseholdAge = 2,

    /// <summary>The applicant holds one of <see cref="EligibilityRule.Roles"/> towards a child.</summary>
    ApplicantRole = 3,

    /// <summary>The client (a child) is in a behaviour social-correction programme.</summary>
    InBehaviourCorrectionProgramme = 4,

    /// <summary>An orphan or person left without parental care, from adulthood (18) up to age 24.</summary>
    AdultOrphanUpTo24 = 5,

    /// <summary>The client has a valid disability group of <see cref="EligibilityRule.DisabilityGroups"/>.</summary>
    DisabilityGroup = 6,

    /// <summary>The declared residence is in the municipality <see cref="EligibilityRule.MunicipalityId"/> (002 §3).</summary>
    ResidenceInMunicipality = 7,

    /// <summary>A child of the applicant is in a behaviour social-correction programme (002 §6.1.1).</summary>
    ChildOfApplicantInBehaviourCorrectionProgramme = 8,

    /// <summary>The applicant's custody rights are suspended, removed, or at risk of it (002 §6.1.1).</summary>
    CustodyRightsSuspendedOrAtRisk = 9,
}

/// <summary>The role an applicant holds towards a child.</summary>
public enum ApplicantRole
{
    Parent = 1,
    LegalRepresentative = 2,
    Guardian = 3,
    FosterParent = 4,
    SingleParent = 5,
}

/// <summary>Either one rule or a group of alternatives; the requirements of one service combine with AND.</summary>
public abstract record EligibilityRequirement;

/// <summary>
/// One eligibility rule as data. Ages are completed years and both bounds are inclusive:
/// "under 7" is MaxAge 6, "aged 12-16" is MinAge 12, MaxAge 16.
/// </summary>
public sealed record EligibilityRule(RuleKind Kind) : EligibilityRequirement
{
    public int? MinAge { get; init; }
    public int? MaxAge { get; init; }
    public IReadOnlySet<ApplicantRole> Roles { get; init; } = new HashSet<ApplicantRole>();
    public IReadOnlySet<DisabilityGroup> DisabilityGroups { get; init; } = new HashSet<DisabilityGroup>();
    public int? MunicipalityId { get; init; }

    public static EligibilityRule ClientAge(int? minAge, int? maxAge) => new(RuleKind.ClientAge) { MinAge = minAge, MaxAge = maxAge };

    public static EligibilityRule ChildAge(int? minAge, int? maxAge) => new(RuleKind.ChildInHouseholdAge) { MinAge = minAge, MaxAge = maxAge };

    public static EligibilityRule Role(params ApplicantRole[] roles) => new(RuleKind.ApplicantRole) { Roles = new HashSet<ApplicantRole>(roles) };

    public static EligibilityRule InBehaviourCorrection() => new(RuleKind.InBehaviourCorrectionProgramme);

    public static EligibilityRule ChildOfApplicantInBehaviourCorrection() => new(RuleKind.ChildOfApplicantInBehaviourCorrectionProgramme);

    public static EligibilityRule CustodyAtRisk() => new(RuleKind.CustodyRightsSuspendedOrAtRisk);

    /// <summary>From the 18th birthday until the day before the 24th birthday.</summary>
    public static EligibilityRule AdultOrphan() => new(RuleKind.AdultOrphanUpTo24) { MinAge = 18, MaxAge = 23 };

    public static EligibilityRule Disability(params DisabilityGroup[] groups) => new(RuleKind.DisabilityGroup) { DisabilityGroups = new HashSet<DisabilityGroup>(groups) };

    public static EligibilityRule Residence(int? municipalityId) => new(RuleKind.ResidenceInMunicipality) { MunicipalityId = municipalityId };
}

/// <summary>
/// Passes when any one alternative passes; each alternative is a list of rules combined with AND.
/// </summary>
public sealed record AnyOfRequirement(IReadOnlyList<IReadOnlyList<EligibilityRule>> Alternatives) : EligibilityRequirement
{
    public static AnyOfRequirement Of(params IReadOnlyList<EligibilityRule>[] alternatives) => new(alternatives);
}
