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
}
