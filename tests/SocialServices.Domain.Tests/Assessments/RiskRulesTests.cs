using SocialServices.Domain.Assessments;

namespace SocialServices.Domain.Tests.Assessments;

public sealed class RiskRulesTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void The_coefficient_is_the_average_of_the_scores_given_leaving_blanks_out()
    {
        Assert.Equal(1.5m, RiskCoefficient.Compute([0, 1, 2, 3, null]));
        Assert.Equal(0m, RiskCoefficient.Compute([0, 0, null]));
        Assert.Equal(3m, RiskCoefficient.Compute([3]));
        Assert.Null(RiskCoefficient.Compute([null, null]));
        Assert.Null(RiskCoefficient.Compute([]));
    }

    [Fact]
    public void The_coefficient_is_rounded_to_two_decimals_half_away_from_zero()
    {
        Assert.Equal(1.33m, RiskCoefficient.Compute([1, 1, 2]));
        Assert.Equal(1.67m, RiskCoefficient.Compute([1, 2, 2]));
        Assert.Equal(0.13m, RiskCoefficient.Compute([1, 0, 0, 0, 0, 0, 0, 0])); // 0.125
    }

    [Fact]
    public void Scores_outside_0_to_3_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskCoefficient.Compute([4]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskCoefficient.Compute([-1, 2]));
    }

    [Theory]
    [InlineData("0", RiskLevel.Low)]
    [InlineData("0.99", RiskLevel.Low)]
    [InlineData("1.00", RiskLevel.Medium)]
    [InlineData("1.99", RiskLevel.Medium)]
    [InlineData("2.00", RiskLevel.High)]
    [InlineData("3", RiskLevel.High)]
    public void The_default_levels_are_low_below_1_medium_below_2_and_high_from_2(string coefficient, RiskLevel expected) =>
        Assert.Equal(expected, RiskThresholds.Default.LevelOf(decimal.Parse(coefficient, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Other_thresholds_move_the_levels_and_nonsense_thresholds_are_refused()
    {
        var strict = new RiskThresholds(0.5m, 1.5m);

        Assert.Equal(RiskLevel.Medium, strict.LevelOf(0.5m));
        Assert.Equal(RiskLevel.High, strict.LevelOf(1.5m));
        Assert.Throws<ArgumentException>(() => new RiskThresholds(2m, 1m));
        Assert.Throws<ArgumentException>(() => new RiskThresholds(0m, 1m));
        Assert.Throws<ArgumentException>(() => new RiskThresholds(1m, 3.5m));
    }

    [Fact]
    public void The_next_assessment_is_due_six_months_after_completion_at_the_end_of_a_shorter_month()
    {
        Assert.Equal(D(2027, 5, 23), RiskSchedule.NextDue(D(2026, 11, 23), RiskSchedule.DefaultRepeatMonths));
        Assert.Equal(D(2027, 2, 28), RiskSchedule.NextDue(D(2026, 8, 31), 6));
        Assert.Equal(D(2027, 8, 31), RiskSchedule.NextDue(D(2026, 8, 31), 12));
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskSchedule.NextDue(D(2026, 8, 31), 0));
    }

    [Fact]
    public void Due_soon_runs_up_to_the_due_day_and_overdue_starts_the_day_after()
    {
        var today = D(2026, 11, 23);

        Assert.Equal(RiskDueState.NotDue, RiskSchedule.State(D(2026, 12, 8), today, 14));
        Assert.Equal(RiskDueState.DueSoon, RiskSchedule.State(D(2026, 12, 7), today, 14));
        Assert.Equal(RiskDueState.DueSoon, RiskSchedule.State(today, today, 14));
        Assert.Equal(RiskDueState.Overdue, RiskSchedule.State(D(2026, 11, 22), today, 14));
        Assert.Equal(RiskDueState.NotDue, RiskSchedule.State(D(2026, 11, 24), today, 0));
    }

    [Fact]
    public void A_risk_content_averages_per_member_and_overall()
    {
        var members = new[] { new RiskMember("Agnese Kalēja", null, null), new RiskMember("Toms Kalējs", Domain.Clients.RelationKind.Child, D(2016, 5, 2)) };
        var content = RiskContent.Start(members, [(1, "Atkarības"), (2, "Fizisks apdraudējums")]) with
        {
            Rows = [new RiskRow(1, "Atkarības", [3, 1]), new RiskRow(2, "Fizisks apdraudējums", [2, null])],
        };

        Assert.Equal(2m, content.Coefficient);
        Assert.Equal(2.5m, content.MemberCoefficient(0));
        Assert.Equal(1m, content.MemberCoefficient(1));
        Assert.Throws<ArgumentException>(() => RiskContent.Start([], [(1, "Atkarības")]));
    }
}
