using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Contacts;
using SocialServices.Domain.Plans;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Plans;

/// <summary>The plan's section of the case page: the revision in force, its review and agreement, and where its tasks stand.</summary>
public sealed class CasePlanViewComponent(AppDbContext db, AccessScope scope, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int caseId)
    {
        var ct = HttpContext.RequestAborted;
        var user = HttpContext.User;
        var caseFile = await scope.CaseAsync(user, caseId, ct);
        if (caseFile is null)
        {
            return Content(string.Empty);
        }

        var canChange = caseFile.Status == Domain.Cases.CaseStatus.Open && !caseFile.IsArchived
            && await scope.AccessToAsync(user, caseFile.ClientId, ct) == ClientAccess.Edit;
        var plan = await PlanData.LoadAsync(db, scope, user, caseId, tracked: false, ct);
        var statuses = plan is null ? [] : await PlanData.TaskStatusesAsync(db, caseId, ct);
        return View("~/Pages/Plans/Components/CasePlan.cshtml", new CasePlanView(caseId, plan?.Current, plan?.Revisions.Count ?? 0, statuses, LatvianTime.Today(clock), canChange));
    }
}

/// <summary>What the case page's plan section shows.</summary>
public sealed record CasePlanView(int CaseId, PlanRevision? Current, int RevisionCount, IReadOnlyDictionary<Guid, TaskStatusView> Statuses, DateOnly Today, bool CanChange)
{
    public int CountOf(TaskOutcome outcome) => Current?.Tasks.Count(t => Statuses.GetValueOrDefault(t.Key)?.Outcome == outcome) ?? 0;

    public int NotStarted => Current?.Tasks.Count(t => !Statuses.ContainsKey(t.Key)) ?? 0;

    public IReadOnlyList<PlanTask> Overdue =>
        Current?.Tasks.Where(t => TaskProgress.IsOverdue(t.Deadline, Statuses.GetValueOrDefault(t.Key)?.Outcome, Today)).OrderBy(t => t.Deadline).ToList() ?? [];
}
