namespace SocialServices.Domain.Clients;

/// <summary>
/// Why an input is not a personal identity code. One value per kind of mistake, so the web layer can
/// show a specific, localised message for each.
/// </summary>
public enum PersonalCodeError
{
    /// <summary>Nothing (or only white space) was entered.</summary>
    Empty,

    /// <summary>Not eleven digits (the optional hyphen not counted); checked only when there is no <see cref="NotDigits"/>.</summary>
    WrongLength,

    /// <summary>A character other than a digit or the one hyphen.</summary>
    NotDigits,

    /// <summary>More than one hyphen, or a hyphen anywhere but after the sixth digit.</summary>
    BadHyphen,

    /// <summary>Old format: <c>DDMMYY</c> with the century digit is not a real calendar date.</summary>
    InvalidDate,

    /// <summary>Old format: the seventh digit (century) is not 0, 1 or 2.</summary>
    InvalidCentury,

    /// <summary>Old format: the encoded birth date is after today.</summary>
    FutureDate,

    /// <summary>Old format: the last digit does not match the check digit computed from the first ten.</summary>
    CheckDigitMismatch,

    /// <summary>
    /// Starts with 3 like a new-format code, but the second digit is 0 or 1 (new codes have 2-9) and
    /// the first six digits are not a real date either. Reported together with <see cref="InvalidDate"/>.
    /// </summary>
    InvalidNewFormatPrefix,
}
