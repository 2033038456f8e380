using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Evaluations;
using SocialServices.Domain.Plans;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Data;
using SocialServices.Web.Tests.Cases;

namespace SocialServices.Web.Tests.Evaluations;

/// <summary>Helpers of the crisis, evaluation and draft tests: plans, revisions and evaluations made directly through the domain.</summary>
public abstract class CaseWorkTest(WebFixture fixture) : CaseTest(fixture)
{
    /// <summary>A plan for the case with one goal per text (one task each), revision 1 made on <paramref name="revisedOn"/>.</summary>
    protected async Task<int> PlanAsync(int caseId, DateOnly revisedOn, params string[] goals) =>
        await WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.SingleAsync(c => c.Id == caseId);
            var plan = new CasePlan(caseFile.OrganisationId, caseId, caseFile.ClientId, Content(revisedOn, goals.Select(g => new GoalInput(null, g, [Task(g)])).ToList()),
                ReviewIntervals.Default, await ActorAsync(db, caseFile), Factory.Clock.GetUtcNow());
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

    /// <summary>Revises the plan to these goals: a goal whose text the current revision has keeps its key, the others are new.</summary>
    protected async Task ReviseAsync(int caseId, DateOnly revisedOn, params string[] goals) =>
        await WithDbAsync(async db =>
        {
            var plan = await db.Plans.Include(p => p.Revisions).ThenInclude(r => r.Goals).ThenInclude(g => g.Tasks).AsSplitQuery().SingleAsync(p => p.CaseFileId == caseId);
            var current = plan.Current.Goals;
            var inputs = goals.Select(g => new GoalInput(current.FirstOrDefault(c => c.Text == g)?.Key, g, [Task(g)])).ToList();
            var by = await ActorAsync(db, await db.CaseFiles.SingleAsync(c => c.Id == caseId));
            plan.Revise(Content(revisedOn, inputs), "Situācija mainījusies", ReviewIntervals.Default, by, Factory.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

    protected async Task<IReadOnlyList<(Guid Key, string Text)>> GoalsAsync(int caseId) =>
        await WithDbAsync(async db =>
        {
            var plan = await db.Plans.Include(p => p.Revisions).ThenInclude(r => r.Goals).SingleAsync(p => p.CaseFileId == caseId);
            return (IReadOnlyList<(Guid, string)>)plan.Current.Goals.OrderBy(g => g.Position).Select(g => (g.Key, g.Text)).ToList();
        });

    /// <summary>Records an evaluation directly (every goal achieved), without a timeline entry.</summary>
    protected Task<int> EvaluationAsync(int caseId, EvaluationDecision decision, OverallResult result = OverallResult.Progress, DateOnly? on = null) =>
        RecordEvaluationAsync(Factory.Services, caseId, decision, result, on ?? DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime), Factory.Clock.GetUtcNow());

    /// <summary>An evaluation that lets the case be closed (for tests of closing that are not about evaluations).</summary>
    public static Task<int> ClosingEvaluationAsync(IServiceProvider services, int caseId, DateTimeOffset at) =>
        RecordEvaluationAsync(services, caseId, EvaluationDecision.CloseCase, OverallResult.Progress, DateOnly.FromDateTime(at.UtcDateTime), at);

    private static async Task<int> RecordEvaluationAsync(IServiceProvider services, int caseId, EvaluationDecision decision, OverallResult result, DateOnly on, DateTimeOffset at)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var caseFile = await db.CaseFiles.SingleAsync(c => c.Id == caseId);
        var plan = await db.Plans.AsNoTracking().Include(p => p.Revisions.Where(r => r.SupersededAt == null)).ThenInclude(r => r.Goals).SingleOrDefaultAsync(p => p.CaseFileId == caseId);
        var revision = plan?.Revisions.Single();
        var evaluation = new Evaluation(caseFile, plan?.Id, revision, new EvaluationContent
        {
            EvaluatedOn = on,
            Goals = revision?.Goals.Select(g => new GoalResult(g.Key, GoalAchievement.Achieved, null)).ToList() ?? [],
            SituationChanges = "Situācija uzlabojusies",
            Cooperation = ClientCooperation.Active,
            Motivation = ClientMotivation.High,
            OverallResult = result,
            Decision = decision,
            Justification = "Pamatojums",
        }, await ActorAsync(db, caseFile), at);
        db.Evaluations.Add(evaluation);
        await db.SaveChangesAsync();
        return evaluation.Id;
    }

    /// <summary>The case's responsible worker (or any user): plans and evaluations name a real user as their author.</summary>
    private static async Task<Actor> ActorAsync(AppDbContext db, CaseFile caseFile) =>
        new(caseFile.ResponsibleWorkerId ?? await db.Users.OrderBy(u => u.UserName).Select(u => u.Id).FirstAsync(), "Tests");

    private static PlanContent Content(DateOnly revisedOn, IReadOnlyList<GoalInput> goals) => new()
    {
        Kind = PlanKind.SocialRehabilitation,
        RevisedOn = revisedOn,
        Goals = goals,
    };

    private static TaskInput Task(string goal) =>
        new(null, "Konsultācijas: " + goal, DateOnly.FromDateTime(AppFactory.DefaultNow.UtcDateTime).AddMonths(2), "Rezultāts", ResponsibleKind.Client, "Klients");
}
