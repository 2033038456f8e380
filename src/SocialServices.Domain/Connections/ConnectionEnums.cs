namespace SocialServices.Domain.Connections;

/// <summary>What an outside connection of a client is (the ecomap's circles; seed 001 names the cooperating institutions).</summary>
public enum ConnectionKind
{
    School = 1,
    Kindergarten = 2,

    /// <summary>Bāriņtiesa.</summary>
    OrphansCourt = 3,
    Police = 4,
    Hospital = 5,
    FamilyDoctor = 6,
    Employer = 7,
    Ngo = 8,
    ReligiousCommunity = 9,
    MunicipalSocialService = 10,
    FriendsNeighbours = 11,
    RelativesOutsideHousehold = 12,
    Other = 13,
}

/// <summary>How strong a connection is, as the social worker and the client judge it.</summary>
public enum ConnectionStrength
{
    Strong = 1,
    Moderate = 2,
    Weak = 3,

    /// <summary>Stressful or conflictual: the connection takes more than it gives.</summary>
    Stressful = 4,
}

/// <summary>Which way support (energy, resources) flows between the client and the connection.</summary>
public enum SupportDirection
{
    /// <summary>The connection gives support to the client.</summary>
    ToClient = 1,

    /// <summary>The client (or the household) gives to the connection.</summary>
    FromClient = 2,

    Mutual = 3,
}
