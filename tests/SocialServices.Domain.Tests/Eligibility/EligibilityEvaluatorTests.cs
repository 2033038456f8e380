using SocialServices.Domain.Clients;
using SocialServices.Domain.Eligibility;

namespace SocialServices.Domain.Tests.Eligibility;

public sealed class EligibilityEvaluatorTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static EligibilityFacts Facts() => new() { AsOf = Today };

    private static EligibilityOutcome Outcome(EligibilityRule rule, EligibilityFacts facts) =>
        EligibilityEvaluator.EvaluateRule(rule, facts).Outcome;

    [Theory]
    [InlineData(8, EligibilityOutcome.Passed)]
    [InlineData(12, EligibilityOutcome.Passed)]
    [InlineData(7, EligibilityOutcome.Failed)]
    [InlineData(13, EligibilityOutcome.Failed)]
    public void Client_age(int age, EligibilityOutcome expected) =>
        Assert.Equal(expected, Outcome(EligibilityRule.ClientAge(8, 12), Facts() with { Age = age }));

    [Fact]
    public void Client_age_unknown_without_birth_date()
    {
        var result = EligibilityEvaluator.EvaluateRule(EligibilityRule.ClientAge(8, 12), Facts());
        Assert.Equal(EligibilityOutcome.Unknown, result.Outcome);
        Assert.Equal("ClientAge.BirthDateUnknown", result.ReasonCode);
        Assert.Equal(["8", "12"], result.Arguments);
    }

    [Fact]
    public void Child_age_passes_failing_and_unknown()
    {
        var rule = EligibilityRule.ChildAge(12, 16);
        Assert.Equal(EligibilityOutcome.Passed, Outcome(rule, Facts() with { ChildrenAges = [3, 14] }));
        Assert.Equal(EligibilityOutcome.Passed, Outcome(rule, Facts() with { ChildrenAges = [null, 14] }));
        Assert.Equal(EligibilityOutcome.Failed, Outcome(rule, Facts() with { ChildrenAges = [3, 17] }));
        Assert.Equal(EligibilityOutcome.Failed, Outcome(rule, Facts() with { ChildrenAges = [] }));
        Assert.Equal(EligibilityOutcome.Unknown, Outcome(rule, Facts() with { ChildrenAges = [3, null] }));
        Assert.Equal(EligibilityOutcome.Unknown, Outcome(rule, Facts()));
    }

    [Fact]
    public void Applicant_role()
    {
        var rule = EligibilityRule.Role(ApplicantRole.Guardian, ApplicantRole.FosterParent);
        Assert.Equal(EligibilityOutcome.Passed, Outcome(rule, Facts() with { Roles = new HashSet<ApplicantRole> { ApplicantRole.FosterParent } }));
        Assert.Equal(EligibilityOutcome.Failed, Outcome(rule, Facts() with { Roles = new HashSet<ApplicantRole> { ApplicantRole.Parent } }));
        Assert.Equal(EligibilityOutcome.Unknown, Outcome(rule, Facts()));
    }

    [Fact]
    public void Single_parent_target_group_counts_as_the_single_parent_role()
    {
        var facts = Facts() with { TargetGroups = new HashSet<TargetGroup> { TargetGroup.SingleParent } };
        Assert.Equal(EligibilityOutcome.Passed, Outcome(EligibilityRule.Role(ApplicantRole.SingleParent), facts));
    }

    [Fact]
    public void Behaviour_correction_programme()
    {
        var rule = EligibilityRule.InBehaviourCorrection();
        Assert.Equal(EligibilityOutcome.Passed, Outcome(rule, Facts() with { InBehaviourCorrectionProgramme = true }));
        Assert.Equal(EligibilityOutcome.Passed, Outcome(rule, Facts() with { TargetGroups = new HashSet<TargetGroup> { TargetGroup.ChildInBehaviourCorrectionProgramme } }));
        Assert.Equal(EligibilityOutcome.Failed, Outcome(rule, Facts() with { InBehaviourCorrectionProgramme = false }));
        Assert.Equal(EligibilityOutcome.Unknown, Outcome(rule, Facts()));
    }

    [Fact]
    public void Child_of_applicant_in_behaviour_correction_and_custody_at_risk()
    {
        Assert.Equal(EligibilityOutcome.Passed, Outcome(EligibilityRule.ChildOfApplicantInBehaviourCorrection(), Facts() with { ChildInBehaviourCorrectionProgramme = true }));
        Assert.Equal(EligibilityOutcome.Failed, Outcome(EligibilityRule.ChildOfApplicantInBehaviourCorrection(), Facts() with { ChildInBehaviourCorrectionProgramme = false }));
        Assert.Equal(EligibilityOutcome.Unknown, Outcome(EligibilityRule.ChildOfApplicantInBehaviourCorrection(), Facts()));
        Assert.Equal(EligibilityOutcome.Passed, Outcome(EligibilityRule.CustodyAtRisk(), Facts() with { CustodyRightsSuspendedOrAtRisk = true }));
        Assert.Equal(EligibilityOutcome.Failed, Outcome(EligibilityRule.CustodyAtRisk(), Facts() with { CustodyRightsSuspendedOrAtRisk = false }));
        Assert.Equal(EligibilityOutcome.Unknown, Outcome(EligibilityRule.CustodyAtRisk(), Facts()));
    }

    [Theory]
    [InlineData(18, EligibilityOutcome.Passed)]
    [InlineData(23, EligibilityOutcome.Passed)]
    [InlineData(17, EligibilityOutcome.Failed)]
    [InlineData(24, EligibilityOutcome.Failed)]
    public void Adult_orphan_up_to_24(int age, EligibilityOutcome expected)
    {
        var facts = Facts() with { Age = age, TargetGroups = new HashSet<TargetGroup> { TargetGroup.OrphanOrWithoutParentalCareUpTo24 } };
        Assert.Equal(expected, Outcome(EligibilityRule.AdultOrphan(), facts));
    }

    [Fact]
    public void Adult_orphan_failing_and_unknown()
    {
        Assert.Equal(EligibilityOutcome.Failed, Outcome(EligibilityRule.AdultOrphan(), Facts() with { Age = 20 }));
        var orphanWithoutBirthDate = Facts() with { TargetGroups = new HashSet<TargetGroup> { TargetGroup.OrphanOrWithoutParentalCareUpTo24 } };
        Assert.Equal(EligibilityOutcome.Unknown, Outcome(EligibilityRule.AdultOrphan(), orphanWithoutBirthDate));
    }

    [Fact]
    public void Disability_group()
    {
        var rule = EligibilityRule.Disability(DisabilityGroup.I, DisabilityGroup.II);
        Assert.Equal(EligibilityOutcome.Passed, Outcome(rule, Facts() with { DisabilityGroup = DisabilityGroup.II }));
        Assert.Equal(EligibilityOutcome.Passed, Outcome(rule, Facts() with { DisabilityGroup = DisabilityGroup.I, DisabilityValidUntil = Today }));
        Assert.Equal(EligibilityOutcome.Failed, Outcome(rule, Facts() with { DisabilityGroup = DisabilityGroup.III }));
        Assert.Equal(EligibilityOutcome.Failed, Outcome(rule, Facts() with { DisabilityGroup = DisabilityGroup.I, DisabilityValidUntil = Today.AddDays(-1) }));
        Assert.Equal(EligibilityOutcome.Unknown, Outcome(rule, Facts()));
    }

    [Fact]
    public void Residence_in_municipality()
    {
        var rule = EligibilityRule.Residence(7);
        Assert.Equal(EligibilityOutcome.Passed, Outcome(rule, Facts() with { DeclaredMunicipalityId = 7 }));
        var failed = EligibilityEvaluator.EvaluateRule(rule, Facts() with { DeclaredMunicipalityId = 8 });
        Assert.Equal(EligibilityOutcome.Failed, failed.Outcome);
        Assert.Equal("Residence.OtherMunicipality", failed.ReasonCode);
        Assert.Equal(EligibilityOutcome.Unknown, Outcome(rule, Facts()));
        Assert.Equal(EligibilityOutcome.Unknown, Outcome(EligibilityRule.Residence(null), Facts() with { DeclaredMunicipalityId = 7 }));
    }

    [Fact]
    public void Verdict_is_failed_if_any_failed_else_unknown_if_any_unknown()
    {
        var facts = Facts() with { Age = 10 };
        Assert.Equal(EligibilityOutcome.Passed, EligibilityEvaluator.Evaluate([EligibilityRule.ClientAge(8, 12)], facts).Verdict);
        Assert.Equal(EligibilityOutcome.Unknown, EligibilityEvaluator.Evaluate([EligibilityRule.ClientAge(8, 12), EligibilityRule.Residence(1)], facts).Verdict);
        var result = EligibilityEvaluator.Evaluate([EligibilityRule.ClientAge(13, 18), EligibilityRule.Residence(1)], facts);
        Assert.Equal(EligibilityOutcome.Failed, result.Verdict);
        Assert.Equal([EligibilityOutcome.Failed, EligibilityOutcome.Unknown], result.Results.Select(r => r.Outcome));
        Assert.Equal(EligibilityOutcome.Passed, EligibilityEvaluator.Evaluate([], facts).Verdict);
    }

    [Theory]
    [InlineData(2019, 3, 10, 2026, 3, 9, 6)]
    [InlineData(2019, 3, 10, 2026, 3, 10, 7)]
    [InlineData(2020, 2, 29, 2026, 2, 28, 6)]
    [InlineData(2020, 2, 29, 2026, 2, 27, 5)]
    public void Age_counts_completed_years(int by, int bm, int bd, int y, int m, int d, int expected) =>
        Assert.Equal(expected, EligibilityFacts.AgeOn(new DateOnly(by, bm, bd), new DateOnly(y, m, d)));

    // ---- reason codes and arguments (the plain-words text is built from them), and the edges of each rule kind

    private static RuleResult Rule(EligibilityRule rule, EligibilityFacts facts) => EligibilityEvaluator.EvaluateRule(rule, facts);

    [Theory]
    [InlineData(null, 6, 6, EligibilityOutcome.Passed)]   // "under 7": no lower bound
    [InlineData(null, 6, 7, EligibilityOutcome.Failed)]
    [InlineData(65, null, 65, EligibilityOutcome.Passed)] // "from 65": no upper bound
    [InlineData(65, null, 64, EligibilityOutcome.Failed)]
    [InlineData(null, null, 0, EligibilityOutcome.Passed)]
    public void Client_age_with_an_open_bound(int? min, int? max, int age, EligibilityOutcome expected) =>
        Assert.Equal(expected, Outcome(EligibilityRule.ClientAge(min, max), Facts() with { Age = age }));

    [Fact]
    public void Client_age_reasons_name_the_age_and_the_range()
    {
        var passed = Rule(EligibilityRule.ClientAge(13, 18), Facts() with { Age = 15 });
        var failed = Rule(EligibilityRule.ClientAge(null, 6), Facts() with { Age = 9 });

        Assert.Equal("ClientAge.InRange", passed.ReasonCode);
        Assert.Equal(["15", "13", "18"], passed.Arguments);
        Assert.Equal("ClientAge.OutOfRange", failed.ReasonCode);
        Assert.Equal(["9", "", "6"], failed.Arguments);
    }

    [Fact]
    public void Child_age_reasons_tell_no_child_from_no_child_of_that_age_and_unknown_household()
    {
        var rule = EligibilityRule.ChildAge(null, 1);

        Assert.Equal("ChildAge.ChildInRange", Rule(rule, Facts() with { ChildrenAges = [0] }).ReasonCode);
        Assert.Equal("ChildAge.NoChildInHousehold", Rule(rule, Facts() with { ChildrenAges = [] }).ReasonCode);
        Assert.Equal("ChildAge.NoChildInRange", Rule(rule, Facts() with { ChildrenAges = [2, 5] }).ReasonCode);
        Assert.Equal("ChildAge.ChildAgeUnknown", Rule(rule, Facts() with { ChildrenAges = [5, null] }).ReasonCode);
        Assert.Equal("ChildAge.HouseholdUnknown", Rule(rule, Facts()).ReasonCode);
        Assert.Equal(["", "1"], Rule(rule, Facts()).Arguments);
    }

    [Fact]
    public void Applicant_role_known_to_be_none_fails_and_lists_the_roles_needed()
    {
        var result = Rule(EligibilityRule.Role(ApplicantRole.LegalRepresentative, ApplicantRole.Parent), Facts() with { Roles = new HashSet<ApplicantRole>() });

        Assert.Equal(EligibilityOutcome.Failed, result.Outcome);
        Assert.Equal("Role.NotHeld", result.ReasonCode);
        Assert.Equal(["Parent, LegalRepresentative"], result.Arguments);
    }

    [Fact]
    public void The_single_parent_target_group_does_not_decide_other_roles()
    {
        var facts = Facts() with { TargetGroups = new HashSet<TargetGroup> { TargetGroup.SingleParent } };

        var result = Rule(EligibilityRule.Role(ApplicantRole.Guardian), facts);

        Assert.Equal(EligibilityOutcome.Unknown, result.Outcome);
        Assert.Equal("Role.RolesUnknown", result.ReasonCode);
    }

    [Fact]
    public void The_behaviour_correction_target_group_wins_over_a_recorded_no()
    {
        var facts = Facts() with
        {
            InBehaviourCorrectionProgramme = false,
            TargetGroups = new HashSet<TargetGroup> { TargetGroup.ChildInBehaviourCorrectionProgramme },
        };

        Assert.Equal("BehaviourCorrection.Yes", Rule(EligibilityRule.InBehaviourCorrection(), facts).ReasonCode);
        Assert.Equal("BehaviourCorrection.No", Rule(EligibilityRule.InBehaviourCorrection(), Facts() with { InBehaviourCorrectionProgramme = false }).ReasonCode);
        Assert.Equal("BehaviourCorrection.Unknown", Rule(EligibilityRule.InBehaviourCorrection(), Facts()).ReasonCode);
    }

    [Fact]
    public void The_childs_programme_does_not_count_as_the_applicants_own_and_the_other_way_round()
    {
        var childInProgramme = Facts() with { ChildInBehaviourCorrectionProgramme = true };
        var selfInProgramme = Facts() with { InBehaviourCorrectionProgramme = true };

        Assert.Equal(EligibilityOutcome.Unknown, Outcome(EligibilityRule.InBehaviourCorrection(), childInProgramme));
        Assert.Equal(EligibilityOutcome.Unknown, Outcome(EligibilityRule.ChildOfApplicantInBehaviourCorrection(), selfInProgramme));
        Assert.Equal("ChildBehaviourCorrection.Yes", Rule(EligibilityRule.ChildOfApplicantInBehaviourCorrection(), childInProgramme).ReasonCode);
        Assert.Equal("CustodyAtRisk.Unknown", Rule(EligibilityRule.CustodyAtRisk(), childInProgramme).ReasonCode);
    }

    [Fact]
    public void Adult_orphan_reasons()
    {
        var orphan = new HashSet<TargetGroup> { TargetGroup.OrphanOrWithoutParentalCareUpTo24 };

        var notOrphan = Rule(EligibilityRule.AdultOrphan(), Facts());
        var inRange = Rule(EligibilityRule.AdultOrphan(), Facts() with { Age = 19, TargetGroups = orphan });
        var tooOld = Rule(EligibilityRule.AdultOrphan(), Facts() with { Age = 24, TargetGroups = orphan });

        Assert.Equal((EligibilityOutcome.Failed, "AdultOrphan.NotOrphan"), (notOrphan.Outcome, notOrphan.ReasonCode));
        Assert.Equal("AdultOrphan.InRange", inRange.ReasonCode);
        Assert.Equal(["19", "18", "23"], inRange.Arguments);
        Assert.Equal("AdultOrphan.AgeOutOfRange", tooOld.ReasonCode);
    }

    [Fact]
    public void Adult_orphan_from_the_18th_birthday_to_the_day_before_the_24th()
    {
        var birth = new DateOnly(2002, 6, 16);
        var orphan = Facts() with { TargetGroups = new HashSet<TargetGroup> { TargetGroup.OrphanOrWithoutParentalCareUpTo24 } };

        Assert.Equal(EligibilityOutcome.Passed, Outcome(EligibilityRule.AdultOrphan(), orphan with { Age = EligibilityFacts.AgeOn(birth, new DateOnly(2026, 6, 15)) }));
        Assert.Equal(EligibilityOutcome.Failed, Outcome(EligibilityRule.AdultOrphan(), orphan with { Age = EligibilityFacts.AgeOn(birth, new DateOnly(2026, 6, 16)) }));
        Assert.Equal(EligibilityOutcome.Failed, Outcome(EligibilityRule.AdultOrphan(), orphan with { Age = EligibilityFacts.AgeOn(new DateOnly(2008, 6, 16), new DateOnly(2026, 6, 15)) }));
        Assert.Equal(EligibilityOutcome.Passed, Outcome(EligibilityRule.AdultOrphan(), orphan with { Age = EligibilityFacts.AgeOn(new DateOnly(2008, 6, 16), new DateOnly(2026, 6, 16)) }));
    }

    [Fact]
    public void Disability_reasons()
    {
        var rule = EligibilityRule.Disability(DisabilityGroup.II, DisabilityGroup.I);

        var matches = Rule(rule, Facts() with { DisabilityGroup = DisabilityGroup.II });
        var other = Rule(rule, Facts() with { DisabilityGroup = DisabilityGroup.III });
        var expired = Rule(rule, Facts() with { DisabilityGroup = DisabilityGroup.III, DisabilityValidUntil = new DateOnly(2026, 5, 31) });
        var notRecorded = Rule(rule, Facts());

        Assert.Equal("Disability.GroupMatches", matches.ReasonCode);
        Assert.Equal(["I, II", "II"], matches.Arguments);
        Assert.Equal("Disability.OtherGroup", other.ReasonCode);
        Assert.Equal(["I, II", "III"], other.Arguments);
        Assert.Equal((EligibilityOutcome.Failed, "Disability.Expired"), (expired.Outcome, expired.ReasonCode));
        Assert.Equal(["I, II", "2026-05-31"], expired.Arguments);
        Assert.Equal("Disability.NotRecorded", notRecorded.ReasonCode);
    }

    [Fact]
    public void Residence_reasons()
    {
        Assert.Equal("Residence.InMunicipality", Rule(EligibilityRule.Residence(7), Facts() with { DeclaredMunicipalityId = 7 }).ReasonCode);
        Assert.Equal(["7", "8"], Rule(EligibilityRule.Residence(7), Facts() with { DeclaredMunicipalityId = 8 }).Arguments);
        Assert.Equal("Residence.DeclaredResidenceUnknown", Rule(EligibilityRule.Residence(7), Facts()).ReasonCode);
        Assert.Equal("Residence.MunicipalityNotSet", Rule(EligibilityRule.Residence(null), Facts() with { DeclaredMunicipalityId = 7 }).ReasonCode);
    }

    [Fact]
    public void A_rule_kind_the_evaluator_does_not_know_is_unknown_not_failed()
    {
        var result = Rule(new EligibilityRule((RuleKind)99), Facts() with { Age = 30 });

        Assert.Equal(EligibilityOutcome.Unknown, result.Outcome);
        Assert.Equal("Rule.UnknownKind", result.ReasonCode);
    }

    [Fact]
    public void Any_of_passes_when_one_alternative_passes_even_if_another_fails()
    {
        var anyOf = AnyOfRequirement.Of([EligibilityRule.CustodyAtRisk()], [EligibilityRule.ChildOfApplicantInBehaviourCorrection()]);

        var result = EligibilityEvaluator.Evaluate([anyOf], Facts() with { CustodyRightsSuspendedOrAtRisk = false, ChildInBehaviourCorrectionProgramme = true });

        var requirement = Assert.Single(result.Results);
        Assert.Equal(EligibilityOutcome.Passed, requirement.Outcome);
        Assert.Equal("AnyOf.OneAlternativeMet", requirement.ReasonCode);
        Assert.Equal(["2"], requirement.Arguments);
        Assert.Equal([EligibilityOutcome.Failed, EligibilityOutcome.Passed], requirement.Details.Select(d => d.Outcome));
        Assert.Equal(EligibilityOutcome.Passed, result.Verdict);
    }

    [Fact]
    public void Any_of_is_unknown_when_none_passes_but_one_is_unknown_and_failed_when_all_fail()
    {
        var anyOf = AnyOfRequirement.Of([EligibilityRule.CustodyAtRisk()], [EligibilityRule.ChildOfApplicantInBehaviourCorrection()]);

        var unknown = EligibilityEvaluator.Evaluate([anyOf], Facts() with { CustodyRightsSuspendedOrAtRisk = false });
        var failed = EligibilityEvaluator.Evaluate([anyOf], Facts() with { CustodyRightsSuspendedOrAtRisk = false, ChildInBehaviourCorrectionProgramme = false });

        Assert.Equal((EligibilityOutcome.Unknown, "AnyOf.NoneMetSomeUnknown"), (unknown.Results[0].Outcome, unknown.Results[0].ReasonCode));
        Assert.Equal(EligibilityOutcome.Unknown, unknown.Verdict);
        Assert.Equal((EligibilityOutcome.Failed, "AnyOf.NoAlternativeMet"), (failed.Results[0].Outcome, failed.Results[0].ReasonCode));
        Assert.Equal(EligibilityOutcome.Failed, failed.Verdict);
    }

    [Fact]
    public void Within_an_alternative_a_failed_rule_outweighs_an_unknown_one()
    {
        // Parent of a child under 7: the role is unknown, but the only child is 9, so this alternative fails.
        var anyOf = AnyOfRequirement.Of([EligibilityRule.Role(ApplicantRole.Parent), EligibilityRule.ChildAge(null, 6)]);

        var result = EligibilityEvaluator.Evaluate([anyOf], Facts() with { ChildrenAges = [9] });

        Assert.Equal(EligibilityOutcome.Failed, result.Verdict);
        Assert.Equal([EligibilityOutcome.Unknown, EligibilityOutcome.Failed], result.Results[0].Details.Select(d => d.Outcome));
    }

    [Fact]
    public void A_single_rule_requirement_carries_its_own_result_as_detail()
    {
        var rule = EligibilityRule.ClientAge(8, 12);

        var requirement = Assert.Single(EligibilityEvaluator.Evaluate([rule], Facts() with { Age = 10 }).Results);

        Assert.Same(rule, requirement.Requirement);
        Assert.Equal("ClientAge.InRange", requirement.ReasonCode);
        Assert.Equal(requirement.Outcome, Assert.Single(requirement.Details).Outcome);
    }
}
