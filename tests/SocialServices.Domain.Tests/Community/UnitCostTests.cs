using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Community;

namespace SocialServices.Domain.Tests.Community;

public sealed class UnitCostTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-01-01", null, true)]
    [InlineData("2025-01-01", "2025-12-31", false)]
    [InlineData("2025-01-01", "2026-01-01", true)]
    [InlineData("2026-07-01", "2026-07-31", true)]
    [InlineData("2027-01-01", null, false)]
    public void Periods_overlap_when_they_share_a_day(string from, string? to, bool overlaps)
    {
        var cost = new UnitCost(ServiceType.DayCareCentre, ServiceUnit.Day, 20m, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, "admin", At);

        Assert.Equal(overlaps, cost.Overlaps(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_cost_is_ended_not_extended_and_never_before_it_starts()
    {
        var cost = new UnitCost(ServiceType.DayCareCentre, ServiceUnit.Day, 20m, new DateOnly(2026, 1, 1), null, null, "admin", At);

        cost.End(new DateOnly(2026, 6, 30), "admin", At);

        Assert.Equal(new DateOnly(2026, 6, 30), cost.ValidTo);
        Assert.Throws<ArgumentException>(() => cost.End(new DateOnly(2026, 7, 31), "admin", At));
        Assert.Throws<ArgumentException>(() => cost.End(new DateOnly(2025, 12, 31), "admin", At));
    }

    [Fact]
    public void A_cost_is_a_positive_amount_in_cents()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnitCost(ServiceType.DayCareCentre, ServiceUnit.Day, 0m, new DateOnly(2026, 1, 1), null, null, "admin", At));
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnitCost(ServiceType.DayCareCentre, ServiceUnit.Day, 1.005m, new DateOnly(2026, 1, 1), null, null, "admin", At));
    }

    [Fact]
    public void A_submitted_claim_is_frozen_and_corrected_by_a_new_version_with_a_reason()
    {
        var claim = new CompensationClaim(1, 2, new DateOnly(2026, 10, 17), 1, null, "m", "Manager", At);
        Assert.Equal(new DateOnly(2026, 10, 1), claim.Month);

        claim.Submit("{}", 10m, "m", "Manager", At);

        Assert.Throws<InvalidOperationException>(() => claim.Submit("{}", 11m, "m", "Manager", At));
        Assert.Throws<ArgumentException>(() => claim.NextVersion(2, " ", "m", "Manager", At));
        var next = claim.NextVersion(2, "Labotas vienības", "m", "Manager", At);
        Assert.Equal(2, next.VersionNumber);
        Assert.True(next.IsDraft);
        claim.Supersede();
        Assert.Equal(ClaimStatus.Superseded, claim.Status);
    }
}
