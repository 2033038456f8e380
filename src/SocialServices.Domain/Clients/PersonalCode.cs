namespace SocialServices.Domain.Clients;

/// <summary>
/// The Latvian personal identity code (personas kods): the natural key of a client.
/// Always held in its normalised form <c>DDDDDD-DDDDD</c>.
/// </summary>
/// <remarks>
/// Old format <c>DDMMYY-CNNNX</c>: a birth date, a century digit C (0: 1800s, 1: 1900s, 2: 2000s), a serial
/// number and a check digit X = (1101 - Σ wᵢ·dᵢ) mod 11 with weights 1, 6, 3, 7, 9, 10, 5, 8, 4, 2.
/// New format (since 1 July 2017): starts with 3, second digit 2-9, encodes nothing and has no check
/// digit rule that is checked here. Neither format encodes gender.
/// </remarks>
public sealed class PersonalCode : IEquatable<PersonalCode>
{
    private const int DigitCount = 11;
    private const int HyphenIndex = 6;
    private static readonly int[] CheckWeights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private PersonalCode(string value, PersonalCodeFormat format, DateOnly? birthDate)
    {
        Value = value;
        Format = format;
        BirthDate = birthDate;
    }

    /// <summary>The normalised code, with the hyphen after the sixth digit, e.g. <c>161175-19997</c>.</summary>
    public string Value { get; }

    public PersonalCodeFormat Format { get; }

    /// <summary>The birth date encoded in an old-format code; <see langword="null"/> for the new format.</summary>
    public DateOnly? BirthDate { get; }

    /// <summary>The code with its last five digits hidden, for lists and logs, e.g. <c>161175-*****</c>.</summary>
    public string Masked => string.Concat(Value.AsSpan(0, HyphenIndex + 1), "*****");

    /// <summary>
    /// Reads a personal code as a person would type it: surrounding white space is ignored and the hyphen
    /// after the sixth digit is optional.
    /// </summary>
    /// <param name="input">What was entered.</param>
    /// <param name="today">Today's date; an old-format code whose birth date is after it is refused.</param>
    public static PersonalCodeResult Parse(string? input, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return PersonalCodeResult.Failure([PersonalCodeError.Empty], []);
        }

        var text = input.Trim();
        var errors = new List<PersonalCodeError>();

        if (text.Any(c => !char.IsAsciiDigit(c) && c != '-'))
        {
            errors.Add(PersonalCodeError.NotDigits);
        }

        var hyphens = text.Count(c => c == '-');
        if (hyphens > 1 || (hyphens == 1 && text.IndexOf('-', StringComparison.Ordinal) != HyphenIndex))
        {
            errors.Add(PersonalCodeError.BadHyphen);
        }

        // Length is only meaningful once every character is a digit or a hyphen: a stray letter or
        // separator is reported as NotDigits alone rather than also as a wrong length.
        var digits = text.Replace("-", string.Empty, StringComparison.Ordinal);
        if (!errors.Contains(PersonalCodeError.NotDigits) && digits.Length != DigitCount)
        {
            errors.Add(PersonalCodeError.WrongLength);
        }

        if (errors.Count > 0)
        {
            return PersonalCodeResult.Failure(errors, []);
        }

        var normalised = string.Concat(digits.AsSpan(0, HyphenIndex), "-", digits.AsSpan(HyphenIndex));

        // New codes start with 32-39; old codes can start with 30 or 31 (the 30th and 31st day of a month).
        if (digits[0] == '3' && digits[1] is >= '2' and <= '9')
        {
            return PersonalCodeResult.Success(new PersonalCode(normalised, PersonalCodeFormat.New, null), []);
        }

        return ParseOld(digits, normalised, today, errors);
    }

    private static PersonalCodeResult ParseOld(string digits, string normalised, DateOnly today, List<PersonalCodeError> errors)
    {
        var warnings = new List<PersonalCodeWarning>();
        var day = TwoDigits(digits, 0);
        var month = TwoDigits(digits, 2);
        var yearOfCentury = TwoDigits(digits, 4);
        int? centuryStart = digits[HyphenIndex] switch
        {
            '0' => 1800,
            '1' => 1900,
            '2' => 2000,
            _ => null,
        };

        if (centuryStart is null)
        {
            errors.Add(PersonalCodeError.InvalidCentury);
        }

        // Without a valid century the year is unknown: check day and month against a leap year
        // so that 29 February alone does not add a second, misleading error.
        var year = (centuryStart ?? 2000) + yearOfCentury;
        var isRealDate = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        DateOnly? birthDate = isRealDate && centuryStart is not null ? new DateOnly(year, month, day) : null;

        if (!isRealDate)
        {
            errors.Add(PersonalCodeError.InvalidDate);
            if (digits[0] == '3')
            {
                errors.Add(PersonalCodeError.InvalidNewFormatPrefix);
            }
        }

        if (birthDate > today)
        {
            errors.Add(PersonalCodeError.FutureDate);
        }

        var expected = ComputeCheckDigit(digits);
        var actual = digits[DigitCount - 1] - '0';
        if (expected == 10 && actual == 0)
        {
            warnings.Add(PersonalCodeWarning.CheckDigitTenReadAsZero);
        }
        else if (expected != actual)
        {
            errors.Add(PersonalCodeError.CheckDigitMismatch);
        }

        return errors.Count > 0
            ? PersonalCodeResult.Failure(errors, warnings)
            : PersonalCodeResult.Success(new PersonalCode(normalised, PersonalCodeFormat.Old, birthDate), warnings);
    }

    /// <summary>(1101 - Σ wᵢ·dᵢ) mod 11 over the first ten digits of an old-format code; may be 10.</summary>
    public static int ComputeCheckDigit(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.Length < CheckWeights.Length || !digits.Take(CheckWeights.Length).All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Ten digits are needed.", nameof(digits));
        }

        var sum = 0;
        for (var i = 0; i < CheckWeights.Length; i++)
        {
            sum += CheckWeights[i] * (digits[i] - '0');
        }

        return (1101 - sum) % 11;
    }

    private static int TwoDigits(string digits, int start) => ((digits[start] - '0') * 10) + (digits[start + 1] - '0');

    public bool Equals(PersonalCode? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as PersonalCode);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Value;

    public static bool operator ==(PersonalCode? left, PersonalCode? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(PersonalCode? left, PersonalCode? right) => !(left == right);
}
