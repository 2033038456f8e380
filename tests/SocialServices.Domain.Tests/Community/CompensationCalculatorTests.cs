using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Community;

namespace SocialServices.Domain.Tests.Community;

public sealed class CompensationCalculatorTests
{
    private static readonly DateOnly November = new(2026, 11, 1);

    private static readonly UnitCostFact DayCare = new(ServiceType.DayCareCentre, ServiceUnit.Day, 20.00m, new DateOnly(2025, 1, 1), null);

    private static UnitFact Day(int client, int day, decimal quantity = 1, int episode = 100, ServiceType type = ServiceType.DayCareCentre, ServiceUnit unit = ServiceUnit.Day, int service = 2) =>
        new(client, episode, service, type, unit, new DateOnly(2026, 11, day), quantity);

    private static CompensationResult Compute(IEnumerable<UnitFact> units, IReadOnlyCollection<UnitCostFact>? costs = null, IReadOnlyCollection<ProcuredPriceFact>? procured = null, Dictionary<int, DateOnly>? first = null) =>
        CompensationCalculator.Compute(November, units, costs ?? [DayCare], procured ?? [], first ?? []);

    [Fact]
    public void Units_times_the_unit_cost_per_person_and_service()
    {
        var result = Compute([Day(1, 2), Day(1, 3), Day(1, 4, 0.5m), Day(2, 2), Day(1, 5, 2, type: ServiceType.HomeCare, unit: ServiceUnit.Hour, service: 4)],
            [DayCare, new UnitCostFact(ServiceType.HomeCare, ServiceUnit.Hour, 9.50m, new DateOnly(2026, 1, 1), null)]);

        Assert.Equal(3, result.Lines.Count);
        var dayCare = result.Lines.Single(l => l.ClientId == 1 && l.ServiceId == 2);
        Assert.Equal(2.5m, dayCare.Units);
        Assert.Equal(50.00m, dayCare.Amount);
        Assert.Null(dayCare.ActualAmount);
        Assert.Equal(19.00m, result.Lines.Single(l => l.ClientId == 1 && l.ServiceId == 4).Amount);
        Assert.Equal(20.00m, result.Lines.Single(l => l.ClientId == 2).Amount);
        Assert.Equal(89.00m, result.Total);
        Assert.Equal(2, result.Persons);
    }

    [Fact]
    public void A_unit_cost_that_changes_mid_month_applies_from_its_day()
    {
        UnitCostFact[] costs =
        [
            DayCare with { To = new DateOnly(2026, 11, 15) },
            new(ServiceType.DayCareCentre, ServiceUnit.Day, 22.50m, new DateOnly(2026, 11, 16), null),
        ];

        var result = Compute([Day(1, 14), Day(1, 15), Day(1, 16), Day(1, 30)], costs);

        var line = Assert.Single(result.Lines);
        Assert.Equal(4, line.Units);
        Assert.Equal(85.00m, line.Amount); // 2 × 20.00 + 2 × 22.50
        Assert.Equal([20.00m, 22.50m], line.UnitCosts);
    }

    [Fact]
    public void Procured_units_are_paid_at_the_actual_cost_capped_at_the_unit_cost()
    {
        ProcuredPriceFact[] procured =
        [
            new(100, 18.00m, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 10)),  // cheaper: the actual cost
            new(100, 26.00m, new DateOnly(2026, 11, 11), null),                         // dearer: capped at 20.00
        ];

        var result = Compute([Day(1, 2), Day(1, 3), Day(1, 20), Day(2, 20, episode: 200)], procured: procured);

