using SocialServices.Domain.Evaluations;

namespace SocialServices.Domain.Tests.Evaluations;

public sealed class ClosingRuleTests
{
    private static readonly DateTimeOffset Day = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static ClosingCheck Check(bool crisis = false, DateTimeOffset? revised = null, DateTimeOffset? reopened = null, params EvaluationFact[] evaluations) =>
        ClosingRule.Check(new ClosingFacts(crisis, revised, reopened, evaluations));

    [Fact]
    public void A_case_without_any_evaluation_cannot_be_closed_with_or_without_a_plan()
    {
        Assert.Equal(ClosingRefusal.NoEvaluation, Check().Refusal);
        Assert.Equal(ClosingRefusal.NoEvaluation, Check(revised: Day.AddDays(-30)).Refusal);
    }

    [Fact]
    public void A_case_without_a_plan_closes_after_an_evaluation_that_decides_to_close()
    {
        var check = Check(evaluations: new EvaluationFact(Day, EvaluationDecision.CloseCase));

        Assert.True(check.Allowed);
        Assert.Equal(Day, check.LatestEvaluation!.RecordedAt);
    }

    [Fact]
    public void The_evaluation_must_come_after_the_latest_plan_revision()
    {
        var evaluation = new EvaluationFact(Day.AddDays(-10), EvaluationDecision.CloseCase);

        Assert.Equal(ClosingRefusal.PlanRevisedSinceEvaluation, Check(revised: Day.AddDays(-5), evaluations: evaluation).Refusal);
        Assert.True(Check(revised: Day.AddDays(-15), evaluations: evaluation).Allowed);
        Assert.True(Check(revised: Day.AddDays(-5), evaluations: [evaluation, new EvaluationFact(Day, EvaluationDecision.CloseCase)]).Allowed);
    }

    [Fact]
    public void The_latest_evaluation_counts_and_it_must_decide_to_close()
    {
        var closeThenContinue = Check(evaluations: [new EvaluationFact(Day.AddDays(-20), EvaluationDecision.CloseCase), new EvaluationFact(Day.AddDays(-1), EvaluationDecision.Continue)]);
        Assert.Equal(ClosingRefusal.LatestEvaluationDoesNotClose, closeThenContinue.Refusal);
        Assert.Equal(EvaluationDecision.Continue, closeThenContinue.LatestEvaluation!.Decision);

        Assert.Equal(ClosingRefusal.LatestEvaluationDoesNotClose, Check(evaluations: new EvaluationFact(Day, EvaluationDecision.RevisePlan)).Refusal);
    }

    [Fact]
    public void A_reopened_case_needs_an_evaluation_after_the_reopening()
    {
        var before = new EvaluationFact(Day.AddDays(-10), EvaluationDecision.CloseCase);

        Assert.Equal(ClosingRefusal.ReopenedSinceEvaluation, Check(reopened: Day.AddDays(-3), evaluations: before).Refusal);
        Assert.True(Check(reopened: Day.AddDays(-3), evaluations: [before, new EvaluationFact(Day, EvaluationDecision.CloseCase)]).Allowed);
    }

    [Fact]
    public void An_unresolved_crisis_refuses_closing_whatever_the_evaluations()
    {
        Assert.Equal(ClosingRefusal.CrisisActive, Check(crisis: true, evaluations: new EvaluationFact(Day, EvaluationDecision.CloseCase)).Refusal);
        Assert.Equal(ClosingRefusal.CrisisActive, Check(crisis: true).Refusal);
    }
}
