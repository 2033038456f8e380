using SocialServices.Domain.Staff;

namespace SocialServices.Domain.Tests.Staff;

public sealed class StaffRequirementCheckTests
{
    private static readonly StaffRequirementRules Rules = new();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static StaffFacts Facts(
        PositionCategory category = PositionCategory.SocialWorker,
        bool specialist = true,
        bool children = false,
        DateOnly? from = null,
        DateOnly? until = null,
        IReadOnlyList<(DateOnly, decimal)>? trainings = null,
        IReadOnlyList<DateOnly>? supervisions = null,
        IReadOnlyList<(DateOnly, DateOnly?)>? childRights = null) =>
        new(from ?? D(2020, 1, 1), until, category, specialist, children, trainings ?? [], supervisions ?? [], childRights ?? []);

    private static List<DateOnly> Sessions(int year, int count) => Enumerable.Range(1, count).Select(m => D(year, m, 10)).ToList();

    [Fact]
    public void A_social_worker_with_ten_sessions_and_24_hours_meets_the_requirements()
    {
        var status = StaffRequirementCheck.Evaluate(Facts(trainings: [(D(2026, 3, 1), 16m), (D(2026, 9, 1), 8m)], supervisions: Sessions(2026, 10)), Rules, 2026, D(2026, 11, 23));

        Assert.False(status.IsShort);
        Assert.Equal(10, status.SupervisionRequired);
        Assert.Equal(24m, status.TrainingHoursRequired);
        Assert.Equal(24m, status.TrainingHours);
    }

    [Fact]
    public void Six_of_ten_supervisions_is_four_short()
    {
        var status = StaffRequirementCheck.Evaluate(Facts(trainings: [(D(2026, 3, 1), 24m)], supervisions: Sessions(2026, 6)), Rules, 2026, D(2026, 11, 23));

        var shortfall = Assert.Single(status.Shortfalls);
        Assert.Equal(ShortfallKind.Supervision, shortfall.Kind);
        Assert.Equal(10m, shortfall.Required);
        Assert.Equal(6m, shortfall.Done);
        Assert.Equal(4m, shortfall.Missing);
    }

    [Theory]
    [InlineData(PositionCategory.Head, 24)]
    [InlineData(PositionCategory.SocialWorker, 24)]
    [InlineData(PositionCategory.SocialAssistanceOrganiser, 16)]
    [InlineData(PositionCategory.SocialCarer, 16)]
    [InlineData(PositionCategory.SocialRehabilitator, 16)]
    [InlineData(PositionCategory.Carer, 8)]
    [InlineData(PositionCategory.Other, 0)]
    public void Training_hours_required_follow_the_position(PositionCategory category, int hours)
    {
        var status = StaffRequirementCheck.Evaluate(Facts(category, specialist: false), Rules, 2026, D(2026, 11, 23));

        Assert.Equal(hours, status.TrainingHoursRequired);
        Assert.Equal(hours > 0, status.Shortfalls.Any(s => s.Kind == ShortfallKind.Training));
    }

    [Fact]
    public void Training_hours_come_from_the_settings()
    {
        var rules = new StaffRequirementRules { TrainingHoursPerYear = new Dictionary<PositionCategory, decimal> { [PositionCategory.Carer] = 12 } };

        var status = StaffRequirementCheck.Evaluate(Facts(PositionCategory.Carer, specialist: false, trainings: [(D(2026, 2, 2), 10m)]), rules, 2026, D(2026, 11, 23));

        var shortfall = Assert.Single(status.Shortfalls);
        Assert.Equal(ShortfallKind.Training, shortfall.Kind);
        Assert.Equal(2m, shortfall.Missing);
        Assert.Equal(0m, StaffRequirementCheck.Evaluate(Facts(PositionCategory.Head, specialist: false), rules, 2026, D(2026, 11, 23)).TrainingHoursRequired);
    }

    [Fact]
    public void Supervision_applies_only_to_social_work_specialists()
    {
        var status = StaffRequirementCheck.Evaluate(Facts(PositionCategory.Other, specialist: false), Rules, 2026, D(2026, 11, 23));

        Assert.Equal(0, status.SupervisionRequired);
        Assert.False(status.IsShort);
    }

    [Fact]
    public void Only_entries_of_the_year_count_at_the_year_boundary()
    {
        // 31 December 2025 belongs to 2025; 1 January 2026 to 2026.
        var facts = Facts(
            trainings: [(D(2025, 12, 31), 20m), (D(2026, 1, 1), 4m)],
            supervisions: [.. Sessions(2025, 12), D(2025, 12, 31), D(2026, 1, 1)]);

        var in2026 = StaffRequirementCheck.Evaluate(facts, Rules, 2026, D(2026, 11, 23));
        var in2025 = StaffRequirementCheck.Evaluate(facts, Rules, 2025, D(2026, 11, 23));

        Assert.Equal(1, in2026.SupervisionSessions);
        Assert.Equal(4m, in2026.TrainingHours);
        Assert.Equal(13, in2025.SupervisionSessions);
        Assert.Equal(20m, in2025.TrainingHours);
        Assert.Equal(D(2025, 12, 31), in2025.AsOf);
    }

