namespace SocialServices.Domain.Eligibility;

/// <summary>The outcome of the one-group-per-year rule; <see cref="Conflict"/> is the service in the way, if any.</summary>
public sealed record OneGroupPerYearResult(
    EligibilityOutcome Outcome,
    string ReasonCode,
    IReadOnlyList<string> Arguments,
    (DateOnly Start, DateOnly? End, bool GrantedOrOngoing)? Conflict);

/// <summary>Seed 002 §6.2: one educational or support group service per person per calendar year.</summary>
public static class OneGroupPerYear
{
    /// <summary>
    /// Failed when a granted or ongoing group service runs on any day of the application date's calendar year
    /// (a service spanning the new year counts in each year it runs; an open end runs on).
    /// </summary>
    public static OneGroupPerYearResult Check(
        DateOnly applicationDate,
        IEnumerable<(DateOnly Start, DateOnly? End, bool GrantedOrOngoing)> groupServicesOfPerson)
    {
        ArgumentNullException.ThrowIfNull(groupServicesOfPerson);
        var year = applicationDate.Year;
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var yearText = year.ToString(System.Globalization.CultureInfo.InvariantCulture);

        foreach (var service in groupServicesOfPerson.OrderBy(s => s.Start))
        {
            if (service.GrantedOrOngoing && service.Start <= yearEnd && (service.End is null || service.End >= yearStart))
            {
                return new OneGroupPerYearResult(
                    EligibilityOutcome.Failed,
                    "OneGroupPerYear.AlreadyHasGroupThisYear",
                    [yearText, service.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)],
                    service);
            }
        }

        return new OneGroupPerYearResult(EligibilityOutcome.Passed, "OneGroupPerYear.NoGroupThisYear", [yearText], null);
    }
}
