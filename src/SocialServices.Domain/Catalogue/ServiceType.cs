namespace SocialServices.Domain.Catalogue;

/// <summary>The kinds of social service a provider offers (domain.md, seeds 002-004).</summary>
public enum ServiceType
{
    SocialRehabilitation = 1,
    DayCareCentre = 2,
    Respite = 3,
    HomeCare = 4,
    SpecialisedWorkshop = 5,
    GroupApartment = 6,
    ShortTermSocialCare = 7,
    SpecialistConsultations = 8,
    SupportPerson = 9,
    EducationalAndSupportGroup = 10,
}

/// <summary>Who pays for the service.</summary>
public enum FundingSource
{
    Municipal = 1,
    State = 2,
    EuProject = 3,
}
