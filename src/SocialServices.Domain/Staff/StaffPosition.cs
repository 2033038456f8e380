namespace SocialServices.Domain.Staff;

/// <summary>
/// A position (amats) with its code in the profession classifier (Profesiju klasifikators, e.g. "2635 01" for a
/// social worker). An editable list; a position no longer used is retired, never deleted.
/// </summary>
public sealed class StaffPosition
{
    public const int MaxNameLength = 200;
    public const int MaxCodeLength = 20;

    private StaffPosition()
    {
        Name = string.Empty;
        ProfessionCode = string.Empty;
    }

    public StaffPosition(string name, string professionCode, PositionCategory category, bool socialWorkSpecialist)
    {
        Name = string.Empty;
        ProfessionCode = string.Empty;
        Change(name, professionCode, category, socialWorkSpecialist);
        IsActive = true;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>The profession classifier code: four digits for the group, then a two-digit profession ("2635 01").</summary>
    public string ProfessionCode { get; private set; }

    public PositionCategory Category { get; private set; }

    /// <summary>A social work specialist (or a head directly involved in services): the supervision requirement applies.</summary>
    public bool SocialWorkSpecialist { get; private set; }

    public bool IsActive { get; private set; }

    public void Change(string name, string professionCode, PositionCategory category, bool socialWorkSpecialist)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!ProfessionCodes.IsValid(professionCode))
        {
            throw new ArgumentException("A profession code has four digits and, optionally, two more.", nameof(professionCode));
        }

        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category));
        }

        Name = name.Trim();
        ProfessionCode = ProfessionCodes.Normalise(professionCode);
        Category = category;
        SocialWorkSpecialist = socialWorkSpecialist;
    }

    public void Retire() => IsActive = false;

    public void Reinstate() => IsActive = true;
}

/// <summary>Codes of the Latvian profession classifier: "2635" (group) or "2635 01" (profession), spaces optional.</summary>
public static class ProfessionCodes
{
    public static bool IsValid(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var digits = code.Replace(" ", string.Empty, StringComparison.Ordinal);
        return digits.Length is 4 or 6 && digits.All(char.IsAsciiDigit);
    }

    /// <summary>"263501" and "2635 01" both become "2635 01".</summary>
    public static string Normalise(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var digits = code.Replace(" ", string.Empty, StringComparison.Ordinal);
        return digits.Length == 6 ? digits[..4] + " " + digits[4..] : digits;
    }

    /// <summary>A small starting list of common positions in social services (editable afterwards).</summary>
    public static IReadOnlyList<(string Name, string Code, PositionCategory Category, bool SocialWorkSpecialist)> Common { get; } =
    [
        ("Sociālā dienesta vadītājs", "1344 05", PositionCategory.Head, true),
        ("Sociālais darbinieks", "2635 01", PositionCategory.SocialWorker, true),
        ("Sociālais darbinieks darbam ar ģimenēm ar bērniem", "2635 02", PositionCategory.SocialWorker, true),
        ("Sociālās palīdzības organizators", "3412 03", PositionCategory.SocialAssistanceOrganiser, true),
        ("Sociālais aprūpētājs", "3412 01", PositionCategory.SocialCarer, true),
        ("Sociālais rehabilitētājs", "3412 02", PositionCategory.SocialRehabilitator, true),
        ("Aprūpētājs", "5322 01", PositionCategory.Carer, false),
        ("Psihologs", "2634 01", PositionCategory.Other, false),
        ("Ergoterapeits", "2269 01", PositionCategory.Other, false),
    ];
}
