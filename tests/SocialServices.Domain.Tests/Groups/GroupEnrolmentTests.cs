using SocialServices.Domain.Groups;

namespace SocialServices.Domain.Tests.Groups;

public sealed class GroupEnrolmentTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Enrolment_with_a_group_is_a_member()
    {
        var enrolment = new GroupEnrolment(10, 20, groupId: 3, applicationId: 7, D(2026, 11, 23));

        Assert.Equal(EnrolmentStatus.Enrolled, enrolment.Status);
        Assert.Equal(3, enrolment.GroupId);
        Assert.Equal(7, enrolment.ApplicationId);
        Assert.Equal(D(2026, 11, 23), enrolment.EnrolledOn);
    }

    [Fact]
    public void Enrolment_without_a_group_is_on_the_waiting_list_until_placed()
    {
        var enrolment = new GroupEnrolment(10, 20, groupId: null, applicationId: 7, D(2026, 11, 23));
        Assert.Equal(EnrolmentStatus.WaitingList, enrolment.Status);
        Assert.Null(enrolment.GroupId);

        enrolment.PlaceInGroup(4, D(2027, 1, 5));

        Assert.Equal(EnrolmentStatus.Enrolled, enrolment.Status);
        Assert.Equal(4, enrolment.GroupId);
        Assert.Equal(D(2027, 1, 5), enrolment.EnrolledOn);
    }

    [Fact]
    public void Only_a_waiting_client_is_placed_in_a_group()
    {
        var member = new GroupEnrolment(10, 20, 3, 7, D(2026, 11, 23));
        var left = new GroupEnrolment(10, 20, null, 7, D(2026, 11, 23));
        left.Leave(D(2026, 12, 1), "Atteicās");

        Assert.Throws<InvalidOperationException>(() => member.PlaceInGroup(4, D(2027, 1, 5)));
        Assert.Throws<InvalidOperationException>(() => left.PlaceInGroup(4, D(2027, 1, 5)));
        Assert.Equal(3, member.GroupId);
        Assert.Null(left.GroupId);
    }

    [Fact]
    public void A_member_leaves_with_a_reason_and_keeps_the_group()
    {
        var enrolment = new GroupEnrolment(10, 20, 3, 7, D(2026, 11, 23));

        enrolment.Leave(D(2027, 2, 1), "  Pārcēlās uz citu novadu ");

        Assert.Equal(EnrolmentStatus.Left, enrolment.Status);
        Assert.Equal(D(2027, 2, 1), enrolment.LeftOn);
        Assert.Equal("Pārcēlās uz citu novadu", enrolment.LeaveReason);
        Assert.Equal(3, enrolment.GroupId);
    }

    [Fact]
    public void Leaving_needs_a_reason_and_happens_once()
    {
        var enrolment = new GroupEnrolment(10, 20, null, 7, D(2026, 11, 23));

        Assert.Throws<ArgumentException>(() => enrolment.Leave(D(2027, 2, 1), " "));
        Assert.Equal(EnrolmentStatus.WaitingList, enrolment.Status);

        enrolment.Leave(D(2027, 2, 1), "Atteicās");

        Assert.Throws<InvalidOperationException>(() => enrolment.Leave(D(2027, 2, 2), "Vēlreiz"));
        Assert.Equal(D(2027, 2, 1), enrolment.LeftOn);
        Assert.Equal("Atteicās", enrolment.LeaveReason);
    }
}
