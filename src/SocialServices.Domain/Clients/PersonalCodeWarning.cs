namespace SocialServices.Domain.Clients;

/// <summary>Something unusual about a code that is nevertheless accepted.</summary>
public enum PersonalCodeWarning
{
    /// <summary>
    /// Old format: the check-digit formula gives 10, which cannot be written as one digit; the code ends
    /// in 0, which some implementations use for that case. Accepted so a real person is not rejected.
    /// </summary>
    CheckDigitTenReadAsZero,
}
