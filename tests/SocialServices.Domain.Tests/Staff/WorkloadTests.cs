using SocialServices.Domain.Staff;

namespace SocialServices.Domain.Tests.Staff;

public sealed class WorkloadTests
{
    [Theory]
    [InlineData(52_100, 1000, 53)]
    [InlineData(52_000, 1000, 52)]
    [InlineData(1, 1000, 1)]
    [InlineData(999, 1000, 1)]
    [InlineData(1000, 1000, 1)]
    [InlineData(1001, 1000, 2)]
    [InlineData(0, 1000, 0)]
    [InlineData(9_000_000, 1, 9_000_000)]
    public void The_norm_asks_for_one_specialist_per_started_thousand_inhabitants(int population, int per, int required) =>
        Assert.Equal(required, StaffingNorm.Evaluate(population, 2026, per, 0).Required);

    [Fact]
    public void The_norm_says_how_many_are_missing_and_inhabitants_per_employed_specialist()
    {
        var short3 = StaffingNorm.Evaluate(5_400, 2026, 1000, 3);
        Assert.False(short3.IsMet);
        Assert.Equal(6, short3.Required);
        Assert.Equal(3, short3.Missing);
        Assert.Equal(1800, short3.InhabitantsPerEmployed);

        var met = StaffingNorm.Evaluate(5_400, 2026, 1000, 7);
        Assert.True(met.IsMet);
        Assert.Equal(0, met.Missing);

        Assert.Null(StaffingNorm.Evaluate(5_400, 2026, 1000, 0).InhabitantsPerEmployed);
    }

    [Fact]
    public void Impossible_figures_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StaffingNorm.Evaluate(-1, 2026, 1000, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => StaffingNorm.Evaluate(StaffingNorm.MaxPopulation + 1, 2026, 1000, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => StaffingNorm.Evaluate(1000, 2026, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => StaffingNorm.Evaluate(1000, 2026, 1000, -1));
    }

    [Fact]
    public void Hours_come_from_minutes_of_sessions_and_appointments()
    {
        var load = new WorkerLoad("u", "Marta", 3, 1, 2, 175, 3, 135);
        Assert.Equal(2.92m, load.GroupHours);
        Assert.Equal(2.25m, load.AppointmentHours);
        Assert.Equal(5.17m, load.ClientHours);
    }

    [Fact]
    public void A_worker_far_above_the_mean_of_those_carrying_cases_is_overloaded()
    {
        WorkerLoad L(string id, int cases) => new(id, id, cases, 0, 0, 0, 0, 0);
        var balance = WorkloadBalance.Of([L("a", 12), L("b", 6), L("c", 6), L("d", 0)], 0.25m);

        // mean of a, b, c = 8: a is at 150 %, b and c at 75 %, d carries nothing and is not counted in the mean
        Assert.Equal((1.5m, true), balance["a"]);
        Assert.Equal((0.75m, false), balance["b"]);
        Assert.Equal(((decimal?)null, false), balance["d"]);
    }

    [Fact]
    public void Exactly_at_the_tolerance_is_not_overloaded_and_a_lone_worker_never_is()
    {
        WorkerLoad L(string id, int cases) => new(id, id, cases, 0, 0, 0, 0, 0);
        var balance = WorkloadBalance.Of([L("a", 10), L("b", 6)], 0.25m); // mean 8: a at exactly 125 %
        Assert.False(balance["a"].Overloaded);
        Assert.False(WorkloadBalance.Of([L("solo", 40)], 0.25m)["solo"].Overloaded);
        Assert.Empty(WorkloadBalance.Of([], 0.25m));
    }
}
