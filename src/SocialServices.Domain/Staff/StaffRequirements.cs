namespace SocialServices.Domain.Staff;

/// <summary>
/// The yearly requirements for staff (domain.md "Rules from the wider regulation"): supervision sessions for social
/// work specialists, training hours per position category, child-rights protection training for those who work with
/// children. The numbers are settings; these are their defaults.
/// </summary>
public sealed record StaffRequirementRules
{
    /// <summary>Supervision sessions a year for a social work specialist (Regulation No. 338 guidance: at least 10).</summary>
    public int SupervisionSessionsPerYear { get; init; } = 10;

    /// <summary>Training hours a year per position category (Regulation No. 291 point 2.4).</summary>
    public IReadOnlyDictionary<PositionCategory, decimal> TrainingHoursPerYear { get; init; } = DefaultTrainingHours;

    /// <summary>Staff who work with children need a valid child-rights protection training.</summary>
    public bool ChildRightsTrainingRequired { get; init; } = true;

    public static IReadOnlyDictionary<PositionCategory, decimal> DefaultTrainingHours { get; } = new Dictionary<PositionCategory, decimal>
    {
        [PositionCategory.Head] = 24,
        [PositionCategory.SocialWorker] = 24,
        [PositionCategory.SocialAssistanceOrganiser] = 16,
        [PositionCategory.SocialCarer] = 16,
        [PositionCategory.SocialRehabilitator] = 16,
        [PositionCategory.Carer] = 8,
        [PositionCategory.Other] = 0,
    };

    public decimal TrainingHoursFor(PositionCategory category) =>
        TrainingHoursPerYear.TryGetValue(category, out var hours) ? hours : 0;
}

/// <summary>What one staff member has done in a year, as the requirement check needs it.</summary>
/// <param name="EmployedFrom">First day of employment.</param>
/// <param name="EmployedUntil">Last day of employment, if it ended.</param>
/// <param name="Category">The position's category (training hours).</param>
/// <param name="SocialWorkSpecialist">The position is a social work specialist's (supervision applies).</param>
/// <param name="WorksWithChildren">Works with children (child-rights training applies).</param>
/// <param name="Trainings">Dates and hours of trainings (not withdrawn).</param>
/// <param name="Supervisions">Dates of supervision sessions (not withdrawn).</param>
/// <param name="ChildRightsCertificates">Issue and expiry dates of child-rights protection certificates (not withdrawn).</param>
public sealed record StaffFacts(
    DateOnly EmployedFrom,
    DateOnly? EmployedUntil,
    PositionCategory Category,
    bool SocialWorkSpecialist,
    bool WorksWithChildren,
    IReadOnlyList<(DateOnly Date, decimal Hours)> Trainings,
    IReadOnlyList<DateOnly> Supervisions,
    IReadOnlyList<(DateOnly IssuedOn, DateOnly? ValidUntil)> ChildRightsCertificates);

/// <summary>What is missing.</summary>
public enum ShortfallKind
{
    /// <summary>Fewer supervision sessions than required this year.</summary>
    Supervision = 1,

    /// <summary>Fewer training hours than required this year.</summary>
    Training = 2,

    /// <summary>Works with children and has never had a child-rights protection training.</summary>
    ChildRightsMissing = 3,

    /// <summary>Works with children and the child-rights protection training has expired.</summary>
    ChildRightsExpired = 4,
}

/// <summary>One thing a staff member is short of: what is required, what was done, what is missing.</summary>
/// <param name="Kind">What is missing.</param>
/// <param name="Required">Sessions or hours required (0 for the child-rights training).</param>
/// <param name="Done">Sessions or hours done.</param>
/// <param name="ExpiredOn">The last valid day of the latest child-rights training, when it has expired.</param>
public sealed record Shortfall(ShortfallKind Kind, decimal Required, decimal Done, DateOnly? ExpiredOn = null)
{
    public decimal Missing => Math.Max(0, Required - Done);
}

