namespace SocialServices.Domain.Applications;

/// <summary>A deadline seen from a given day.</summary>
/// <param name="State">Open, due soon or overdue.</param>
/// <param name="Deadline">The last day on which the decision is on time.</param>
/// <param name="DaysLeft">Calendar days from today to the deadline: 0 on the day itself, negative once it has passed.</param>
public readonly record struct DeadlineStatus(DeadlineState State, DateOnly Deadline, int DaysLeft)
{
    /// <summary>Calendar days since the deadline passed; 0 while it has not.</summary>
    public int DaysOverdue => Math.Max(0, -DaysLeft);

    /// <summary>
    /// Evaluates <paramref name="deadline"/> on <paramref name="today"/>. The deadline day itself still
    /// counts as on time (due soon, 0 days left); the day after it is overdue.
    /// </summary>
    /// <param name="deadline">The last day on which a decision is on time.</param>
    /// <param name="today">The day to evaluate on (from the caller's clock).</param>
    /// <param name="dueSoonDays">Warn when this many days or fewer are left (not negative).</param>
    public static DeadlineStatus Evaluate(DateOnly deadline, DateOnly today, int dueSoonDays = DecisionDeadline.DefaultDueSoonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);

        var daysLeft = deadline.DayNumber - today.DayNumber;
        var state = daysLeft < 0 ? DeadlineState.Overdue
            : daysLeft <= dueSoonDays ? DeadlineState.DueSoon
            : DeadlineState.Open;
        return new DeadlineStatus(state, deadline, daysLeft);
    }

    /// <summary>
    /// The board's view (issue 4): overdue once the deadline has passed; due soon when the deadline is at most
    /// <paramref name="dueSoonWorkingDays"/> Latvian working days away (the deadline day itself included);
    /// otherwise open. <see cref="DaysLeft"/> stays in calendar days.
    /// </summary>
    public static DeadlineStatus EvaluateInWorkingDays(DateOnly deadline, DateOnly today, int dueSoonWorkingDays = DecisionDeadline.DueSoonWorkingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonWorkingDays);
        var daysLeft = deadline.DayNumber - today.DayNumber;
        var state = daysLeft < 0 ? DeadlineState.Overdue
            : Common.LatvianCalendar.WorkingDaysBetween(today, deadline) <= dueSoonWorkingDays ? DeadlineState.DueSoon
            : DeadlineState.Open;
        return new DeadlineStatus(state, deadline, daysLeft);
    }
}