    [Fact]
    public void Requirements_are_prorated_to_the_months_employed()
    {
        // Employed from 15 June: June to December is 7 months; 10 × 7/12 = 5.83 → 6 sessions; 24 × 7/12 = 14 h.
        var status = StaffRequirementCheck.Evaluate(Facts(from: D(2026, 6, 15)), Rules, 2026, D(2026, 11, 23));

        Assert.Equal(7, status.MonthsEmployed);
        Assert.Equal(6, status.SupervisionRequired);
        Assert.Equal(14m, status.TrainingHoursRequired);
    }

    [Fact]
    public void Someone_who_left_last_year_owes_nothing_this_year()
    {
        var status = StaffRequirementCheck.Evaluate(Facts(children: true, until: D(2025, 12, 31)), Rules, 2026, D(2026, 11, 23));

        Assert.Equal(0, status.MonthsEmployed);
        Assert.False(status.IsShort);
        Assert.False(status.ChildRightsRequired);
    }

    [Fact]
    public void Working_with_children_without_a_child_rights_training_is_a_shortfall()
    {
        var status = StaffRequirementCheck.Evaluate(Facts(PositionCategory.Other, specialist: false, children: true), Rules, 2026, D(2026, 11, 23));

        Assert.Equal(ShortfallKind.ChildRightsMissing, Assert.Single(status.Shortfalls).Kind);
    }

    [Fact]
    public void An_expired_child_rights_training_is_a_shortfall_with_its_last_valid_day()
    {
        var status = StaffRequirementCheck.Evaluate(Facts(PositionCategory.Other, specialist: false, children: true, childRights: [(D(2021, 4, 1), D(2026, 3, 31))]), Rules, 2026, D(2026, 11, 23));

        var shortfall = Assert.Single(status.Shortfalls);
        Assert.Equal(ShortfallKind.ChildRightsExpired, shortfall.Kind);
        Assert.Equal(D(2026, 3, 31), shortfall.ExpiredOn);
    }

    [Fact]
    public void A_training_valid_on_the_day_checked_is_fine_and_a_renewal_replaces_an_expired_one()
    {
        var lastDay = StaffRequirementCheck.Evaluate(Facts(PositionCategory.Other, specialist: false, children: true, childRights: [(D(2021, 4, 1), D(2026, 3, 31))]), Rules, 2026, D(2026, 3, 31));
        var renewed = StaffRequirementCheck.Evaluate(Facts(PositionCategory.Other, specialist: false, children: true, childRights: [(D(2021, 4, 1), D(2026, 3, 31)), (D(2026, 5, 1), D(2031, 4, 30))]), Rules, 2026, D(2026, 11, 23));
        var noExpiry = StaffRequirementCheck.Evaluate(Facts(PositionCategory.Other, specialist: false, children: true, childRights: [(D(2020, 1, 1), null)]), Rules, 2026, D(2026, 11, 23));

        Assert.False(lastDay.IsShort);
        Assert.False(renewed.IsShort);
        Assert.Equal(D(2031, 4, 30), renewed.ChildRightsValidUntil);
        Assert.False(noExpiry.IsShort);
    }

    [Fact]
    public void A_past_year_checks_the_training_on_its_last_day()
    {
        // Expired in March 2026: still valid for all of 2025.
        var status = StaffRequirementCheck.Evaluate(Facts(PositionCategory.Other, specialist: false, children: true, childRights: [(D(2021, 4, 1), D(2026, 3, 31))]), Rules, 2025, D(2026, 11, 23));

        Assert.False(status.IsShort);
    }

    [Fact]
    public void The_child_rights_requirement_can_be_switched_off()
    {
        var status = StaffRequirementCheck.Evaluate(Facts(PositionCategory.Other, specialist: false, children: true), Rules with { ChildRightsTrainingRequired = false }, 2026, D(2026, 11, 23));

        Assert.False(status.IsShort);
    }

    [Fact]
    public void Several_shortfalls_come_in_a_fixed_order()
    {
        var status = StaffRequirementCheck.Evaluate(Facts(children: true, supervisions: Sessions(2026, 6), trainings: [(D(2026, 4, 1), 12m)], childRights: [(D(2021, 4, 1), D(2026, 3, 31))]), Rules, 2026, D(2026, 11, 23));

        Assert.Equal([ShortfallKind.Supervision, ShortfallKind.Training, ShortfallKind.ChildRightsExpired], status.Shortfalls.Select(s => s.Kind));
        Assert.Equal(12m, status.Shortfalls[1].Missing);
    }
}
