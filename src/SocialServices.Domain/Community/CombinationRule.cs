using System.Globalization;
using SocialServices.Domain.Catalogue;

namespace SocialServices.Domain.Community;

/// <summary>The kinds of combination rule an administrator can keep.</summary>
public enum CombinationRuleKind
{
    /// <summary>Episodes of the two service types may not run at the same time for one client.</summary>
    NotTogether = 1,

    /// <summary>Episodes of the service type may cover at most <see cref="CombinationRule.MaxDaysPerYear"/> days of a calendar year per client.</summary>
    AnnualDayLimit = 2,
}

/// <summary>
/// A rule about which community-based services one client may receive together, kept as data an administrator edits
/// (issue 8). Rules are switched off, never deleted, so a refusal always points to the rule that made it.
/// </summary>
public sealed class CombinationRule
{
    public const int MaxNoteLength = 500;

    private CombinationRule()
    {
    }

    private CombinationRule(CombinationRuleKind kind, ServiceType service, ServiceType? other, int? maxDaysPerYear, bool adultsOnly, string? note)
    {
        Kind = kind;
        Set(service, other, maxDaysPerYear, adultsOnly, note, true);
    }

    public int Id { get; private set; }
    public CombinationRuleKind Kind { get; private set; }
    public ServiceType Service { get; private set; }

    /// <summary>The other service type of a <see cref="CombinationRuleKind.NotTogether"/> rule.</summary>
    public ServiceType? Other { get; private set; }

    public int? MaxDaysPerYear { get; private set; }

    /// <summary>The rule applies only to clients who are adults (18 or older) on the episode's start.</summary>
    public bool AdultsOnly { get; private set; }

    public string? Note { get; private set; }
    public bool IsActive { get; private set; }

    public static CombinationRule NotTogether(ServiceType service, ServiceType other, bool adultsOnly, string? note)
    {
        if (service == other)
        {
            throw new ArgumentException("A rule combines two different service types.", nameof(other));
        }

        return new CombinationRule(CombinationRuleKind.NotTogether, service, other, null, adultsOnly, note);
    }

    public static CombinationRule AnnualLimit(ServiceType service, int maxDaysPerYear, bool adultsOnly, string? note) =>
        new(CombinationRuleKind.AnnualDayLimit, service, null, maxDaysPerYear, adultsOnly, note);

    public void Change(ServiceType service, ServiceType? other, int? maxDaysPerYear, bool adultsOnly, string? note, bool isActive) =>
        Set(service, other, maxDaysPerYear, adultsOnly, note, isActive);

    private void Set(ServiceType service, ServiceType? other, int? maxDaysPerYear, bool adultsOnly, string? note, bool isActive)
    {
        if (Kind == CombinationRuleKind.NotTogether && (other is null || other == service))
        {
            throw new ArgumentException("A rule combines two different service types.", nameof(other));
        }

        if (Kind == CombinationRuleKind.AnnualDayLimit && maxDaysPerYear is not (>= 1 and <= 366))
        {
            throw new ArgumentOutOfRangeException(nameof(maxDaysPerYear), "A yearly limit is 1 to 366 days.");
        }

        Service = service;
        Other = Kind == CombinationRuleKind.NotTogether ? other : null;
        MaxDaysPerYear = Kind == CombinationRuleKind.AnnualDayLimit ? maxDaysPerYear : null;
        AdultsOnly = adultsOnly;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        IsActive = isActive;
    }

    /// <summary>
    /// The seeded rules (issue 8): an adult may not receive home care together with a day care centre or a specialised workshop;
    /// respite may not run at the same time as care (home care, short-term social care), social rehabilitation or a day care centre;
    /// respite at most 30 days a calendar year.
    /// </summary>
    public static IReadOnlyList<CombinationRule> Defaults() =>
    [
        NotTogether(ServiceType.HomeCare, ServiceType.DayCareCentre, true, null),
        NotTogether(ServiceType.HomeCare, ServiceType.SpecialisedWorkshop, true, null),
        NotTogether(ServiceType.Respite, ServiceType.HomeCare, false, null),
        NotTogether(ServiceType.Respite, ServiceType.ShortTermSocialCare, false, null),
        NotTogether(ServiceType.Respite, ServiceType.SocialRehabilitation, false, null),
        NotTogether(ServiceType.Respite, ServiceType.DayCareCentre, false, null),
        AnnualLimit(ServiceType.Respite, 30, false, null),
    ];

    public override string ToString() => Kind == CombinationRuleKind.NotTogether
        ? $"{Service} + {Other}"
        : $"{Service} ≤ {MaxDaysPerYear?.ToString(CultureInfo.InvariantCulture)}";
}
