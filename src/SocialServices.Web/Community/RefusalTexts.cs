using System.Globalization;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Community;

namespace SocialServices.Web.Community;

/// <summary>Turns the domain's reasons (start gaps, combination conflicts, target-group gaps) into the user's language.</summary>
public sealed class RefusalTexts(IStringLocalizer<SharedResource> t)
{
    public static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Text(string key) => t[key].Value;

    public string Gap(StartGap gap, string serviceName) => t["Community.Gap." + gap, serviceName].Value;

    public string Gap(TargetGroupGap gap) => t["Community.TargetGap." + gap].Value;

    public string Conflict(CombinationConflict conflict, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        return conflict.Kind switch
        {
            ConflictKind.RunsTogether => t["Community.Conflict.RunsTogether", serviceName, conflict.With!.ServiceName, Day(conflict.With.Start),
                conflict.With.End is { } end ? Day(end) : t["Community.OpenEnded"].Value].Value,
            ConflictKind.YearlyLimitExceeded => t["Community.Conflict.YearlyLimit", serviceName, conflict.Limit ?? 0, conflict.Year ?? 0, conflict.DaysUsed ?? 0, conflict.DaysAsked ?? 0].Value,
            _ => t["Community.Conflict.PlannedEndRequired", serviceName, conflict.Limit ?? 0].Value,
        };
    }
}
