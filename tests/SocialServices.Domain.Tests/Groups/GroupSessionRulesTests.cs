using SocialServices.Domain.Cases;
using SocialServices.Domain.Groups;

namespace SocialServices.Domain.Tests.Groups;

public sealed class GroupSessionRulesTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static GroupSession Session() => new(1, D(2026, 11, 24), new TimeOnly(17, 0), new TimeOnly(18, 30), " Zāle ");

    [Fact]
    public void A_planned_session_moves_to_another_day_time_and_room()
    {
        var session = Session();

        session.Move(D(2026, 11, 26), new TimeOnly(16, 0), new TimeOnly(17, 45), "  ");

        Assert.Equal((D(2026, 11, 26), new TimeOnly(16, 0), new TimeOnly(17, 45)), (session.Date, session.StartsAt, session.EndsAt));
        Assert.Null(session.Room);
        Assert.Equal(105, session.PlannedMinutes);
        Assert.Throws<ArgumentException>(() => session.Move(D(2026, 11, 26), new TimeOnly(16, 0), new TimeOnly(16, 0), null));
    }

    [Fact]
    public void A_cancelled_session_keeps_its_reason_and_is_neither_moved_nor_cancelled_again()
    {
        var session = Session();

        session.Cancel("  Vadītāja slimība ");

        Assert.Equal(SessionStatus.Cancelled, session.Status);
        Assert.Equal("Vadītāja slimība", session.CancelReason);
        Assert.Throws<InvalidOperationException>(() => session.Move(D(2026, 11, 26), new TimeOnly(16, 0), new TimeOnly(17, 0), null));
        Assert.Throws<InvalidOperationException>(() => session.Cancel("vēlreiz"));
        Assert.Throws<InvalidOperationException>(() => session.RecordHeld(new TimeOnly(17, 0), new TimeOnly(18, 0)));
    }

    [Fact]
    public void A_session_is_cancelled_only_with_a_reason_of_sensible_length()
    {
        Assert.Throws<ArgumentException>(() => Session().Cancel(" "));
        Assert.Throws<ArgumentException>(() => Session().Cancel(new string('x', GroupSession.MaxReasonLength + 1)));
    }

    [Fact]
    public void A_held_session_is_neither_moved_nor_cancelled()
    {
        var session = Session();
        session.RecordHeld(new TimeOnly(17, 5), new TimeOnly(18, 35));

        Assert.Throws<InvalidOperationException>(() => session.Move(D(2026, 11, 26), new TimeOnly(16, 0), new TimeOnly(17, 0), null));
        Assert.Throws<InvalidOperationException>(() => session.Cancel("Par vēlu"));
        Assert.Equal(90, session.HeldMinutes);
    }

    [Fact]
    public void A_group_takes_members_up_to_its_capacity_and_cannot_shrink_below_them()
    {
        Assert.True(GroupCapacity.HasRoom(7, 8));
        Assert.False(GroupCapacity.HasRoom(8, 8));
        Assert.True(GroupCapacity.CanSetCapacity(6, 6));
        Assert.False(GroupCapacity.CanSetCapacity(5, 6));
        Assert.False(GroupCapacity.CanSetCapacity(0, 0));

        var group = new ProgrammeGroup(1, 2, "Esam ģimene", D(2026, 12, 1), null, 10, null);
        Assert.Throws<ArgumentOutOfRangeException>(() => group.Update("Esam ģimene", null, null, 5, 6));
        group.Update(" Esam ģimene, ziema ", " Lielā iela 1 ", " 2. stāva zāle ", 6, 6);
        Assert.Equal(("Esam ģimene, ziema", "Lielā iela 1", "2. stāva zāle", 6), (group.Name, group.Location, group.Room, group.Capacity));
    }

    [Fact]
    public void A_group_has_ended_when_its_last_session_is_held_or_past()
    {
        var today = D(2026, 11, 23);
        (DateOnly, bool, bool)[] sessions = [(D(2026, 11, 9), false, true), (D(2026, 11, 16), false, true), (D(2026, 11, 30), false, false)];

        Assert.False(GroupEnd.HasEnded(sessions, null, today));
        Assert.True(GroupEnd.HasEnded([.. sessions[..2], (D(2026, 11, 30), true, false)], null, today)); // the last one was cancelled
        Assert.True(GroupEnd.HasEnded([.. sessions[..2], (D(2026, 11, 23), false, true)], null, today)); // held today
        Assert.False(GroupEnd.HasEnded([.. sessions[..2], (D(2026, 11, 23), false, false)], null, today)); // today, not yet held
        Assert.True(GroupEnd.HasEnded([.. sessions[..2], (D(2026, 11, 22), false, false)], null, today)); // past, register not filled
        Assert.False(GroupEnd.HasEnded([], D(2026, 11, 23), today));
        Assert.True(GroupEnd.HasEnded([], D(2026, 11, 22), today));
    }

    [Fact]
    public void Attendance_counts_held_sessions_while_the_member_was_in_the_group()
    {
        (int, DateOnly, bool, bool)[] sessions =
        [
            (1, D(2026, 10, 5), false, true), (2, D(2026, 10, 12), false, true), (3, D(2026, 10, 19), true, false),
            (4, D(2026, 10, 26), false, true), (5, D(2026, 11, 2), false, false), (6, D(2026, 11, 9), false, true),
        ];

        Assert.Equal((3, 4), GroupAttendance.Count(sessions, [1, 2, 6], D(2026, 10, 1), null));
        Assert.Equal((1, 3), GroupAttendance.Count(sessions, [2], D(2026, 10, 10), null)); // joined after the first
        Assert.Equal((2, 2), GroupAttendance.Count(sessions, [1, 2], D(2026, 10, 1), D(2026, 10, 20))); // left after the second
        Assert.Equal((0, 0), GroupAttendance.Count([], [], D(2026, 10, 1), null));
    }
}
