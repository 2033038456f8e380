using SocialServices.Domain.Clients;
using SocialServices.Domain.Community;

namespace SocialServices.Domain.Tests.Community;

public sealed class TargetGroupsTests
{
    private static readonly DateOnly On = new(2026, 11, 23);

    private static TargetGroupFacts Adult(DisabilityGroup? group = DisabilityGroup.II, DateOnly? to = null, InstitutionStatus institution = InstitutionStatus.LeavingInstitution,
        bool disorder = true, string? source = "Psihiatra atzinums Nr. 12") =>
        new(new DateOnly(1980, 5, 1), group, new DateOnly(2024, 1, 1), to, new CommunityFacts(disorder, source, institution, false, null), false);

    private static TargetGroupFacts Child(bool impairment = true, DisabilityGroup? group = DisabilityGroup.III, bool representative = true) =>
        new(new DateOnly(2016, 3, 3), group, new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31), new CommunityFacts(false, null, InstitutionStatus.None, impairment, "VDEĀVK atzinums"), representative);

    [Fact]
    public void An_adult_with_a_recorded_mental_disorder_group_II_leaving_an_institution_is_in_the_adult_group()
    {
        var result = TargetGroups.Evaluate(Adult(), On);
        Assert.Equal([CommunityTargetGroup.AdultWithMentalDisorder], result.Met);
        Assert.Contains(TargetGroupGap.NotChild, result.For(CommunityTargetGroup.ChildWithFunctionalImpairment).Gaps);
    }

    [Theory]
    [InlineData(InstitutionStatus.LivesInInstitution)]
    [InlineData(InstitutionStatus.AtRiskOfEntering)]
    public void Living_in_or_at_risk_of_entering_an_institution_also_counts(InstitutionStatus status) =>
        Assert.True(TargetGroups.Evaluate(Adult(institution: status), On).For(CommunityTargetGroup.AdultWithMentalDisorder).IsMet);

    [Fact]
    public void Group_III_is_not_enough_for_an_adult() =>
        Assert.Equal([TargetGroupGap.NoDisabilityGroupIOrII], TargetGroups.Evaluate(Adult(DisabilityGroup.III), On).For(CommunityTargetGroup.AdultWithMentalDisorder).Gaps);

    [Fact]
    public void An_expired_disability_is_named() =>
        Assert.Equal([TargetGroupGap.DisabilityNotValid], TargetGroups.Evaluate(Adult(to: On.AddDays(-1)), On).For(CommunityTargetGroup.AdultWithMentalDisorder).Gaps);

    [Fact]
    public void Every_missing_fact_of_an_adult_is_named()
    {
        var gaps = TargetGroups.Evaluate(Adult(group: null, institution: InstitutionStatus.None, disorder: false), On).For(CommunityTargetGroup.AdultWithMentalDisorder).Gaps;
        Assert.Equal([TargetGroupGap.NoMentalDisorder, TargetGroupGap.NoDisabilityGroupIOrII, TargetGroupGap.NoInstitutionLink], gaps);
    }

    [Fact]
    public void A_mental_disorder_without_a_record_of_where_it_is_stated_is_not_enough() =>
        Assert.Equal([TargetGroupGap.MentalDisorderSourceMissing], TargetGroups.Evaluate(Adult(source: " "), On).For(CommunityTargetGroup.AdultWithMentalDisorder).Gaps);

    [Fact]
    public void A_child_with_impairment_disability_and_representative_is_in_the_child_group() =>
        Assert.Equal([CommunityTargetGroup.ChildWithFunctionalImpairment], TargetGroups.Evaluate(Child(), On).Met);

    [Fact]
    public void A_child_without_a_representative_or_foster_family_or_disability_is_not()
    {
        var check = TargetGroups.Evaluate(Child(group: null, representative: false), On).For(CommunityTargetGroup.ChildWithFunctionalImpairment);
        Assert.Equal([TargetGroupGap.NoDisability, TargetGroupGap.NoRepresentativeOrFosterFamily], check.Gaps);
    }

    [Fact]
    public void The_18th_birthday_moves_a_person_from_the_child_group()
    {
        var facts = Child() with { BirthDate = new DateOnly(2008, 11, 23) };
        Assert.Contains(TargetGroupGap.NotChild, TargetGroups.Evaluate(facts, On).For(CommunityTargetGroup.ChildWithFunctionalImpairment).Gaps);
        Assert.True(TargetGroups.Evaluate(facts, On.AddDays(-1)).For(CommunityTargetGroup.ChildWithFunctionalImpairment).IsMet);
    }

    [Fact]
    public void Without_a_birth_date_neither_group_is_met()
    {
        var result = TargetGroups.Evaluate(Adult() with { BirthDate = null }, On);
        Assert.Empty(result.Met);
        Assert.All(result.Checks, c => Assert.Contains(TargetGroupGap.BirthDateMissing, c.Gaps));
    }
}
