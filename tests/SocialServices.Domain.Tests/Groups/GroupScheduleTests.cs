using SocialServices.Domain.Groups;

namespace SocialServices.Domain.Tests.Groups;

public sealed class GroupScheduleTests
{
    private static readonly TimeOnly Five = new(17, 0);
    private static readonly TimeOnly HalfSix = new(18, 30);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static SchedulePattern Weekly(int sessions, params DayOfWeek[] days) => new(days, Five, HalfSix, sessions);

    [Fact]
    public void A_weekly_pattern_gives_the_asked_number_of_sessions_at_its_times_skipping_Easter_Monday()
    {
        var schedule = GroupSchedule.Generate(D(2026, 3, 30), Weekly(4, DayOfWeek.Monday));

        Assert.Equal([D(2026, 3, 30), D(2026, 4, 13), D(2026, 4, 20), D(2026, 4, 27)], schedule.Sessions.Select(s => s.Date));
        Assert.Equal([1, 2, 3, 4], schedule.Sessions.Select(s => s.Number));
        Assert.All(schedule.Sessions, s => Assert.Equal((Five, HalfSix), (s.StartsAt, s.EndsAt)));
        Assert.Equal([new SkippedDate(D(2026, 4, 6), SkipReason.PublicHoliday)], schedule.Skipped);
        Assert.Equal(D(2026, 4, 27), schedule.LastDate);
    }

    [Fact]
    public void Two_weekdays_across_Christmas_skip_the_holidays_and_the_listed_school_holiday()
    {
        var schedule = GroupSchedule.Generate(D(2026, 12, 22), Weekly(4, DayOfWeek.Thursday, DayOfWeek.Tuesday), [D(2026, 12, 29)]);

        Assert.Equal([D(2026, 12, 22), D(2027, 1, 5), D(2027, 1, 7), D(2027, 1, 12)], schedule.Sessions.Select(s => s.Date));
        Assert.Equal(
            [new SkippedDate(D(2026, 12, 24), SkipReason.PublicHoliday), new SkippedDate(D(2026, 12, 29), SkipReason.Listed), new SkippedDate(D(2026, 12, 31), SkipReason.PublicHoliday)],
            schedule.Skipped);
    }

    [Fact]
    public void The_proclamation_day_and_a_holiday_moved_to_Monday_are_skipped()
    {
        Assert.Equal([D(2026, 11, 11), D(2026, 11, 25), D(2026, 12, 2)], GroupSchedule.Generate(D(2026, 11, 11), Weekly(3, DayOfWeek.Wednesday)).Sessions.Select(s => s.Date));

        // 4 May 2025 was a Sunday, so Monday 5 May was a holiday.
        Assert.Equal([D(2025, 4, 28), D(2025, 5, 12)], GroupSchedule.Generate(D(2025, 4, 28), Weekly(2, DayOfWeek.Monday)).Sessions.Select(s => s.Date));
    }

    [Fact]
    public void A_session_keeps_its_Latvian_wall_clock_time_across_the_autumn_daylight_saving_change()
    {
        // Summer time in Latvia ends on Sunday 25 October 2026.
        var schedule = GroupSchedule.Generate(D(2026, 10, 20), Weekly(3, DayOfWeek.Tuesday));

        Assert.Equal([D(2026, 10, 20), D(2026, 10, 27), D(2026, 11, 3)], schedule.Sessions.Select(s => s.Date));
        Assert.All(schedule.Sessions, s => Assert.Equal(Five, s.StartsAt));
        var riga = TimeZoneInfo.FindSystemTimeZoneById("Europe/Riga");
        var utc = schedule.Sessions.Select(s => TimeZoneInfo.ConvertTimeToUtc(s.Date.ToDateTime(s.StartsAt), riga).Hour).ToList();
        Assert.Equal([14, 15, 15], utc); // the same 17:00 for the group, a different hour in UTC
    }

    [Fact]
    public void The_first_day_counts_when_it_is_a_pattern_day_and_other_days_are_not_used()
    {
        var schedule = GroupSchedule.Generate(D(2026, 11, 24), Weekly(2, DayOfWeek.Tuesday));

        Assert.Equal([D(2026, 11, 24), D(2026, 12, 1)], schedule.Sessions.Select(s => s.Date));
        Assert.Empty(schedule.Skipped);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(SchedulePattern.MaxSessions + 1)]
    public void A_pattern_needs_a_sensible_number_of_sessions(int sessions) =>
        Assert.Throws<ArgumentException>(() => GroupSchedule.Generate(D(2026, 11, 24), Weekly(sessions, DayOfWeek.Tuesday)));

    [Fact]
    public void A_pattern_needs_a_weekday_and_an_end_after_its_start()
    {
        Assert.Throws<ArgumentException>(() => GroupSchedule.Generate(D(2026, 11, 24), Weekly(3)));
        Assert.Throws<ArgumentException>(() => GroupSchedule.Generate(D(2026, 11, 24), new SchedulePattern([DayOfWeek.Monday], HalfSix, Five, 3)));
        Assert.Throws<ArgumentException>(() => GroupSchedule.Generate(D(2026, 11, 24), new SchedulePattern([DayOfWeek.Monday], Five, Five, 3)));
    }

    [Fact]
    public void Weekdays_are_stored_as_ISO_numbers_in_week_order()
    {
        var pattern = Weekly(3, DayOfWeek.Sunday, DayOfWeek.Thursday, DayOfWeek.Tuesday, DayOfWeek.Thursday);

        Assert.Equal("2,4,7", pattern.WeekdayCodes);
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Sunday], SchedulePattern.ParseWeekdays("7, 2,4"));
        Assert.Empty(SchedulePattern.ParseWeekdays(null));
    }

    [Fact]
    public void A_group_keeps_its_pattern_and_runs_from_its_first_to_its_last_session()
    {
        var group = new ProgrammeGroup(1, 2, "Esam ģimene", D(2026, 12, 22), null, 10, null);
        group.UsePattern(Weekly(4, DayOfWeek.Tuesday, DayOfWeek.Thursday), [D(2026, 12, 29), D(2026, 12, 29)]);

        Assert.Equal("2,4", group.PatternWeekdays);
        Assert.Equal("2026-12-29", group.PatternSkipDates);
        Assert.Equal(Weekly(4, DayOfWeek.Tuesday, DayOfWeek.Thursday).WeekdayCodes, group.Pattern!.WeekdayCodes);
        Assert.Equal((Five, HalfSix, 4), (group.Pattern.StartsAt, group.Pattern.EndsAt, group.Pattern.Sessions));

        group.ScheduleChanged(D(2026, 12, 22), D(2027, 1, 12));
        Assert.Equal((D(2026, 12, 22), (DateOnly?)D(2027, 1, 12)), (group.StartsOn, group.EndsOn));
        Assert.Equal(D(2027, 1, 12), group.RunsUntil);
    }
}
