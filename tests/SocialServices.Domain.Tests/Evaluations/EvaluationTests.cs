using SocialServices.Domain.Cases;
using SocialServices.Domain.Evaluations;
using SocialServices.Domain.Plans;

namespace SocialServices.Domain.Tests.Evaluations;

public sealed class EvaluationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Worker = new("worker-1", "Ilze Ozola");

    private static CaseFile OpenCase() =>
        new(1, 10, "2026/0001", new DateOnly(2026, 6, 1), "Ģimenei vajadzīgs atbalsts", ReferralSource.Family, Worker.UserId, Worker, Now.AddMonths(-6));

    private static CasePlan Plan(params string[] goals) =>
        new(1, 0, 10, new PlanContent
        {
            Kind = PlanKind.SocialRehabilitation,
            RevisedOn = new DateOnly(2026, 6, 15),
            Goals = goals.Select(g => new GoalInput(null, g, [])).ToList(),
        }, ReviewIntervals.Default, Worker, Now.AddMonths(-5));

    private static EvaluationContent Content(IReadOnlyList<GoalResult> goals, EvaluationDecision decision = EvaluationDecision.Continue) => new()
    {
        EvaluatedOn = new DateOnly(2026, 11, 20),
        Goals = goals,
        SituationChanges = " Ģimene regulāri apmeklē konsultācijas ",
        Cooperation = ClientCooperation.Active,
        Motivation = ClientMotivation.High,
        OverallResult = OverallResult.Progress,
        Decision = decision,
        Justification = "Mērķi lielākoties sasniegti",
    };

    [Fact]
    public void Each_goal_of_the_revision_in_force_gets_a_result_in_the_plans_order()
    {
        var plan = Plan("Bērns regulāri apmeklē skolu", "Mājoklis sakārtots");
        var goals = plan.Current.Goals;

        var evaluation = new Evaluation(OpenCase(), plan.Id, plan.Current, Content(
        [
            new GoalResult(goals[1].Key, GoalAchievement.PartlyAchieved, "Remonts vēl nav pabeigts"),
            new GoalResult(goals[0].Key, GoalAchievement.Achieved, null),
        ]), Worker, Now);

        Assert.Equal(["Bērns regulāri apmeklē skolu", "Mājoklis sakārtots"], evaluation.Goals.Select(g => g.GoalText));
        Assert.Equal([GoalAchievement.Achieved, GoalAchievement.PartlyAchieved], evaluation.Goals.Select(g => g.Achievement));
        Assert.Equal(1, evaluation.PlanRevisionNumber);
        Assert.Equal("Ģimene regulāri apmeklē konsultācijas", evaluation.SituationChanges);
        Assert.Equal(new EvaluationFact(Now, EvaluationDecision.Continue), evaluation.AsFact());
    }

    [Fact]
    public void A_missing_extra_or_repeated_goal_is_refused()
    {
        var plan = Plan("Pirmais", "Otrais");
        var goals = plan.Current.Goals;
        var first = new GoalResult(goals[0].Key, GoalAchievement.Achieved, null);

        Assert.Throws<ArgumentException>(() => new Evaluation(OpenCase(), plan.Id, plan.Current, Content([first]), Worker, Now));
        Assert.Throws<ArgumentException>(() => new Evaluation(OpenCase(), plan.Id, plan.Current, Content([first, first]), Worker, Now));
        Assert.Throws<ArgumentException>(() => new Evaluation(OpenCase(), plan.Id, plan.Current, Content([first, new GoalResult(Guid.NewGuid(), GoalAchievement.Achieved, null)]), Worker, Now));
    }

    [Fact]
    public void A_goal_not_fully_achieved_needs_a_comment()
    {
        var plan = Plan("Pirmais");
        var key = plan.Current.Goals[0].Key;

        Assert.Throws<ArgumentException>(() => new Evaluation(OpenCase(), plan.Id, plan.Current, Content([new GoalResult(key, GoalAchievement.NotAchieved, " ")]), Worker, Now));
        Assert.Equal("Klients atteicās", new Evaluation(OpenCase(), plan.Id, plan.Current, Content([new GoalResult(key, GoalAchievement.NotAchieved, "Klients atteicās")]), Worker, Now).Goals[0].Comment);
    }

    [Fact]
    public void A_case_without_a_plan_is_evaluated_without_goals_and_only_an_open_case_is_evaluated()
    {
        var evaluation = new Evaluation(OpenCase(), null, null, Content([], EvaluationDecision.CloseCase), Worker, Now);
        Assert.Null(evaluation.PlanRevisionId);
        Assert.Empty(evaluation.Goals);

        var closed = OpenCase();
        closed.Close(new DateOnly(2026, 11, 1), "Pārcēlās", "Kopsavilkums", null, Worker, Now);
        Assert.Throws<InvalidOperationException>(() => new Evaluation(closed, null, null, Content([]), Worker, Now));
    }

    [Fact]
    public void A_superseded_revision_and_a_date_before_the_revision_are_refused()
    {
        var plan = Plan("Pirmais");
        var old = plan.Current;
        var oldKey = old.Goals[0].Key;
        plan.Revise(old.ToContent() with { RevisedOn = new DateOnly(2026, 9, 1) }, "Pārskatīts", ReviewIntervals.Default, Worker, Now.AddMonths(-2));

        Assert.Throws<ArgumentException>(() => new Evaluation(OpenCase(), plan.Id, old, Content([new GoalResult(oldKey, GoalAchievement.Achieved, null)]), Worker, Now));
        Assert.Throws<ArgumentException>(() => new Evaluation(OpenCase(), plan.Id, plan.Current,
            Content([new GoalResult(oldKey, GoalAchievement.Achieved, null)]) with { EvaluatedOn = new DateOnly(2026, 8, 31) }, Worker, Now));
        Assert.Equal(2, new Evaluation(OpenCase(), plan.Id, plan.Current, Content([new GoalResult(oldKey, GoalAchievement.Achieved, null)]), Worker, Now).PlanRevisionNumber);
    }
}
