using SocialServices.Domain.Staff;

namespace SocialServices.Domain.Tests.Staff;

public sealed class TimesheetTests
{
    private static readonly TimesheetMonth November = new(2026, 11);

    private static DateOnly D(int day) => new(2026, 11, day);

    [Fact]
    public void Items_are_summed_by_day_and_by_activity()
    {
        var sheet = MonthlyTimesheet.Build(November,
        [
            new TimesheetItem(D(3), TimesheetActivity.GroupSession, 90, 8, "Esam ģimene"),
            new TimesheetItem(D(3), TimesheetActivity.Consultation, 45, 1, null),
            new TimesheetItem(D(3), TimesheetActivity.Preparation, 30, 0, null),
            new TimesheetItem(D(10), TimesheetActivity.GroupSession, 95, 7, "Esam ģimene"),
            new TimesheetItem(D(12), TimesheetActivity.HomeVisit, 60, 0, null),
        ]);

        Assert.Equal(320, sheet.TotalMinutes);
        Assert.Equal(16, sheet.TotalClientsServed);
        Assert.Equal([D(3), D(10), D(12)], sheet.Days.Select(d => d.Date));
        Assert.Equal(165, sheet.Days[0].Minutes);
        Assert.Equal(9, sheet.Days[0].ClientsServed);
        var sessions = sheet.Totals.Single(t => t.Activity == TimesheetActivity.GroupSession);
        Assert.Equal((2, 185, 15), (sessions.Count, sessions.Minutes, sessions.ClientsServed));
        Assert.Equal(sheet.TotalMinutes, sheet.Totals.Sum(t => t.Minutes));
    }

    [Fact]
    public void Items_outside_the_month_are_left_out()
    {
        var sheet = MonthlyTimesheet.Build(November,
        [
            new TimesheetItem(new DateOnly(2026, 10, 31), TimesheetActivity.Documentation, 60, 0, null),
            new TimesheetItem(D(1), TimesheetActivity.Documentation, 30, 0, null),
            new TimesheetItem(D(30), TimesheetActivity.Training, 240, 0, null),
            new TimesheetItem(new DateOnly(2026, 12, 1), TimesheetActivity.Training, 240, 0, null),
        ]);

        Assert.Equal(270, sheet.TotalMinutes);
        Assert.Equal(2, sheet.Days.Count);
    }

    [Fact]
    public void An_empty_month_has_no_days_and_zero_totals()
    {
        var sheet = MonthlyTimesheet.Build(November, []);

        Assert.Empty(sheet.Days);
        Assert.Empty(sheet.Totals);
        Assert.Equal(0, sheet.TotalMinutes);
    }

    [Theory]
    [InlineData(90, 1.50, "1:30")]
    [InlineData(95, 1.58, "1:35")]
    [InlineData(45, 0.75, "0:45")]
    [InlineData(1, 0.02, "0:01")]
    [InlineData(600, 10.00, "10:00")]
    public void Minutes_become_hours(int minutes, double hours, string text)
    {
        Assert.Equal((decimal)hours, MonthlyTimesheet.Hours(minutes));
        Assert.Equal(text, MonthlyTimesheet.HoursAndMinutes(minutes));
    }

    [Fact]
    public void Months_read_and_step_across_the_year()
    {
        Assert.Equal(new TimesheetMonth(2026, 1), TimesheetMonth.Parse("2026-01"));
        Assert.Null(TimesheetMonth.Parse("2026-13"));
        Assert.Null(TimesheetMonth.Parse("2026-1"));
        Assert.Null(TimesheetMonth.Parse("abcd-01"));
        Assert.Equal(new TimesheetMonth(2025, 12), new TimesheetMonth(2026, 1).Previous);
        Assert.Equal(new TimesheetMonth(2027, 1), new TimesheetMonth(2026, 12).Next);
        Assert.Equal(new DateOnly(2028, 2, 29), new TimesheetMonth(2028, 2).Last);
        Assert.Equal("2026-11", November.ToString());
    }

    [Fact]
    public void An_approval_locks_until_reopened_with_a_reason_and_keeps_the_approved_totals()
    {
        var approval = new TimesheetApproval("u1", November, "m1", "Ilze Bērziņa", 320, 16, DateTimeOffset.UnixEpoch);

        Assert.True(approval.IsApproved);
        Assert.Throws<InvalidOperationException>(() => approval.Approve("m1", "Ilze Bērziņa", 320, 16, DateTimeOffset.UnixEpoch));
        Assert.Throws<ArgumentException>(() => approval.Reopen(" ", "Ilze Bērziņa", DateTimeOffset.UnixEpoch));

        approval.Reopen("Nav ievadīta 12. novembra nodarbība", "Ilze Bērziņa", DateTimeOffset.UnixEpoch);
        Assert.False(approval.IsApproved);
        Assert.Equal("Nav ievadīta 12. novembra nodarbība", approval.ReopenReason);

        approval.Approve("m1", "Ilze Bērziņa", 410, 23, DateTimeOffset.UnixEpoch);
        Assert.Equal((410, 23), (approval.ApprovedMinutes, approval.ApprovedClientsServed));
    }

    [Fact]
    public void Other_work_lasts_a_minute_to_twelve_hours_and_maps_to_its_activity()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OtherWorkEntry(1, "u1", D(3), 0, OtherWorkKind.Other, null, "u1", DateTimeOffset.UnixEpoch));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OtherWorkEntry(1, "u1", D(3), 721, OtherWorkKind.Other, null, "u1", DateTimeOffset.UnixEpoch));
        Assert.Equal(TimesheetActivity.Supervision, OtherWorkEntry.ActivityOf(OtherWorkKind.Supervision));
        Assert.Equal(TimesheetActivity.Preparation, OtherWorkEntry.ActivityOf(OtherWorkKind.Preparation));
    }
}
