using SocialServices.Domain.Applications;

namespace SocialServices.Domain.Tests.Applications;

/// <summary>The deadline board's colours: overdue, due within 5 Latvian working days, open.</summary>
public sealed class DeadlineStatusWorkingDaysTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static DeadlineStatus Status(DateOnly deadline, DateOnly today) => DeadlineStatus.EvaluateInWorkingDays(deadline, today);

    [Fact]
    public void The_deadline_day_itself_is_due_soon_with_no_days_left()
    {
        var status = Status(D(2026, 11, 24), D(2026, 11, 24));

        Assert.Equal(DeadlineState.DueSoon, status.State);
        Assert.Equal(0, status.DaysLeft);
        Assert.Equal(0, status.DaysOverdue);
        Assert.Equal(D(2026, 11, 24), status.Deadline);
    }

    [Fact]
    public void The_day_after_the_deadline_is_overdue()
    {
        var status = Status(D(2026, 11, 24), D(2026, 11, 25));

        Assert.Equal(DeadlineState.Overdue, status.State);
        Assert.Equal(-1, status.DaysLeft);
        Assert.Equal(1, status.DaysOverdue);
    }

    [Fact]
    public void A_deadline_on_a_holiday_is_overdue_the_next_day_too()
    {
        // 18 November 2026 (Wednesday) is a holiday; the deadline still is that day, not the next working day.
        Assert.Equal(DeadlineState.DueSoon, Status(D(2026, 11, 18), D(2026, 11, 18)).State);
        Assert.Equal(DeadlineState.Overdue, Status(D(2026, 11, 18), D(2026, 11, 19)).State);
    }

    [Theory]
    [InlineData(2026, 11, 23, DeadlineState.DueSoon, 7)]  // Tue, Thu, Fri, Mon: 4 working days
    [InlineData(2026, 11, 24, DeadlineState.DueSoon, 8)]  // 5 working days because 18 November is a holiday
    [InlineData(2026, 11, 25, DeadlineState.Open, 9)]     // 6 working days
    public void Around_18_November_the_holiday_is_not_a_working_day(int y, int m, int d, DeadlineState state, int daysLeft)
    {
        var status = Status(D(y, m, d), D(2026, 11, 16));

        Assert.Equal(state, status.State);
        Assert.Equal(daysLeft, status.DaysLeft); // calendar days, whatever the colour
    }

    [Theory]
    [InlineData(2026, 12, 21, 2026, 12, 30, DeadlineState.DueSoon)] // 22, 23, 28, 29, 30 December
    [InlineData(2026, 12, 21, 2027, 1, 4, DeadlineState.Open)]      // 6th working day: 31 December and 1 January are holidays
    [InlineData(2026, 12, 22, 2027, 1, 4, DeadlineState.DueSoon)]   // 13 calendar days, but only 5 working days
    [InlineData(2026, 12, 23, 2027, 1, 5, DeadlineState.DueSoon)]   // 28, 29, 30 December, 4 and 5 January
    [InlineData(2026, 12, 23, 2027, 1, 6, DeadlineState.Open)]
    public void Over_Christmas_and_the_new_year_the_holidays_are_skipped(int ty, int tm, int td, int dy, int dm, int dd, DeadlineState state)
    {
        Assert.Equal(state, Status(D(dy, dm, dd), D(ty, tm, td)).State);
    }

    [Theory]
    [InlineData(2027, 3, 31, DeadlineState.DueSoon)] // 23, 24, 25, 30, 31 March
    [InlineData(2027, 4, 1, DeadlineState.Open)]     // Good Friday 26 March and Easter Monday 29 March are holidays
    public void Over_Easter_2027_Good_Friday_and_Easter_Monday_are_skipped(int y, int m, int d, DeadlineState state)
    {
        Assert.Equal(state, Status(D(y, m, d), D(2027, 3, 22)).State);
    }

    [Fact]
    public void A_deadline_on_a_weekend_seen_from_the_friday_before_is_due_soon()
    {
        var status = Status(D(2026, 11, 29), D(2026, 11, 27));

        Assert.Equal(DeadlineState.DueSoon, status.State);
        Assert.Equal(2, status.DaysLeft);
    }

    [Fact]
    public void A_deadline_far_ahead_is_open()
    {
        var status = Status(D(2027, 1, 23), D(2026, 11, 23));

        Assert.Equal(DeadlineState.Open, status.State);
        Assert.Equal(61, status.DaysLeft);
    }

    [Fact]
    public void Working_days_differ_from_the_calendar_day_rule()
    {
        // Eight calendar days ahead: the calendar rule (7 days) says open, the board's working-day rule says due soon.
        Assert.Equal(DeadlineState.Open, DeadlineStatus.Evaluate(D(2026, 11, 24), D(2026, 11, 16)).State);
        Assert.Equal(DeadlineState.DueSoon, DeadlineStatus.EvaluateInWorkingDays(D(2026, 11, 24), D(2026, 11, 16)).State);
    }

    [Theory]
    [InlineData(0, 2026, 11, 29, 2026, 11, 27, DeadlineState.DueSoon)] // Sunday deadline seen from Friday: no working day in between
    [InlineData(0, 2026, 11, 23, 2026, 11, 20, DeadlineState.Open)]    // Monday deadline seen from Friday: one working day
    [InlineData(1, 2026, 11, 23, 2026, 11, 20, DeadlineState.DueSoon)]
    [InlineData(10, 2026, 11, 23, 2026, 11, 9, DeadlineState.DueSoon)] // 9 working days
    [InlineData(5, 2026, 11, 23, 2026, 11, 9, DeadlineState.Open)]
    public void The_warning_period_is_a_parameter(int workingDays, int dy, int dm, int dd, int ty, int tm, int td, DeadlineState state)
    {
        Assert.Equal(state, DeadlineStatus.EvaluateInWorkingDays(D(dy, dm, dd), D(ty, tm, td), workingDays).State);
    }

    [Fact]
    public void A_negative_warning_period_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineStatus.EvaluateInWorkingDays(D(2026, 11, 24), D(2026, 11, 16), -1));
    }
}
