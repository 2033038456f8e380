using SocialServices.Domain.Applications;

namespace SocialServices.Domain.Tests.Applications;

public sealed class DecisionDeadlineTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    // ---- the one-month rule

    [Theory]
    [InlineData(2026, 1, 15, 2026, 2, 15)]
    [InlineData(2026, 1, 31, 2026, 2, 28)] // no 31 February: last day of February
    [InlineData(2026, 1, 30, 2026, 2, 28)]
    [InlineData(2026, 1, 29, 2026, 2, 28)]
    [InlineData(2026, 1, 28, 2026, 2, 28)]
    [InlineData(2028, 1, 31, 2028, 2, 29)] // leap year
    [InlineData(2028, 1, 29, 2028, 2, 29)]
    [InlineData(2026, 3, 31, 2026, 4, 30)]
    [InlineData(2026, 5, 31, 2026, 6, 30)]
    [InlineData(2026, 2, 28, 2026, 3, 28)] // end of February maps to the same day number, not to 31 March
    [InlineData(2028, 2, 29, 2028, 3, 29)]
    [InlineData(2026, 12, 31, 2027, 1, 31)] // across the year end
    [InlineData(2026, 12, 1, 2027, 1, 1)]
    [InlineData(2026, 4, 30, 2026, 5, 30)]
    public void Deadline_is_one_calendar_month_after_the_documents_date(int y, int m, int d, int ey, int em, int ed)
    {
        Assert.Equal(D(ey, em, ed), DecisionDeadline.Compute(D(y, m, d)));
    }

    [Fact]
    public void Start_sets_original_and_current_deadline_and_the_four_month_limit()
    {
        var deadline = DecisionDeadline.Start(D(2026, 1, 15));

        Assert.Equal(D(2026, 1, 15), deadline.DocumentsComplete);
        Assert.Equal(D(2026, 2, 15), deadline.Original);
        Assert.Equal(D(2026, 2, 15), deadline.Current);
        Assert.Equal(D(2026, 5, 15), deadline.LatestPermitted);
        Assert.False(deadline.IsExtended);
        Assert.Empty(deadline.Extensions);
    }

    [Theory]
    [InlineData(2026, 1, 15, 2026, 5, 15)]
    [InlineData(2025, 10, 31, 2026, 2, 28)] // no 31 February
    [InlineData(2027, 10, 31, 2028, 2, 29)]
    [InlineData(2026, 9, 30, 2027, 1, 30)]
    public void Extension_limit_is_four_calendar_months_after_the_documents_date(int y, int m, int d, int ey, int em, int ed)
    {
        Assert.Equal(D(ey, em, ed), DecisionDeadline.ComputeLatestPermitted(D(y, m, d)));
    }

    // ---- non-working days (optional, off by default)

    [Fact]
    public void Without_non_working_days_a_deadline_on_a_sunday_stays_put()
    {
        // 15 March 2026 is a Sunday.
        Assert.Equal(DayOfWeek.Sunday, D(2026, 3, 15).DayOfWeek);
        Assert.Equal(D(2026, 3, 15), DecisionDeadline.Compute(D(2026, 2, 15)));
    }

    [Fact]
    public void With_non_working_days_a_deadline_moves_to_the_next_working_day()
    {
        var weekend = new HashSet<DateOnly> { D(2026, 3, 14), D(2026, 3, 15) };

        Assert.Equal(D(2026, 3, 16), DecisionDeadline.Compute(D(2026, 2, 14), weekend));
        Assert.Equal(D(2026, 3, 16), DecisionDeadline.Compute(D(2026, 2, 15), weekend));
        Assert.Equal(D(2026, 3, 13), DecisionDeadline.Compute(D(2026, 2, 13), weekend));
    }

    [Fact]
    public void Consecutive_non_working_days_are_all_skipped()
    {
        // 4 May 2026 (Restoration of Independence Day, observed) after a weekend.
        var days = new HashSet<DateOnly> { D(2026, 5, 2), D(2026, 5, 3), D(2026, 5, 4) };

        Assert.Equal(D(2026, 5, 5), DecisionDeadline.Compute(D(2026, 4, 2), days));
    }

    [Fact]
    public void Start_applies_non_working_days_to_both_deadline_and_limit()
    {
        var days = new HashSet<DateOnly> { D(2026, 2, 15), D(2026, 5, 15) };

        var deadline = DecisionDeadline.Start(D(2026, 1, 15), days);

        Assert.Equal(D(2026, 2, 16), deadline.Original);
        Assert.Equal(D(2026, 5, 16), deadline.LatestPermitted);
    }

    // ---- extensions

    [Fact]
    public void Valid_extension_moves_the_current_deadline_and_keeps_history()
    {
        var original = DecisionDeadline.Start(D(2026, 1, 15));

        var extended = original.Extend(D(2026, 3, 31), "  Waiting for the orphan's court opinion ");

        Assert.Equal(D(2026, 3, 31), extended.Current);
        Assert.Equal(D(2026, 2, 15), extended.Original);
        Assert.True(extended.IsExtended);
        var extension = Assert.Single(extended.Extensions);
        Assert.Equal(new DeadlineExtension(D(2026, 2, 15), D(2026, 3, 31), "Waiting for the orphan's court opinion"), extension);
    }

    [Fact]
    public void Extending_does_not_change_the_original_instance()
    {
        var original = DecisionDeadline.Start(D(2026, 1, 15));

        _ = original.Extend(D(2026, 3, 1), "reason");

        Assert.Equal(D(2026, 2, 15), original.Current);
        Assert.Empty(original.Extensions);
    }

    [Fact]
    public void Extension_may_be_extended_again_up_to_the_limit()
    {
        var deadline = DecisionDeadline.Start(D(2026, 1, 15))
            .Extend(D(2026, 3, 15), "first")
            .Extend(D(2026, 5, 15), "second");

        Assert.Equal(D(2026, 5, 15), deadline.Current);
        Assert.Equal([D(2026, 2, 15), D(2026, 3, 15)], deadline.Extensions.Select(e => e.PreviousDeadline));
        Assert.Equal([D(2026, 3, 15), D(2026, 5, 15)], deadline.Extensions.Select(e => e.NewDeadline));
    }

    [Theory]
    [InlineData(2026, 2, 16)] // a day after the original
    [InlineData(2026, 5, 15)] // exactly four months: the last permitted day
    public void Extension_between_current_deadline_and_limit_is_valid(int y, int m, int d)
    {
        var deadline = DecisionDeadline.Start(D(2026, 1, 15));

        Assert.Empty(deadline.ValidateExtension(D(y, m, d), "reason"));
    }

    [Fact]
    public void Extension_beyond_four_months_is_refused()
    {
        var deadline = DecisionDeadline.Start(D(2026, 1, 15));

        Assert.Equal([DeadlineExtensionError.BeyondMaximum], deadline.ValidateExtension(D(2026, 5, 16), "reason"));
        Assert.Throws<ArgumentException>(() => deadline.Extend(D(2026, 5, 16), "reason"));
    }

    [Fact]
    public void Four_month_limit_uses_the_last_day_of_a_short_month()
    {
        // 31 October + 4 months = 28 February 2026 (no 31 February).
        var deadline = DecisionDeadline.Start(D(2025, 10, 31));

        Assert.Empty(deadline.ValidateExtension(D(2026, 2, 28), "reason"));
        Assert.Equal([DeadlineExtensionError.BeyondMaximum], deadline.ValidateExtension(D(2026, 3, 1), "reason"));
    }

    [Theory]
    [InlineData(2026, 2, 14)] // before the current deadline
    [InlineData(2026, 2, 15)] // the same day is no extension
    [InlineData(2026, 1, 1)]
    public void Extension_not_later_than_the_current_deadline_is_refused(int y, int m, int d)
    {
        var deadline = DecisionDeadline.Start(D(2026, 1, 15));

        Assert.Equal([DeadlineExtensionError.NotAfterCurrentDeadline], deadline.ValidateExtension(D(y, m, d), "reason"));
        Assert.Throws<ArgumentException>(() => deadline.Extend(D(y, m, d), "reason"));
    }

    [Fact]
    public void Second_extension_must_be_later_than_the_first()
    {
        var deadline = DecisionDeadline.Start(D(2026, 1, 15)).Extend(D(2026, 4, 1), "first");

        Assert.Equal([DeadlineExtensionError.NotAfterCurrentDeadline], deadline.ValidateExtension(D(2026, 3, 1), "shorter"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Extension_needs_a_reason(string? reason)
    {
        var deadline = DecisionDeadline.Start(D(2026, 1, 15));

        Assert.Equal([DeadlineExtensionError.ReasonRequired], deadline.ValidateExtension(D(2026, 3, 1), reason));
        Assert.Throws<ArgumentException>(() => deadline.Extend(D(2026, 3, 1), reason!));
    }

    [Fact]
    public void All_extension_errors_are_reported_together()
    {
        var deadline = DecisionDeadline.Start(D(2026, 1, 15));

        Assert.Equal(
            [DeadlineExtensionError.ReasonRequired, DeadlineExtensionError.NotAfterCurrentDeadline],
            deadline.ValidateExtension(D(2026, 2, 1), " "));
        Assert.Equal(
            [DeadlineExtensionError.ReasonRequired, DeadlineExtensionError.BeyondMaximum],
            deadline.ValidateExtension(D(2026, 6, 1), null));
    }

    // ---- status

    [Theory]
    [InlineData(2026, 1, 15, DeadlineState.Open, 31)]    // the documents day
    [InlineData(2026, 2, 7, DeadlineState.Open, 8)]      // last day of Open
    [InlineData(2026, 2, 8, DeadlineState.DueSoon, 7)]   // first day of DueSoon
    [InlineData(2026, 2, 14, DeadlineState.DueSoon, 1)]
    [InlineData(2026, 2, 15, DeadlineState.DueSoon, 0)]  // the deadline day is still on time
    [InlineData(2026, 2, 16, DeadlineState.Overdue, -1)] // the day after
    [InlineData(2026, 3, 17, DeadlineState.Overdue, -30)]
    public void Status_around_the_boundaries_with_the_default_warning_period(int y, int m, int d, DeadlineState state, int daysLeft)
    {
        var status = DecisionDeadline.Start(D(2026, 1, 15)).Evaluate(D(y, m, d));

        Assert.Equal(state, status.State);
        Assert.Equal(daysLeft, status.DaysLeft);
        Assert.Equal(D(2026, 2, 15), status.Deadline);
        Assert.Equal(Math.Max(0, -daysLeft), status.DaysOverdue);
    }

    [Theory]
    [InlineData(3, 2026, 2, 11, DeadlineState.Open)]
    [InlineData(3, 2026, 2, 12, DeadlineState.DueSoon)]
    [InlineData(0, 2026, 2, 14, DeadlineState.Open)]
    [InlineData(0, 2026, 2, 15, DeadlineState.DueSoon)]
    [InlineData(0, 2026, 2, 16, DeadlineState.Overdue)]
    [InlineData(14, 2026, 2, 1, DeadlineState.DueSoon)]
    [InlineData(14, 2026, 1, 31, DeadlineState.Open)]
    public void Warning_period_is_a_parameter(int dueSoonDays, int y, int m, int d, DeadlineState state)
    {
        Assert.Equal(state, DeadlineStatus.Evaluate(D(2026, 2, 15), D(y, m, d), dueSoonDays).State);
    }

    [Fact]
    public void Negative_warning_period_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineStatus.Evaluate(D(2026, 2, 15), D(2026, 2, 1), -1));
    }

    [Fact]
    public void Status_follows_the_extended_deadline()
    {
        var deadline = DecisionDeadline.Start(D(2026, 1, 15));
        var today = D(2026, 2, 20);

        Assert.Equal(DeadlineState.Overdue, deadline.Evaluate(today).State);

        var extended = deadline.Extend(D(2026, 4, 15), "awaiting medical documents");
        var status = extended.Evaluate(today);

        Assert.Equal(DeadlineState.Open, status.State);
        Assert.Equal(54, status.DaysLeft);
        Assert.Equal(D(2026, 4, 15), status.Deadline);
    }

    [Fact]
    public void Days_left_counts_across_a_month_and_year_end()
    {
        var status = DeadlineStatus.Evaluate(D(2027, 1, 31), D(2026, 12, 31));

        Assert.Equal(31, status.DaysLeft);
        Assert.Equal(DeadlineState.Open, status.State);
    }
}
