namespace SocialServices.Domain.Assessments;

/// <summary>
/// The fixed scale of the functional assessment: 1 = fully dependent on others' help, very serious difficulties;
/// 2 = considerable difficulties, needs regular help; 3 = moderate difficulties, needs help now and then;
/// 4 = minor difficulties, copes mostly alone; 5 = independent, no difficulties. A bigger area on the radar
/// chart is better functioning.
/// </summary>
public static class FunctionalScale
{
    public const int Min = 1;
    public const int Max = 5;

    /// <summary>A radar chart needs at least three axes; so does a completed functional assessment.</summary>
    public const int MinimumScored = 3;

    public static bool IsValid(int score) => score is >= Min and <= Max;
}

/// <summary>
/// The risk-factor scale per item and family member: 0 = no risk (the factor is not present);
/// 1 = low risk (present now and then, the family copes on its own); 2 = medium risk (present, harms the
/// child's well-being, support is needed); 3 = high risk (present, threatens the child's safety or
/// development, immediate action is needed).
/// </summary>
public static class RiskScale
{
    public const int Min = 0;
    public const int Max = 3;

    public static bool IsValid(int score) => score is >= Min and <= Max;
}

/// <summary>Where the coefficient turns medium and high (settings; defaults 1,00 and 2,00 on the 0–3 scale).</summary>
public sealed record RiskThresholds
{
    public static readonly RiskThresholds Default = new(1.00m, 2.00m);

    public RiskThresholds(decimal mediumFrom, decimal highFrom)
    {
        if (!IsValid(mediumFrom, highFrom))
        {
            throw new ArgumentException("Thresholds must satisfy 0 < medium < high <= 3.");
        }

        MediumFrom = mediumFrom;
        HighFrom = highFrom;
    }

    public decimal MediumFrom { get; }

    public decimal HighFrom { get; }

    public static bool IsValid(decimal mediumFrom, decimal highFrom) =>
        mediumFrom > RiskScale.Min && mediumFrom < highFrom && highFrom <= RiskScale.Max;

    public RiskLevel LevelOf(decimal coefficient) =>
        coefficient >= HighFrom ? RiskLevel.High : coefficient >= MediumFrom ? RiskLevel.Medium : RiskLevel.Low;
}

/// <summary>The risk coefficient: the average of every score given (items × family members), blanks left out.</summary>
public static class RiskCoefficient
{
    /// <summary>The average rounded to two decimals (half away from zero), or null when nothing is scored.</summary>
    public static decimal? Compute(IEnumerable<int?> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var given = scores.OfType<int>().ToList();
        if (given.Count == 0)
        {
            return null;
        }

        if (given.Any(s => !RiskScale.IsValid(s)))
        {
            throw new ArgumentOutOfRangeException(nameof(scores), "Risk scores are 0 to 3.");
        }

        return Math.Round((decimal)given.Sum() / given.Count, 2, MidpointRounding.AwayFromZero);
    }
}

/// <summary>How often a family at risk is assessed again, and where the next assessment stands.</summary>
public static class RiskSchedule
{
    /// <summary>Twice a year (domain.md).</summary>
    public const int DefaultRepeatMonths = 6;

    /// <summary>The next assessment is due this many months after the completed one (the end of a shorter month when the day does not exist).</summary>
    public static DateOnly NextDue(DateOnly completedOn, int repeatMonths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeatMonths, 1);
        return completedOn.AddMonths(repeatMonths);
    }

    /// <summary>Overdue after the due day; due soon from <paramref name="dueSoonDays"/> days before it up to the day itself.</summary>
    public static RiskDueState State(DateOnly due, DateOnly today, int dueSoonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        if (due < today)
        {
            return RiskDueState.Overdue;
        }

        return due <= today.AddDays(dueSoonDays) ? RiskDueState.DueSoon : RiskDueState.NotDue;
    }
}