        var procuredLine = result.Lines.Single(l => l.ClientId == 1);
        Assert.Equal(60.00m, procuredLine.UnitCostAmount);
        Assert.Equal(62.00m, procuredLine.ActualAmount);          // 18 + 18 + 26
        Assert.Equal(56.00m, procuredLine.Amount);                // 18 + 18 + min(26, 20)
        Assert.Null(result.Lines.Single(l => l.ClientId == 2).ActualAmount); // another episode is not procured
        Assert.Equal(76.00m, result.Total);
    }

    [Fact]
    public void Units_without_a_unit_cost_are_left_out_with_the_reason()
    {
        var result = Compute([Day(1, 2), Day(1, 3, type: ServiceType.Respite, service: 3)], [DayCare with { From = new DateOnly(2026, 11, 3) }]);

        Assert.Empty(result.Lines);
        Assert.Equal(2, result.Excluded.Count);
        Assert.All(result.Excluded, e => Assert.Equal(ExclusionReason.NoUnitCost, e.Reason));
        Assert.Equal(0m, result.Total);
    }

    [Fact]
    public void Amounts_are_rounded_to_cents_per_row_and_the_total_is_the_sum_of_rows()
    {
        var result = Compute([Day(1, 2, 1.333m), Day(2, 2, 0.125m)], [DayCare with { Amount = 13.37m }]);

        Assert.Equal(17.82m, result.Lines[0].Amount);   // 17.82221
        Assert.Equal(1.67m, result.Lines[1].Amount);    // 1.67125
        Assert.Equal(result.Lines.Sum(l => l.Amount), result.Total);
    }

    [Fact]
    public void Units_outside_the_month_are_ignored()
    {
        var result = Compute([Day(1, 2), new UnitFact(1, 100, 2, ServiceType.DayCareCentre, ServiceUnit.Day, new DateOnly(2026, 10, 31), 1)]);

        Assert.Equal(1, Assert.Single(result.Lines).Units);
    }

    [Fact]
    public void The_first_compensated_month_is_the_earliest_costed_unit_across_services()
    {
        UnitFact[] history =
        [
            new(1, 100, 2, ServiceType.DayCareCentre, ServiceUnit.Day, new DateOnly(2024, 12, 20), 1),  // before any cost: not compensated
            new(1, 101, 4, ServiceType.HomeCare, ServiceUnit.Hour, new DateOnly(2025, 2, 7), 1),
            new(1, 100, 2, ServiceType.DayCareCentre, ServiceUnit.Day, new DateOnly(2025, 3, 3), 1),
            new(2, 200, 2, ServiceType.DayCareCentre, ServiceUnit.Day, new DateOnly(2026, 6, 1), 1),
        ];

        var first = CompensationCalculator.FirstMonths(history, [DayCare, new UnitCostFact(ServiceType.HomeCare, ServiceUnit.Hour, 9.5m, new DateOnly(2025, 1, 1), null)]);

        Assert.Equal(new DateOnly(2025, 2, 1), first[1]);
        Assert.Equal(new DateOnly(2026, 6, 1), first[2]);
    }

    [Theory]
    [InlineData(2024, 12, true)]   // November 2026 is the 24th month
    [InlineData(2024, 11, false)]  // November 2026 would be the 25th
    [InlineData(2026, 11, true)]   // the first month
    public void Compensation_stops_after_24_months_from_the_first_compensated_month(int year, int month, bool compensated)
    {
        var result = Compute([Day(1, 2)], first: new() { [1] = new DateOnly(year, month, 1) });

        Assert.Equal(compensated ? 1 : 0, result.Lines.Count);
        if (!compensated)
        {
            Assert.Equal(ExclusionReason.TwoYearLimit, Assert.Single(result.Excluded).Reason);
        }
    }

    [Fact]
    public void A_row_says_the_persons_first_and_last_compensated_month()
    {
        var line = Assert.Single(Compute([Day(1, 2)], first: new() { [1] = new DateOnly(2025, 3, 1) }).Lines);

        Assert.Equal(new DateOnly(2025, 3, 1), line.FirstMonth);
        Assert.Equal(new DateOnly(2027, 2, 1), line.LastMonth);
    }

    [Theory]
    [InlineData("2026-09-30", false, 4)]  // four months before the stop: no warning yet
    [InlineData("2026-10-01", true, 3)]   // three months before the stop (January 2027)
    [InlineData("2026-12-31", true, 1)]   // the last compensated month
    [InlineData("2027-01-01", false, 0)]  // stopped
    public void The_board_warns_three_months_before_the_stop(string today, bool warns, int monthsLeft)
    {
        var first = new DateOnly(2025, 1, 1);
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(new DateOnly(2027, 1, 1), TwoYearLimit.StopMonth(first));
        Assert.Equal(warns, TwoYearLimit.Warns(first, day));
        Assert.Equal(monthsLeft, TwoYearLimit.MonthsLeft(first, day));
    }
}
