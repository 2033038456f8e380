using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Evaluations;
using SocialServices.Domain.Plans;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Evaluations;

/// <summary>A goal of the plan revision in force, as the evaluation form shows it.</summary>
public sealed record PlanGoalView(Guid Key, int Position, string Text, IReadOnlyList<PlanTaskView> Tasks);

/// <summary>A task of a goal with how far the delivery records say it got (null: no contact worked on it yet).</summary>
public sealed record PlanTaskView(Guid Key, string Measure, DateOnly Deadline, Plans.TaskStatusView? Status);

/// <summary>The plan revision in force of a case (what an evaluation evaluates).</summary>
public sealed record PlanInForce(int PlanId, int RevisionId, int Number, PlanKind Kind, DateOnly RevisedOn, DateTimeOffset CreatedAt, IReadOnlyList<PlanGoalView> Goals);

/// <summary>An evaluation in a list.</summary>
public sealed record EvaluationRow(int Id, DateOnly EvaluatedOn, int? PlanRevisionNumber, OverallResult OverallResult, EvaluationDecision Decision, string RecordedByName, DateTimeOffset RecordedAt, int Achieved, int Goals);

/// <summary>Queries shared by the evaluation pages, the case page section and the close page. Callers have checked the case is in scope.</summary>
public static class EvaluationData
{
    public static async Task<PlanInForce?> PlanInForceAsync(AppDbContext db, int caseId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plan = await db.Plans.AsNoTracking()
            .Where(p => p.CaseFileId == caseId)
            .Include(p => p.Revisions.Where(r => r.SupersededAt == null)).ThenInclude(r => r.Goals).ThenInclude(g => g.Tasks)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (plan is null || plan.Revisions.Count == 0)
        {
            return null;
        }

        var revision = plan.Revisions.Single();
        var statuses = await Plans.PlanData.TaskStatusesAsync(db, caseId, ct);
        return new PlanInForce(plan.Id, revision.Id, revision.Number, revision.Kind, revision.RevisedOn, revision.CreatedAt,
            revision.Goals.OrderBy(g => g.Position)
                .Select(g => new PlanGoalView(g.Key, g.Position, g.Text, g.Tasks.OrderBy(t => t.Position).Select(t => new PlanTaskView(t.Key, t.Measure, t.Deadline, statuses.GetValueOrDefault(t.Key))).ToList()))
                .ToList());
    }

    /// <summary>The plan revision in force as the domain needs it (the entity, untracked), or null when the case has no plan.</summary>
    public static async Task<(int PlanId, PlanRevision Revision)?> RevisionInForceAsync(AppDbContext db, int caseId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plan = await db.Plans.AsNoTracking()
            .Where(p => p.CaseFileId == caseId)
            .Include(p => p.Revisions.Where(r => r.SupersededAt == null)).ThenInclude(r => r.Goals)
            .FirstOrDefaultAsync(ct);
        return plan is { Revisions.Count: 1 } ? (plan.Id, plan.Revisions[0]) : null;
    }

    /// <summary>Whether the case may be closed now (see <see cref="ClosingRule"/>).</summary>
    public static async Task<ClosingCheck> ClosingCheckAsync(AppDbContext db, int caseId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var crisis = await db.CaseCrises.AnyAsync(k => k.CaseFileId == caseId && k.ResolvedAt == null, ct);
        var revised = await db.PlanRevisions.Where(r => db.Plans.Any(p => p.Id == r.PlanId && p.CaseFileId == caseId)).MaxAsync(r => (DateTimeOffset?)r.CreatedAt, ct);
        var reopened = await db.CaseEvents.Where(e => e.CaseFileId == caseId && e.Kind == CaseEventKind.Reopened).MaxAsync(e => (DateTimeOffset?)e.At, ct);
        var evaluations = await db.Evaluations.Where(e => e.CaseFileId == caseId).Select(e => new EvaluationFact(e.RecordedAt, e.Decision)).ToListAsync(ct);
        return ClosingRule.Check(new ClosingFacts(crisis, revised, reopened, evaluations));
    }

    /// <summary>The evaluations of a case, newest first.</summary>
    public static async Task<IReadOnlyList<EvaluationRow>> ForCaseAsync(AppDbContext db, int caseId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Evaluations.AsNoTracking()
            .Where(e => e.CaseFileId == caseId)
            .OrderByDescending(e => e.RecordedAt).ThenByDescending(e => e.Id)
            .Select(e => new EvaluationRow(e.Id, e.EvaluatedOn, e.PlanRevisionNumber, e.OverallResult, e.Decision, e.RecordedByName, e.RecordedAt,
                e.Goals.Count(g => g.Achievement == GoalAchievement.Achieved), e.Goals.Count))
            .ToListAsync(ct);
    }

    /// <summary>The draft key of a long text of the evaluation form.</summary>
    public static string DraftKey(string field, int caseId) => "evaluation-" + field + "-" + caseId.ToString(CultureInfo.InvariantCulture);

    public static string GoalDraftKey(Guid goal, int caseId) => DraftKey("goal-" + goal.ToString("N"), caseId);
}

/// <summary>The timeline's Latvian text of an evaluation (the timeline is kept in Latvian whatever the interface language).</summary>
public static class EvaluationTexts
{
    public static string Result(OverallResult result) => result switch
    {
        OverallResult.Progress => "progress",
        OverallResult.NoChange => "bez izmaiņām",
        _ => "regress",
    };

    public static string Decision(EvaluationDecision decision) => decision switch
    {
        EvaluationDecision.Continue => "turpināt darbu pēc plāna",
        EvaluationDecision.RevisePlan => "pārskatīt plānu",
        _ => "slēgt lietu",
    };

    public static string Timeline(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var text = $"Izvērtējums {evaluation.EvaluatedOn:dd.MM.yyyy}: rezultāts – {Result(evaluation.OverallResult)}; lēmums – {Decision(evaluation.Decision)}.";
        if (evaluation.PlanRevisionNumber is { } number)
        {
            var goals = evaluation.Goals;
            text += $" Plāna {number}. redakcija: sasniegti {goals.Count(g => g.Achievement == GoalAchievement.Achieved)}, daļēji {goals.Count(g => g.Achievement == GoalAchievement.PartlyAchieved)}, nav sasniegti {goals.Count(g => g.Achievement == GoalAchievement.NotAchieved)} no {goals.Count} mērķiem.";
        }

        return text;
    }
}
