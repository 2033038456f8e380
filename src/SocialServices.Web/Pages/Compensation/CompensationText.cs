using System.Globalization;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Community;

namespace SocialServices.Web.Pages.Compensation;

/// <summary>How the compensation pages write money, units, months and names of types and units.</summary>
public static class CompensationText
{
    /// <summary>Euros with two decimals in the current culture ("20,50").</summary>
    public static string Money(decimal amount) => amount.ToString("N2", CultureInfo.CurrentCulture);

    /// <summary>Units without needless decimals ("3", "2,5").</summary>
    public static string Units(decimal units) => units.ToString("0.##", CultureInfo.CurrentCulture);

    public static string Month(IStringLocalizer t, DateOnly month)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t["Compensation.MonthLabel", t["Timesheets.Month." + month.Month].Value, month.Year].Value;
    }

    public static string Type(IStringLocalizer t, ServiceType type)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t["Compensation.Type." + type].Value;
    }

    public static string Unit(IStringLocalizer t, ServiceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t["Compensation.Unit." + unit].Value;
    }

    /// <summary>"dd.MM.yyyy – dd.MM.yyyy" or "no dd.MM.yyyy" for an open period.</summary>
    public static string Period(IStringLocalizer t, DateOnly from, DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(t);
        return to is { } end
            ? from.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " – " + end.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
            : t["Compensation.From", from.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)].Value;
    }

    /// <summary>The community-based service types that are compensated in units (seed 003).</summary>
    public static IReadOnlyList<ServiceType> CommunityTypes { get; } =
    [
        ServiceType.HomeCare, ServiceType.DayCareCentre, ServiceType.SpecialisedWorkshop, ServiceType.GroupApartment,
        ServiceType.ShortTermSocialCare, ServiceType.Respite, ServiceType.SpecialistConsultations,
        ServiceType.EducationalAndSupportGroup, ServiceType.SupportPerson, ServiceType.SocialRehabilitation,
    ];
}
