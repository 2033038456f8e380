namespace SocialServices.Domain.Plans;

/// <summary>The evaluation intervals in months (domain.md rules, earlier Regulation No. 291): settings.</summary>
public sealed record ReviewIntervals(int MonthsWhenLivingAtProvider = 6, int MonthsOtherwise = 12)
{
    public static ReviewIntervals Default { get; } = new();
}

/// <summary>
/// When a plan is reviewed next: at the latest the revision day plus the interval (6 months where the client lives
/// at the provider, otherwise 12); a worker may set an earlier day, never a later one, and never before the revision.
/// </summary>
public static class PlanReview
{
    public static DateOnly Latest(DateOnly revisedOn, bool clientLivesAtProvider, ReviewIntervals intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var months = clientLivesAtProvider ? intervals.MonthsWhenLivingAtProvider : intervals.MonthsOtherwise;
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        return revisedOn.AddMonths(months);
    }

    /// <summary>True when <paramref name="requested"/> (null = the default) is allowed for this revision.</summary>
    public static bool IsAllowed(DateOnly revisedOn, bool clientLivesAtProvider, DateOnly? requested, ReviewIntervals intervals) =>
        requested is not { } day || (day > revisedOn && day <= Latest(revisedOn, clientLivesAtProvider, intervals));

    /// <summary>The review day of a revision: the requested one when allowed, the latest allowed when none.</summary>
    public static DateOnly Resolve(DateOnly revisedOn, bool clientLivesAtProvider, DateOnly? requested, ReviewIntervals intervals)
    {
        if (!IsAllowed(revisedOn, clientLivesAtProvider, requested, intervals))
        {
            throw new ArgumentOutOfRangeException(nameof(requested), "The review is after the revision and no later than the interval allows.");
        }

        return requested ?? Latest(revisedOn, clientLivesAtProvider, intervals);
    }
}
