using SocialServices.Domain.Common;

namespace SocialServices.Domain.Tests.Common;

public sealed class LatvianCalendarTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2030, 4, 21)]
    [InlineData(2038, 4, 25)] // the latest possible date
    [InlineData(2285, 3, 22)] // the earliest possible date
    public void Easter_Sunday_of_known_years(int year, int month, int day)
    {
        var easter = LatvianCalendar.EasterSunday(year);

        Assert.Equal(D(year, month, day), easter);
        Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
    }

    [Theory]
    [InlineData(2027, 3, 26)] // Good Friday
    [InlineData(2027, 3, 29)] // Easter Monday
    [InlineData(2026, 4, 3)]
    [InlineData(2026, 4, 6)]
    [InlineData(2024, 3, 29)]
    [InlineData(2024, 4, 1)]
    public void Good_Friday_and_Easter_Monday_are_holidays(int year, int month, int day)
    {
        Assert.True(LatvianCalendar.IsPublicHoliday(D(year, month, day)));
        Assert.False(LatvianCalendar.IsWorkingDay(D(year, month, day)));
    }

    [Theory]
    [InlineData(2027, 3, 25)] // Maundy Thursday
    [InlineData(2027, 3, 30)] // the Tuesday after Easter
    public void Days_around_Easter_are_working_days(int year, int month, int day)
    {
        Assert.False(LatvianCalendar.IsPublicHoliday(D(year, month, day)));
        Assert.True(LatvianCalendar.IsWorkingDay(D(year, month, day)));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 1)]
    [InlineData(5, 4)]
    [InlineData(6, 23)]
    [InlineData(6, 24)]
    [InlineData(11, 18)]
    [InlineData(12, 24)]
    [InlineData(12, 25)]
    [InlineData(12, 26)]
    [InlineData(12, 31)]
    public void Fixed_holidays_every_year(int month, int day)
    {
        for (var year = 2024; year <= 2032; year++)
        {
            Assert.True(LatvianCalendar.IsPublicHoliday(D(year, month, day)), $"{year}-{month}-{day}");
            Assert.False(LatvianCalendar.IsWorkingDay(D(year, month, day)), $"{year}-{month}-{day}");
        }
    }

    [Theory]
    [InlineData(2026, 1, 2)]   // the day after New Year (Friday)
    [InlineData(2026, 6, 22)]  // the Monday before Midsummer
    [InlineData(2026, 11, 17)] // the day before 18 November
    [InlineData(2026, 11, 19)]
    [InlineData(2026, 12, 23)]
    [InlineData(2026, 12, 30)]
    public void Ordinary_weekdays_next_to_holidays_are_working_days(int year, int month, int day)
    {
        Assert.False(LatvianCalendar.IsPublicHoliday(D(year, month, day)));
        Assert.True(LatvianCalendar.IsWorkingDay(D(year, month, day)));
    }

    [Theory]
    [InlineData(2024, 5, 6)]   // 4 May 2024 was a Saturday
    [InlineData(2025, 5, 5)]   // 4 May 2025 was a Sunday
    [InlineData(2031, 5, 5)]   // 4 May 2031 is a Sunday
    [InlineData(2028, 11, 20)] // 18 November 2028 is a Saturday
    [InlineData(2029, 11, 19)] // 18 November 2029 is a Sunday
    public void Independence_days_on_a_weekend_move_to_the_next_Monday(int year, int month, int day)
    {
        Assert.Equal(DayOfWeek.Monday, D(year, month, day).DayOfWeek);
        Assert.True(LatvianCalendar.IsPublicHoliday(D(year, month, day)));
        Assert.False(LatvianCalendar.IsWorkingDay(D(year, month, day)));
    }

    [Fact]
    public void Only_the_Monday_after_is_moved_not_the_Tuesday()
    {
        Assert.True(LatvianCalendar.IsWorkingDay(D(2024, 5, 7)));
        Assert.True(LatvianCalendar.IsWorkingDay(D(2028, 11, 21)));
    }

    [Theory]
    [InlineData(2026, 5, 11)]  // 4 May 2026 is itself a Monday: the next Monday is ordinary
    [InlineData(2026, 5, 5)]   // ... and so is the day after
    [InlineData(2027, 11, 22)] // 18 November 2027 is a Thursday
    [InlineData(2027, 5, 3)]   // 1 May 2027 is a Saturday, but 1 May does not move
    [InlineData(2023, 6, 26)]  // Midsummer 2023 fell on Friday-Saturday; it does not move either
    [InlineData(2027, 12, 27)] // Christmas 2027: 25-26 December on a weekend do not move
    public void No_day_off_for_other_holidays_on_a_weekend_or_independence_days_on_a_weekday(int year, int month, int day)
    {
        Assert.False(LatvianCalendar.IsPublicHoliday(D(year, month, day)));
        Assert.True(LatvianCalendar.IsWorkingDay(D(year, month, day)));
    }

    [Fact]
    public void Weekends_are_not_working_days_but_not_public_holidays_either()
    {
        Assert.False(LatvianCalendar.IsWorkingDay(D(2026, 11, 21)));
        Assert.False(LatvianCalendar.IsWorkingDay(D(2026, 11, 22)));
        Assert.False(LatvianCalendar.IsPublicHoliday(D(2026, 11, 21)));
    }

    [Theory]
    [InlineData(2026, 11, 16, 2026, 11, 16, 0)]  // the same day
    [InlineData(2026, 11, 16, 2026, 11, 17, 1)]
    [InlineData(2026, 11, 16, 2026, 11, 20, 3)]  // Tue, Thu, Fri: 18 November is a holiday
    [InlineData(2026, 11, 20, 2026, 11, 23, 1)]  // Friday to Monday: the weekend is skipped
    [InlineData(2026, 11, 20, 2026, 11, 22, 0)]  // Friday to Sunday
    [InlineData(2026, 11, 21, 2026, 11, 22, 0)]  // within a weekend
    [InlineData(2026, 12, 23, 2027, 1, 4, 4)]    // 28, 29, 30 December and 4 January
    [InlineData(2027, 3, 25, 2027, 3, 30, 1)]    // over Easter only the Tuesday counts
    [InlineData(2026, 11, 2, 2026, 11, 30, 19)]  // November 2026: 21 weekdays less 18 November, starting day excluded
    public void Working_days_between_exclude_the_start_and_include_the_end(int fy, int fm, int fd, int ty, int tm, int td, int expected)
    {
        Assert.Equal(expected, LatvianCalendar.WorkingDaysBetween(D(fy, fm, fd), D(ty, tm, td)));
    }

    [Theory]
    [InlineData(2026, 11, 16, 2026, 11, 30)]
    [InlineData(2026, 12, 20, 2027, 1, 10)]
    [InlineData(2027, 3, 20, 2027, 4, 2)]
    [InlineData(2026, 11, 21, 2026, 11, 22)]
    public void Working_days_between_changes_sign_when_the_dates_swap(int fy, int fm, int fd, int ty, int tm, int td)
    {
        var forward = LatvianCalendar.WorkingDaysBetween(D(fy, fm, fd), D(ty, tm, td));

        Assert.True(forward >= 0);
        Assert.Equal(-forward, LatvianCalendar.WorkingDaysBetween(D(ty, tm, td), D(fy, fm, fd)));
    }

    [Theory]
    [InlineData(2024, 251)] // 262 weekdays; 11 holidays on them, 6 May (for 4 May, a Saturday) among them
    [InlineData(2026, 250)] // 261 weekdays; 11 holidays on them
    [InlineData(2027, 252)] // 261 weekdays; 9 holidays on them (1 May and 25-26 December fall on a weekend)
    public void Working_days_in_a_whole_year(int year, int expected)
    {
        Assert.Equal(expected, LatvianCalendar.WorkingDaysBetween(D(year - 1, 12, 31), D(year, 12, 31)));
    }
}
