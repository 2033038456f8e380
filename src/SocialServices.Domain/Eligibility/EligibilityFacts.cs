using SocialServices.Domain.Clients;

namespace SocialServices.Domain.Eligibility;

/// <summary>
/// What is known about the applicant on <see cref="AsOf"/>. A null means "not known";
/// an unknown fact makes a rule Unknown, never Failed.
/// </summary>
public sealed record EligibilityFacts
{
    public required DateOnly AsOf { get; init; }

    /// <summary>Completed years on <see cref="AsOf"/>; null when the birth date is unknown.</summary>
    public int? Age { get; init; }

    public IReadOnlySet<TargetGroup> TargetGroups { get; init; } = new HashSet<TargetGroup>();

    /// <summary>The disability group; null when none is recorded.</summary>
    public DisabilityGroup? DisabilityGroup { get; init; }

    /// <summary>Last day the disability group is valid; null when indefinite.</summary>
    public DateOnly? DisabilityValidUntil { get; init; }

    public int? DeclaredMunicipalityId { get; init; }

    /// <summary>Roles held towards children; null when not known.</summary>
    public IReadOnlySet<ApplicantRole>? Roles { get; init; }

    /// <summary>Ages of the children in the household (null entry = age unknown); null list = household not known.</summary>
    public IReadOnlyList<int?>? ChildrenAges { get; init; }

    public bool? InBehaviourCorrectionProgramme { get; init; }

    public bool? ChildInBehaviourCorrectionProgramme { get; init; }

    public bool? CustodyRightsSuspendedOrAtRisk { get; init; }

    /// <summary>Completed years from <paramref name="birthDate"/> to <paramref name="onDate"/>; the birthday itself counts.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly onDate) => Common.Age.On(birthDate, onDate);
}
