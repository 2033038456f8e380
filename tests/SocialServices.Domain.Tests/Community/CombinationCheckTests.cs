using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Community;

namespace SocialServices.Domain.Tests.Community;

public sealed class CombinationCheckTests
{
    private static readonly IReadOnlyList<CombinationRule> Rules = CombinationRule.Defaults();

    private static EpisodePeriod Episode(ServiceType type, DateOnly start, DateOnly? end, int? id = null) => new(id, type, type.ToString(), start, end);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(ServiceType.DayCareCentre)]
    [InlineData(ServiceType.SpecialisedWorkshop)]
    public void An_adult_may_not_receive_home_care_with_day_care_or_a_workshop(ServiceType other)
    {
        var running = Episode(other, D(2026, 1, 1), null, 7);
        var conflicts = CombinationCheck.Check(Episode(ServiceType.HomeCare, D(2026, 11, 23), null), [running], Rules, clientIsAdult: true);
        var conflict = Assert.Single(conflicts);
        Assert.Equal(ConflictKind.RunsTogether, conflict.Kind);
        Assert.Equal(7, conflict.With!.EpisodeId);

        // the rule works both ways
        Assert.Single(CombinationCheck.Check(Episode(other, D(2026, 11, 23), null), [Episode(ServiceType.HomeCare, D(2026, 1, 1), null)], Rules, true));
    }

    [Fact]
    public void A_child_may_receive_home_care_with_day_care() =>
        Assert.Empty(CombinationCheck.Check(Episode(ServiceType.HomeCare, D(2026, 11, 23), null), [Episode(ServiceType.DayCareCentre, D(2026, 1, 1), null)], Rules, clientIsAdult: false));

    [Fact]
    public void Episodes_that_do_not_overlap_do_not_conflict() =>
        Assert.Empty(CombinationCheck.Check(Episode(ServiceType.HomeCare, D(2026, 11, 23), null), [Episode(ServiceType.DayCareCentre, D(2026, 1, 1), D(2026, 11, 22))], Rules, true));

    [Theory]
    [InlineData(ServiceType.HomeCare)]
    [InlineData(ServiceType.ShortTermSocialCare)]
    [InlineData(ServiceType.SocialRehabilitation)]
    [InlineData(ServiceType.DayCareCentre)]
    public void Respite_may_not_run_at_the_same_time_as_care_rehabilitation_or_day_care(ServiceType other)
    {
        var conflicts = CombinationCheck.Check(Episode(ServiceType.Respite, D(2026, 12, 1), D(2026, 12, 5)), [Episode(other, D(2026, 12, 4), D(2026, 12, 31))], Rules, false);
        Assert.Equal(ConflictKind.RunsTogether, Assert.Single(conflicts).Kind);
    }

    [Fact]
    public void Respite_with_a_workshop_is_allowed() =>
        Assert.Empty(CombinationCheck.Check(Episode(ServiceType.Respite, D(2026, 12, 1), D(2026, 12, 5)), [Episode(ServiceType.SpecialisedWorkshop, D(2026, 1, 1), null)], Rules, true));

    [Fact]
    public void Respite_up_to_30_days_a_year_is_allowed_and_the_31st_is_refused()
    {
        var earlier = Episode(ServiceType.Respite, D(2026, 3, 1), D(2026, 3, 20)); // 20 days
        Assert.Empty(CombinationCheck.Check(Episode(ServiceType.Respite, D(2026, 7, 1), D(2026, 7, 10)), [earlier], Rules, true)); // 30
        var conflict = Assert.Single(CombinationCheck.Check(Episode(ServiceType.Respite, D(2026, 7, 1), D(2026, 7, 11)), [earlier], Rules, true));
        Assert.Equal((ConflictKind.YearlyLimitExceeded, 2026, 20, 11, 30), (conflict.Kind, conflict.Year, conflict.DaysUsed, conflict.DaysAsked, conflict.Limit));
    }

    [Fact]
    public void Respite_across_the_new_year_counts_its_days_in_each_year()
    {
        var spanning = Episode(ServiceType.Respite, D(2026, 12, 28), D(2027, 1, 5));
        Assert.Equal(4, spanning.DaysIn(2026));
        Assert.Equal(5, spanning.DaysIn(2027));

        // 26 days used in 2026: the 4 December days fit (30), the 5 January days are counted in 2027 (5 of 30)
        var used2026 = Episode(ServiceType.Respite, D(2026, 6, 1), D(2026, 6, 26));
        Assert.Empty(CombinationCheck.Check(spanning, [used2026], Rules, true));

        // 27 days used in 2026 make 31: refused for 2026 only
        var more2026 = Episode(ServiceType.Respite, D(2026, 6, 1), D(2026, 6, 27));
        var conflict = Assert.Single(CombinationCheck.Check(spanning, [more2026], Rules, true));
        Assert.Equal((2026, 27, 4), (conflict.Year, conflict.DaysUsed, conflict.DaysAsked));

        // 26 days used in 2027 make 31 there: refused for 2027 only
        var used2027 = Episode(ServiceType.Respite, D(2027, 2, 1), D(2027, 2, 26));
        Assert.Equal(2027, Assert.Single(CombinationCheck.Check(spanning, [used2027], Rules, true)).Year);
    }

    [Fact]
    public void A_respite_without_a_planned_end_is_refused() =>
        Assert.Equal(ConflictKind.PlannedEndRequired, Assert.Single(CombinationCheck.Check(Episode(ServiceType.Respite, D(2026, 12, 1), null), [], Rules, true)).Kind);

    [Fact]
    public void A_switched_off_rule_is_not_applied()
    {
        var rules = CombinationRule.Defaults();
        foreach (var rule in rules.Where(r => r.Kind == CombinationRuleKind.AnnualDayLimit))
        {
            rule.Change(rule.Service, null, rule.MaxDaysPerYear, rule.AdultsOnly, "Izslēgts pārbaudei", isActive: false);
        }

        Assert.Empty(CombinationCheck.Check(Episode(ServiceType.Respite, D(2026, 1, 1), D(2026, 3, 1)), [], rules, true));
    }

    [Fact]
    public void An_administrator_can_change_the_limit()
    {
        var rules = CombinationRule.Defaults();
        var limit = rules.Single(r => r.Kind == CombinationRuleKind.AnnualDayLimit);
        limit.Change(ServiceType.Respite, null, 45, false, null, true);
        Assert.Empty(CombinationCheck.Check(Episode(ServiceType.Respite, D(2026, 1, 1), D(2026, 2, 14)), [], rules, true));
    }
}
