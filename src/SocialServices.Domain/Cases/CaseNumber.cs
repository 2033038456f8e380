using System.Globalization;

namespace SocialServices.Domain.Cases;

/// <summary>The case number, generated per organisation and year: <c>2026/0153</c>.</summary>
public static class CaseNumber
{
    public static string Format(int year, int sequence)
    {
        if (year is < 2000 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);

        return string.Create(CultureInfo.InvariantCulture, $"{year}/{sequence:0000}");
    }

    /// <summary>True when the text looks like a case number (for search): <c>2026/153</c> or <c>2026/0153</c>.</summary>
    public static bool TryNormalise(string? text, out string number)
    {
        number = string.Empty;
        var parts = text?.Trim().Split('/') ?? [];
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 9999
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) && sequence >= 1)
        {
            number = Format(year, sequence);
            return true;
        }

        return false;
    }
}
