using SocialServices.Domain.Clients;

namespace SocialServices.Domain.Community;

/// <summary>The target groups of the community-based services (seed 003).</summary>
public enum CommunityTargetGroup
{
    /// <summary>An adult with a mental disorder and disability group I or II, in, leaving or at risk of entering a state long-term care institution.</summary>
    AdultWithMentalDisorder = 1,

    /// <summary>A child with a functional impairment and a disability, with the legal representative or foster family.</summary>
    ChildWithFunctionalImpairment = 2,
}

/// <summary>Why a client does not (yet) belong to a target group: each is one missing fact.</summary>
public enum TargetGroupGap
{
    BirthDateMissing = 1,
    NotAdult = 2,
    NoMentalDisorder = 3,
    MentalDisorderSourceMissing = 4,
    NoDisabilityGroupIOrII = 5,
    DisabilityNotValid = 6,
    NoInstitutionLink = 7,
    NotChild = 8,
    NoFunctionalImpairment = 9,
    FunctionalImpairmentSourceMissing = 10,
    NoDisability = 11,
    NoRepresentativeOrFosterFamily = 12,
}

/// <summary>Everything the target-group check reads: the client record, the community profile and the client's current relations.</summary>
public sealed record TargetGroupFacts(
    DateOnly? BirthDate,
    DisabilityGroup? DisabilityGroup,
    DateOnly? DisabilityFrom,
    DateOnly? DisabilityTo,
    CommunityFacts Community,
    bool HasLegalRepresentativeOrFosterFamily);

/// <summary>One target group: met, or the facts that are missing.</summary>
public sealed record TargetGroupCheck(CommunityTargetGroup Group, IReadOnlyList<TargetGroupGap> Gaps)
{
    public bool IsMet => Gaps.Count == 0;
}

/// <summary>The result for both target groups.</summary>
public sealed record TargetGroupResult(IReadOnlyList<TargetGroupCheck> Checks)
{
    public IReadOnlyList<CommunityTargetGroup> Met => [.. Checks.Where(c => c.IsMet).Select(c => c.Group)];

    public bool Any => Checks.Any(c => c.IsMet);

    public TargetGroupCheck For(CommunityTargetGroup group) => Checks.Single(c => c.Group == group);
}

/// <summary>
/// The target-group rules of the community-based services (seed 003, domain.md). An adult is 18 or older on the day; the disability
/// must be valid on the day (from ≤ day ≤ to, an open end counting as valid). A child's disability may be of any group.
/// </summary>
public static class TargetGroups
{
    public const int AdultAge = 18;

    public static TargetGroupResult Evaluate(TargetGroupFacts facts, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var age = facts.BirthDate is { } birth ? Common.Age.On(birth, on) : (int?)null;
        var disabilityValid = facts.DisabilityGroup is not null && (facts.DisabilityFrom is null || facts.DisabilityFrom <= on) && (facts.DisabilityTo is null || facts.DisabilityTo >= on);
        var community = facts.Community;

        var adult = new List<TargetGroupGap>();
        if (age is null)
        {
            adult.Add(TargetGroupGap.BirthDateMissing);
        }
        else if (age < AdultAge)
        {
            adult.Add(TargetGroupGap.NotAdult);
        }

        if (!community.MentalDisorder)
        {
            adult.Add(TargetGroupGap.NoMentalDisorder);
        }
        else if (string.IsNullOrWhiteSpace(community.MentalDisorderRecordedIn))
        {
            adult.Add(TargetGroupGap.MentalDisorderSourceMissing);
        }

        if (facts.DisabilityGroup is not (DisabilityGroup.I or DisabilityGroup.II))
        {
            adult.Add(TargetGroupGap.NoDisabilityGroupIOrII);
        }
        else if (!disabilityValid)
        {
            adult.Add(TargetGroupGap.DisabilityNotValid);
        }

        if (community.Institution == InstitutionStatus.None)
        {
            adult.Add(TargetGroupGap.NoInstitutionLink);
        }

        var child = new List<TargetGroupGap>();
        if (age is null)
        {
            child.Add(TargetGroupGap.BirthDateMissing);
        }
        else if (age >= AdultAge)
        {
            child.Add(TargetGroupGap.NotChild);
        }

        if (!community.FunctionalImpairment)
        {
            child.Add(TargetGroupGap.NoFunctionalImpairment);
        }
        else if (string.IsNullOrWhiteSpace(community.FunctionalImpairmentRecordedIn))
        {
            child.Add(TargetGroupGap.FunctionalImpairmentSourceMissing);
        }

        if (facts.DisabilityGroup is null)
        {
            child.Add(TargetGroupGap.NoDisability);
        }
        else if (!disabilityValid)
        {
            child.Add(TargetGroupGap.DisabilityNotValid);
        }

        if (!facts.HasLegalRepresentativeOrFosterFamily)
        {
            child.Add(TargetGroupGap.NoRepresentativeOrFosterFamily);
        }

        return new TargetGroupResult(
        [
            new TargetGroupCheck(CommunityTargetGroup.AdultWithMentalDisorder, adult),
            new TargetGroupCheck(CommunityTargetGroup.ChildWithFunctionalImpairment, child),
        ]);
    }
}
