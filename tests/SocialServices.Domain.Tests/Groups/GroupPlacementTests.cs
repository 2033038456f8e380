using SocialServices.Domain.Groups;

namespace SocialServices.Domain.Tests.Groups;

public sealed class GroupPlacementTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void The_earliest_group_not_yet_started_with_room_is_chosen()
    {
        var groups = new[]
        {
            (GroupId: 3, StartsOn: new DateOnly(2027, 3, 1), Capacity: 10, Members: 0),
            (GroupId: 1, StartsOn: new DateOnly(2027, 1, 11), Capacity: 10, Members: 9),
            (GroupId: 2, StartsOn: new DateOnly(2027, 2, 1), Capacity: 10, Members: 0),
        };

        Assert.Equal(1, GroupPlacement.NextGroup(groups, Today));
    }

    [Fact]
    public void Full_groups_are_skipped()
    {
        var groups = new[]
        {
            (GroupId: 1, StartsOn: new DateOnly(2027, 1, 11), Capacity: 10, Members: 10),
            (GroupId: 2, StartsOn: new DateOnly(2027, 2, 1), Capacity: 12, Members: 13), // over-full after a manual change
            (GroupId: 3, StartsOn: new DateOnly(2027, 3, 1), Capacity: 10, Members: 4),
        };

        Assert.Equal(3, GroupPlacement.NextGroup(groups, Today));
    }

    [Fact]
    public void Groups_that_have_started_are_skipped_but_one_starting_today_is_not()
    {
        var groups = new[]
        {
            (GroupId: 1, StartsOn: Today.AddDays(-1), Capacity: 10, Members: 0),
            (GroupId: 2, StartsOn: Today, Capacity: 10, Members: 0),
        };

        Assert.Equal(2, GroupPlacement.NextGroup(groups, Today));
        Assert.Null(GroupPlacement.NextGroup(groups, Today.AddDays(1)));
    }

    [Fact]
    public void Groups_starting_the_same_day_go_by_id()
    {
        var groups = new[]
        {
            (GroupId: 8, StartsOn: new DateOnly(2027, 1, 11), Capacity: 10, Members: 0),
            (GroupId: 5, StartsOn: new DateOnly(2027, 1, 11), Capacity: 10, Members: 0),
        };

        Assert.Equal(5, GroupPlacement.NextGroup(groups, Today));
    }

    [Fact]
    public void Without_a_group_with_room_the_client_goes_to_the_waiting_list()
    {
        var groups = new[]
        {
            (GroupId: 1, StartsOn: new DateOnly(2026, 9, 1), Capacity: 10, Members: 3),
            (GroupId: 2, StartsOn: new DateOnly(2027, 1, 11), Capacity: 10, Members: 10),
        };

        Assert.Null(GroupPlacement.NextGroup(groups, Today));
        Assert.Null(GroupPlacement.NextGroup([], Today));
    }
}
