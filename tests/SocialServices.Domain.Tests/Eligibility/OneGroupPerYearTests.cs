using SocialServices.Domain.Eligibility;

namespace SocialServices.Domain.Tests.Eligibility;

public sealed class OneGroupPerYearTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void No_services_passes() =>
        Assert.Equal(EligibilityOutcome.Passed, OneGroupPerYear.Check(D(2026, 5, 1), []).Outcome);

    [Fact]
    public void Granted_service_in_the_same_year_fails_and_is_identified()
    {
        (DateOnly, DateOnly?, bool) existing = (D(2026, 2, 1), D(2026, 4, 30), true);
        var result = OneGroupPerYear.Check(D(2026, 11, 1), [(D(2025, 2, 1), D(2025, 4, 30), true), existing]);
        Assert.Equal(EligibilityOutcome.Failed, result.Outcome);
        Assert.Equal(existing, result.Conflict);
        Assert.Equal("OneGroupPerYear.AlreadyHasGroupThisYear", result.ReasonCode);
    }

    [Fact]
    public void Service_ending_31_December_does_not_block_1_January()
    {
        var result = OneGroupPerYear.Check(D(2027, 1, 1), [(D(2026, 9, 1), D(2026, 12, 31), true)]);
        Assert.Equal(EligibilityOutcome.Passed, result.Outcome);
        Assert.Null(result.Conflict);
    }

    [Fact]
    public void Service_starting_1_January_does_not_block_31_December_before()
    {
        Assert.Equal(EligibilityOutcome.Passed, OneGroupPerYear.Check(D(2026, 12, 31), [(D(2027, 1, 1), D(2027, 3, 1), true)]).Outcome);
        Assert.Equal(EligibilityOutcome.Failed, OneGroupPerYear.Check(D(2027, 12, 31), [(D(2027, 1, 1), D(2027, 3, 1), true)]).Outcome);
    }

    [Theory]
    [InlineData(2026, 1, 5)]
    [InlineData(2027, 6, 1)]
    public void Service_spanning_the_new_year_counts_in_each_year(int y, int m, int d) =>
        Assert.Equal(EligibilityOutcome.Failed, OneGroupPerYear.Check(D(y, m, d), [(D(2026, 11, 1), D(2027, 2, 28), true)]).Outcome);

    [Fact]
    public void Open_ended_ongoing_service_counts_in_later_years() =>
        Assert.Equal(EligibilityOutcome.Failed, OneGroupPerYear.Check(D(2028, 3, 1), [(D(2026, 11, 1), null, true)]).Outcome);

    [Fact]
    public void Services_neither_granted_nor_ongoing_do_not_count() =>
        Assert.Equal(EligibilityOutcome.Passed, OneGroupPerYear.Check(D(2026, 5, 1), [(D(2026, 2, 1), D(2026, 4, 30), false)]).Outcome);

    [Fact]
    public void The_reason_names_the_year_and_the_earliest_group_in_the_way()
    {
        (DateOnly, DateOnly?, bool) spring = (D(2027, 3, 1), D(2027, 5, 31), true);
        (DateOnly, DateOnly?, bool) winter = (D(2026, 11, 2), D(2027, 2, 15), true);

        var result = OneGroupPerYear.Check(D(2027, 9, 1), [spring, winter]);

        Assert.Equal(winter, result.Conflict);
        Assert.Equal(["2027", "2026-11-02"], result.Arguments);
    }

    [Fact]
    public void A_group_that_ended_in_December_blocks_its_own_year_only()
    {
        (DateOnly, DateOnly?, bool) autumn = (D(2026, 9, 1), D(2026, 12, 10), true);

        Assert.Equal(EligibilityOutcome.Failed, OneGroupPerYear.Check(D(2026, 12, 20), [autumn]).Outcome); // after it ended, still the same year
        Assert.Equal(EligibilityOutcome.Passed, OneGroupPerYear.Check(D(2027, 1, 4), [autumn]).Outcome);
        Assert.Equal(["2027"], OneGroupPerYear.Check(D(2027, 1, 4), [autumn]).Arguments);
    }
}
