using SocialServices.Domain.Attendance;
using static SocialServices.Domain.Attendance.AttendanceStatus;

namespace SocialServices.Domain.Tests.Attendance;

public sealed class MissedSessionsTests
{
    [Fact]
    public void Nothing_held_is_nothing_missed() => Assert.Equal(0, MissedSessions.InARow([]));

    [Theory]
    [InlineData(new[] { Present, Present, Present }, 0)]
    [InlineData(new[] { Absent }, 1)]
    [InlineData(new[] { Present, Absent, Absent, Absent }, 3)]
    [InlineData(new[] { Absent, Absent, Absent, Present }, 0)]
    [InlineData(new[] { Absent, Absent, Present, Absent, Absent }, 2)]
    [InlineData(new[] { Present, Absent, Excused, Absent }, 3)]
    public void Counts_the_missed_sessions_at_the_end_back_to_the_last_attended(AttendanceStatus[] statuses, int expected) =>
        Assert.Equal(expected, MissedSessions.InARow(statuses));

    [Fact]
    public void An_excused_absence_can_be_left_out_without_breaking_the_run()
    {
        AttendanceStatus[] statuses = [Present, Absent, Excused, Absent];

        Assert.Equal(2, MissedSessions.InARow(statuses, excusedCounts: false));
        Assert.Equal(0, MissedSessions.InARow([Absent, Present, Excused, Excused], excusedCounts: false));
    }

    [Fact]
    public void A_late_arrival_is_attendance_and_breaks_the_run() =>
        Assert.Equal(0, MissedSessions.InARow([Absent, Absent, Present]));

    [Theory]
    [InlineData(2, 3, false)]
    [InlineData(3, 3, true)]
    [InlineData(5, 3, true)]
    [InlineData(5, 0, false)]
    [InlineData(1, 1, true)]
    public void Warns_from_the_threshold_on(int missed, int threshold, bool warns) =>
        Assert.Equal(warns, MissedSessions.Warns(missed, threshold));

    [Fact]
    public void An_unknown_status_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MissedSessions.InARow([(AttendanceStatus)9]));
}

public sealed class AttendanceTallyTests
{
    [Fact]
    public void Counts_attended_of_held_with_late_arrivals_as_attended()
    {
        var tally = AttendanceTally.Of([(Present, false), (Present, true), (Absent, false), (Excused, false), (Present, false)]);

        Assert.Equal(new AttendanceTally(Held: 5, Present: 3, Absent: 1, Excused: 1, Late: 1), tally);
        Assert.Equal(60, tally.PercentAttended);
    }

    [Fact]
    public void Nothing_held_is_zero_percent_and_tallies_add_up()
    {
        Assert.Equal(0, AttendanceTally.Empty.PercentAttended);
        var sum = AttendanceTally.Of([(Present, false)]).Add(AttendanceTally.Of([(Absent, false), (Present, true)]));
        Assert.Equal(new AttendanceTally(3, 2, 1, 0, 1), sum);
    }
}

public sealed class AttendanceEntryTests
{
    [Theory]
    [InlineData(Present, false, null, null)]
    [InlineData(Present, true, null, null)]
    [InlineData(Absent, false, null, null)]
    [InlineData(Excused, false, "Slimība", null)]
    public void Valid_rows_have_no_error(AttendanceStatus status, bool late, string? reason, string? note) =>
        Assert.Null(new AttendanceEntry(status, late, reason, note).Error);

    [Theory]
    [InlineData(Excused, false, null, AttendanceEntryError.ExcusedWithoutReason)]
    [InlineData(Excused, false, "  ", AttendanceEntryError.ExcusedWithoutReason)]
    [InlineData(Absent, true, null, AttendanceEntryError.LateButNotPresent)]
    [InlineData(Excused, true, "Ārsta apmeklējums", AttendanceEntryError.LateButNotPresent)]
    [InlineData((AttendanceStatus)0, false, null, AttendanceEntryError.UnknownStatus)]
    public void Status_rules(AttendanceStatus status, bool late, string? reason, AttendanceEntryError expected) =>
        Assert.Equal(expected, new AttendanceEntry(status, late, reason, null).Error);

    [Fact]
    public void The_record_keeps_the_same_rules()
    {
        Assert.Throws<ArgumentException>(() => new AttendanceRecord(1, 2, Excused, false, " ", null));
        Assert.Throws<ArgumentException>(() => new AttendanceRecord(1, 2, Absent, true, null, null));
        var record = new AttendanceRecord(1, 2, Excused, false, "  Slimība ", " ");
        Assert.Equal(new AttendanceEntry(Excused, false, "Slimība", null), record.Entry);
    }

    [Fact]
    public void Changes_list_each_changed_field_before_and_after()
    {
        var before = new AttendanceEntry(Absent, false, null, "Nezvanīja");
        var after = new AttendanceEntry(Excused, false, "Slimība ", "Nezvanīja");

        var changes = after.ChangesFrom(before);

        Assert.Equal(
            [new AttendanceFieldChange(AttendanceChangeField.Status, "Absent", "Excused"), new AttendanceFieldChange(AttendanceChangeField.Reason, null, "Slimība")],
            changes);
    }

    [Fact]
    public void Whitespace_alone_is_no_change()
    {
        var before = new AttendanceEntry(Present, true, null, "Labi strādāja");
        Assert.Empty(new AttendanceEntry(Present, true, " ", " Labi strādāja ").ChangesFrom(before));
        Assert.Equal([new AttendanceFieldChange(AttendanceChangeField.Late, "yes", "no")], new AttendanceEntry(Present, false, null, "Labi strādāja").ChangesFrom(before));
    }

    [Fact]
    public void A_change_entry_keeps_who_and_when_and_cuts_overlong_values()
    {
        var at = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var change = new AttendanceChange(5, 7, new AttendanceFieldChange(AttendanceChangeField.Note, null, new string('x', AttendanceChange.MaxValueLength + 10)), "u1", "Pēteris Kalniņš", at);

        Assert.Equal(AttendanceChange.MaxValueLength, change.After!.Length);
        Assert.Equal("Pēteris Kalniņš", change.ChangedByName);
        Assert.Equal(at, change.ChangedAt);
    }
}
