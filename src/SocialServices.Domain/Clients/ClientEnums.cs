namespace SocialServices.Domain.Clients;

public enum Gender
{
    Female = 1,
    Male = 2,
}

/// <summary>Disability group as set by the State Medical Commission (VDEĀVK).</summary>
public enum DisabilityGroup
{
    I = 1,
    II = 2,
    III = 3,
}

/// <summary>Target groups of the services (seeds 002-004, domain.md).</summary>
public enum TargetGroup
{
    ChildWithFunctionalImpairment = 1,
    AdultWithMentalDisorder = 2,
    OrphanOrWithoutParentalCareUpTo24 = 3,
    FamilyWithChildrenAtRisk = 4,
    ParentOrLegalRepresentative = 5,
    ChildInBehaviourCorrectionProgramme = 6,
    SingleParent = 7,
    Senior = 8,
    PersonWithDisability = 9,
    Other = 10,
}

/// <summary>How a person is related to a client.</summary>
public enum RelationKind
{
    Parent = 1,
    Guardian = 2,
    FosterParent = 3,
    SpousePartner = 4,
    Child = 5,
    Sibling = 6,
    OtherRelative = 7,
    HouseholdMember = 8,
}
