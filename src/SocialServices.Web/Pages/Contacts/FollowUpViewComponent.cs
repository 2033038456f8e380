using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Contacts;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Plans;

namespace SocialServices.Web.Pages.Contacts;

/// <summary>
/// The follow-up boards of the start page: tasks of plans in force whose deadline has passed and that are not done,
/// and open cases without a recorded contact for the set number of days (counted from the last contact, or from the
/// opening when there has been none). A worker sees the cases they are responsible for; a manager every case in scope.
/// </summary>
public sealed class FollowUpViewComponent(AppDbContext db, AccessScope scope, TimeProvider clock, IOptions<PlanSettings> settings) : ViewComponent
{
    /// <summary>The worker's board (own cases).</summary>
    public const string Worker = "worker";

    /// <summary>The manager's board (every case in scope).</summary>
    public const string Manager = "manager";

    public async Task<IViewComponentResult> InvokeAsync(string board)
    {
        var data = await LoadAsync(db, scope, clock, settings.Value, HttpContext.User, board == Manager, HttpContext.RequestAborted);
        return View("~/Pages/Contacts/Components/FollowUp.cshtml", data with { Kind = board });
    }

    public sealed record OverdueTask(int CaseId, string CaseNumber, int ClientId, string ClientName, string? WorkerName, string Measure, DateOnly Deadline, string Responsible, TaskOutcome? Status);

    public sealed record QuietCase(int CaseId, string CaseNumber, int ClientId, string ClientName, string? WorkerName, DateOnly? LastContact, int Days);

    public sealed record Board(string Kind, DateOnly Today, int NoContactDays, IReadOnlyList<OverdueTask> Overdue, IReadOnlyList<QuietCase> Quiet);

    /// <summary>The board at today's date (Latvian day).</summary>
    public static async Task<Board> LoadAsync(AppDbContext db, AccessScope scope, TimeProvider clock, PlanSettings settings, ClaimsPrincipal user, bool allInScope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(user);
        var today = LatvianTime.Today(clock);
        var me = user.UserId();
        var cases = scope.Cases(user).Where(c => c.Status == CaseStatus.Open && !c.IsArchived);
        if (!allInScope)
        {
            cases = cases.Where(c => c.ResponsibleWorkerId == me);
        }

        var caseRows = await cases.Select(c => new
        {
            c.Id,
            c.Number,
            c.ClientId,
            c.OpenedOn,
            ClientName = db.Clients.Where(k => k.Id == c.ClientId).Select(k => k.FirstName + " " + k.LastName).FirstOrDefault(),
            WorkerName = db.Users.Where(u => u.Id == c.ResponsibleWorkerId).Select(u => u.FullName).FirstOrDefault(),
            LastContact = db.ContactRecords.Where(r => r.CaseFileId == c.Id).Max(r => (DateTimeOffset?)r.OccurredAt),
        }).ToListAsync(ct);
        var byId = caseRows.ToDictionary(c => c.Id);
        var ids = byId.Keys.ToList();

        // Tasks of the revisions in force with a passed deadline; their latest outcome decides whether they are done.
        var tasks = await db.Plans.AsNoTracking().Where(p => ids.Contains(p.CaseFileId))
            .SelectMany(p => db.PlanRevisions.Where(r => r.PlanId == p.Id && r.Number == p.CurrentRevisionNumber)
                .SelectMany(r => r.Goals.SelectMany(g => g.Tasks.Where(t => t.Deadline < today)
                    .Select(t => new { p.CaseFileId, t.Key, t.Measure, t.Deadline, t.ResponsibleName }))))
            .ToListAsync(ct);
        var keys = tasks.Select(t => t.Key).ToList();
        var facts = await db.ContactRecords.AsNoTracking().Where(c => ids.Contains(c.CaseFileId))
            .SelectMany(c => c.Tasks.Where(t => keys.Contains(t.TaskKey)).Select(t => new TaskOutcomeFact(t.TaskKey, t.Outcome, c.OccurredAt, c.RecordedAt, c.Id)))
            .ToListAsync(ct);
        var latest = TaskProgress.Latest(facts);
        var overdue = tasks
            .Select(t => (Task: t, Status: latest.TryGetValue(t.Key, out var f) ? f.Outcome : (TaskOutcome?)null))
            .Where(x => TaskProgress.IsOverdue(x.Task.Deadline, x.Status, today))
            .Select(x =>
            {
                var c = byId[x.Task.CaseFileId];
                return new OverdueTask(c.Id, c.Number, c.ClientId, c.ClientName ?? string.Empty, c.WorkerName, x.Task.Measure, x.Task.Deadline, x.Task.ResponsibleName, x.Status);
            })
            .OrderBy(t => t.Deadline).ThenBy(t => t.CaseNumber, StringComparer.Ordinal)
            .ToList();

        var days = Math.Max(1, settings.NoContactDays);
        var quiet = caseRows
            .Select(c =>
            {
                DateOnly? last = c.LastContact is { } at ? DateOnly.FromDateTime(LatvianTime.ToLocal(at).DateTime) : null;
                var since = last ?? c.OpenedOn;
                return new QuietCase(c.Id, c.Number, c.ClientId, c.ClientName ?? string.Empty, c.WorkerName, last, today.DayNumber - since.DayNumber);
            })
            .Where(c => c.Days >= days)
            .OrderByDescending(c => c.Days).ThenBy(c => c.CaseNumber, StringComparer.Ordinal)
            .ToList();
        return new Board(allInScope ? Manager : Worker, today, days, overdue, quiet);
    }
}
