namespace SocialServices.Domain.Clients;

/// <summary>The two shapes of a Latvian personal identity code (personas kods).</summary>
public enum PersonalCodeFormat
{
    /// <summary><c>DDMMYY-CNNNX</c>: birth date, century digit, serial number, check digit.</summary>
    Old,

    /// <summary><c>3XXXXX-XXXXX</c>, issued since 1 July 2017: no birth date encoded.</summary>
    New,
}
