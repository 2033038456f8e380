using SocialServices.Domain.Eligibility;
using SocialServices.Domain.Groups;

namespace SocialServices.Domain.Tests.Groups;

public sealed class ProgrammeGroupTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static ProgrammeGroup Group(DateOnly startsOn, DateOnly? endsOn, int capacity = 12) =>
        new(1, 20, " Esam ģimene, pavasaris ", startsOn, endsOn, capacity, "  ");

    [Fact]
    public void A_group_keeps_its_trimmed_name_and_no_blank_location()
    {
        var group = Group(D(2027, 3, 1), D(2027, 5, 31));

        Assert.Equal("Esam ģimene, pavasaris", group.Name);
        Assert.Null(group.Location);
        Assert.Equal(12, group.Capacity);
    }

    [Fact]
    public void A_group_runs_until_its_end()
    {
        Assert.Equal(D(2027, 2, 28), Group(D(2026, 11, 2), D(2027, 2, 28)).RunsUntil);
        Assert.Equal(D(2027, 3, 1), Group(D(2027, 3, 1), D(2027, 3, 1)).RunsUntil); // a one-day group
    }

    [Fact]
    public void A_group_without_an_end_runs_until_the_end_of_its_start_year()
    {
        Assert.Equal(D(2026, 12, 31), Group(D(2026, 11, 2), null).RunsUntil);
        Assert.Equal(D(2027, 12, 31), Group(D(2027, 1, 1), null).RunsUntil);
    }

    [Fact]
    public void A_group_cannot_end_before_it_starts_nor_take_nobody()
    {
        Assert.Throws<ArgumentException>(() => Group(D(2027, 3, 1), D(2027, 2, 28)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Group(D(2027, 3, 1), null, capacity: 0));
        Assert.Throws<ArgumentException>(() => new ProgrammeGroup(1, 20, " ", D(2027, 3, 1), null, 10, null));
    }

    [Theory]
    [InlineData(2026, 1, 10, EligibilityOutcome.Failed)]
    [InlineData(2026, 12, 31, EligibilityOutcome.Failed)]
    [InlineData(2027, 1, 1, EligibilityOutcome.Passed)]
    public void A_group_without_an_end_blocks_only_its_start_year(int y, int m, int d, EligibilityOutcome expected)
    {
        var group = Group(D(2026, 11, 2), null);

        var result = OneGroupPerYear.Check(D(y, m, d), [(group.StartsOn, group.RunsUntil, true)]);

        Assert.Equal(expected, result.Outcome);
    }

    [Theory]
    [InlineData(2026, 3, 15)]
    [InlineData(2027, 12, 1)]
    public void A_group_running_November_to_February_blocks_both_years(int y, int m, int d)
    {
        var group = Group(D(2026, 11, 2), D(2027, 2, 15));

        var result = OneGroupPerYear.Check(D(y, m, d), [(group.StartsOn, group.RunsUntil, true)]);

        Assert.Equal(EligibilityOutcome.Failed, result.Outcome);
        Assert.Equal((D(2026, 11, 2), (DateOnly?)D(2027, 2, 15), true), result.Conflict);
    }
}