/// <summary>A staff member's standing against the requirements for one year.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="AsOf">The day the certificates were checked on (today, or the year's last day for a past year).</param>
/// <param name="MonthsEmployed">Months of the year with at least one day of employment (requirements are prorated by them).</param>
/// <param name="SupervisionRequired">Sessions required (0 when supervision does not apply).</param>
/// <param name="SupervisionSessions">Sessions in the year.</param>
/// <param name="TrainingHoursRequired">Hours required.</param>
/// <param name="TrainingHours">Hours in the year.</param>
/// <param name="ChildRightsRequired">Whether a valid child-rights training is required.</param>
/// <param name="ChildRightsValidUntil">Expiry of the latest child-rights training (null when it has none or it never expires).</param>
/// <param name="Shortfalls">What is missing, in a fixed order (supervision, training, child rights).</param>
public sealed record StaffYearStatus(
    int Year,
    DateOnly AsOf,
    int MonthsEmployed,
    int SupervisionRequired,
    int SupervisionSessions,
    decimal TrainingHoursRequired,
    decimal TrainingHours,
    bool ChildRightsRequired,
    DateOnly? ChildRightsValidUntil,
    IReadOnlyList<Shortfall> Shortfalls)
{
    public bool IsShort => Shortfalls.Count > 0;
}

/// <summary>The pure requirement check: who is short of what in a year.</summary>
public static class StaffRequirementCheck
{
    /// <summary>
    /// The standing of one person in <paramref name="year"/>. Only entries dated in the year count. Requirements are
    /// prorated by the months of the year the person was employed (rounded up); a person not employed in the year
    /// owes nothing. The child-rights training is checked on <paramref name="asOf"/> (clamped into the year).
    /// </summary>
    public static StaffYearStatus Evaluate(StaffFacts facts, StaffRequirementRules rules, int year, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(rules);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var day = asOf < first ? first : asOf > last ? last : asOf;
        var months = MonthsEmployed(facts.EmployedFrom, facts.EmployedUntil, year);

        var sessions = facts.Supervisions.Count(d => d.Year == year);
        var hours = facts.Trainings.Where(t => t.Date.Year == year).Sum(t => t.Hours);
        var supervisionRequired = facts.SocialWorkSpecialist ? Prorate(rules.SupervisionSessionsPerYear, months) : 0;
        var trainingRequired = ProrateHours(rules.TrainingHoursFor(facts.Category), months);
        var childRightsRequired = rules.ChildRightsTrainingRequired && facts.WorksWithChildren && months > 0;

        var shortfalls = new List<Shortfall>();
        if (sessions < supervisionRequired)
        {
            shortfalls.Add(new Shortfall(ShortfallKind.Supervision, supervisionRequired, sessions));
        }

        if (hours < trainingRequired)
        {
            shortfalls.Add(new Shortfall(ShortfallKind.Training, trainingRequired, hours));
        }

        var issued = facts.ChildRightsCertificates.Where(c => c.IssuedOn <= day).ToList();
        DateOnly? validUntil = issued.Count == 0 || issued.Any(c => c.ValidUntil is null) ? null : issued.Max(c => c.ValidUntil);
        if (childRightsRequired)
        {
            if (issued.Count == 0)
            {
                shortfalls.Add(new Shortfall(ShortfallKind.ChildRightsMissing, 0, 0));
            }
            else if (validUntil is { } until && until < day)
            {
                shortfalls.Add(new Shortfall(ShortfallKind.ChildRightsExpired, 0, 0, until));
            }
        }

        return new StaffYearStatus(year, day, months, supervisionRequired, sessions, trainingRequired, hours, childRightsRequired, validUntil, shortfalls);
    }

    /// <summary>Months of <paramref name="year"/> that hold at least one day of employment.</summary>
    public static int MonthsEmployed(DateOnly from, DateOnly? until, int year)
    {
        var count = 0;
        for (var month = 1; month <= 12; month++)
        {
            var start = new DateOnly(year, month, 1);
            var end = start.AddMonths(1).AddDays(-1);
            if (from <= end && (until is null || until >= start))
            {
                count++;
            }
        }

        return count;
    }

    private static int Prorate(int perYear, int months) => months >= 12 ? perYear : (int)Math.Ceiling(perYear * months / 12m);

    private static decimal ProrateHours(decimal perYear, int months) => months >= 12 ? perYear : Math.Ceiling(perYear * months / 12m);
}
