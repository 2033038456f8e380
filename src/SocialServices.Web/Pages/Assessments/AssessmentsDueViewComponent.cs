using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Web.Access;
using SocialServices.Web.Assessments;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Assessments;

/// <summary>
/// "Risk assessment due" on the start page: open cases whose next risk-factor assessment is due within the setting's
/// days or overdue (six months after the last completed one), and cases of families at risk (target group) that have
/// none yet some time after opening. The worker sees the cases they are responsible for; the manager every case.
/// </summary>
public sealed class AssessmentsDueViewComponent(AccessScope scope, AppDbContext db, IOptions<AssessmentSettings> settings, TimeProvider clock) : ViewComponent
{
    public const string WorkerBoard = "worker";
    public const string ManagerBoard = "manager";

    public sealed record Row(int CaseId, string Number, int ClientId, string ClientName, string? WorkerName, DateOnly Due, bool FirstAssessment, RiskDueState State, RiskLevel? LastLevel);

    public sealed record Model(string Board, IReadOnlyList<Row> Rows, int Total);

    public async Task<IViewComponentResult> InvokeAsync(string board)
    {
        var ct = HttpContext.RequestAborted;
        var user = UserClaimsPrincipal;
        var today = LatvianTime.Today(clock);
        var options = settings.Value;
        var limit = today.AddDays(options.RiskDueSoonDays);
        var openedBy = limit.AddDays(-options.RiskFirstWithinDays);
        var me = user.UserId();

        var cases = scope.Cases(user).Where(c => c.Status == CaseStatus.Open && !c.IsArchived);
        if (board != ManagerBoard)
        {
            cases = cases.Where(c => c.ResponsibleWorkerId == me);
        }

        var completed = db.Assessments.Where(a => a.Kind == AssessmentKind.RiskFactors && a.Status == AssessmentStatus.Completed && a.SupersededAt == null);
        var query = cases.Select(c => new
        {
            c.Id,
            c.Number,
            c.ClientId,
            c.OpenedOn,
            ClientName = db.Clients.Where(k => k.Id == c.ClientId).Select(k => k.FirstName + " " + k.LastName).FirstOrDefault(),
            WorkerName = db.Users.Where(u => u.Id == c.ResponsibleWorkerId).Select(u => u.FullName).FirstOrDefault(),
            Last = completed.Where(a => a.CaseFileId == c.Id).OrderByDescending(a => a.CompletedAt).ThenByDescending(a => a.Id)
                .Select(a => new { a.NextDueOn, a.RiskLevel }).FirstOrDefault(),
            AtRisk = db.Clients.Any(k => k.Id == c.ClientId && k.TargetGroups.Contains(TargetGroup.FamilyWithChildrenAtRisk)),
        })
        .Where(c => (c.Last != null && c.Last.NextDueOn <= limit) || (c.Last == null && c.AtRisk && c.OpenedOn <= openedBy));

        var found = await query.AsNoTracking().ToListAsync(ct);
        var rows = found
            .Select(c =>
            {
                var due = c.Last?.NextDueOn ?? c.OpenedOn.AddDays(options.RiskFirstWithinDays);
                return new Row(c.Id, c.Number, c.ClientId, c.ClientName ?? string.Empty, c.WorkerName, due, c.Last is null, RiskSchedule.State(due, today, options.RiskDueSoonDays), c.Last?.RiskLevel);
            })
            .OrderBy(r => r.Due).ThenBy(r => r.Number, StringComparer.Ordinal)
            .ToList();
        return View("/Pages/Assessments/Components/AssessmentsDue.cshtml", new Model(board == ManagerBoard ? ManagerBoard : WorkerBoard, rows.Take(Pages.IndexModel.BoardLimit).ToList(), rows.Count));
    }
}
