using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages;

/// <summary>
/// The start page: one panel per role the user holds. Social workers, specialists and managers get their boards
/// (cases, monitoring due, recently viewed; caseloads and unassigned cases), every query starting from <see cref="AccessScope"/>.
/// </summary>
public sealed class IndexModel(IndexModel.Handler handler) : PageModel
{
    /// <summary>How many rows a board list shows at most.</summary>
    public const int BoardLimit = 100;

    /// <summary>How many recently viewed clients and cases the board shows.</summary>
    public const int RecentLimit = 10;

    /// <summary>"Recently opened" on the manager's caseload table means within this many days.</summary>
    public const int RecentDays = 30;

    public Dashboard Data { get; private set; } = new([], DateOnly.MinValue, null, null, null, null, null);

    public async Task OnGetAsync(CancellationToken ct) => Data = await handler.LoadAsync(User, ct);

    public sealed record Dashboard(IReadOnlyList<string> Roles, DateOnly Today, UserCounts? Users, AuditCounts? Audit, WorkerBoard? Worker, SpecialistBoard? Specialist, ManagerBoard? Manager);

    public sealed record UserCounts(int Active, int Deactivated, int LockedOut);

    public sealed record AuditCounts(int Today, DateTimeOffset? LastAt);

    public sealed record CaseRow(int Id, string Number, int ClientId, string ClientName, CaseStatus Status, DateOnly OpenedOn, int DaysOpen, DateOnly? MonitoringOn);

    public sealed record RecentItem(int ClientId, string ClientName, int? CaseId, string? Number, DateTimeOffset At);

    public sealed record WorkerBoard(IReadOnlyList<CaseRow> OpenCases, int OpenCount, IReadOnlyList<CaseRow> MonitoringDue, IReadOnlyList<RecentItem> Recent, Applications.BoardModel.Board OverdueApplications);

    public sealed record SpecialistBoard(IReadOnlyList<CaseRow> TeamCases, IReadOnlyList<RecentItem> Recent);

    public sealed record CaseloadRow(string WorkerId, string WorkerName, int OpenCases, int OpenedRecently, bool Active);

    public sealed record ManagerBoard(IReadOnlyList<CaseloadRow> Caseload, IReadOnlyList<CaseRow> Unassigned, int UnassignedCount, int UnreviewedEmergencyAccesses, Applications.BoardModel.Board Deadlines);

    public sealed class Handler(AppDbContext db, AccessScope scope, TimeProvider clock, Applications.BoardModel.Handler deadlines)
    {
        public async Task<Dashboard> LoadAsync(ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(user);
            var roles = Identity.Roles.All.Where(user.IsInRole).ToList();
            UserCounts? users = null;
            AuditCounts? audit = null;
            var now = clock.GetUtcNow();
            var today = CaseData.Today(clock);
            if (user.IsInRole(Identity.Roles.Administrator))
            {
                var all = await db.Users.AsNoTracking().Select(u => new { u.IsActive, u.LockoutEnd }).ToListAsync(ct);
                users = new UserCounts(all.Count(u => u.IsActive), all.Count(u => !u.IsActive), all.Count(u => u.LockoutEnd > now));
            }

            if (user.IsInRole(Identity.Roles.Administrator) || user.IsInRole(Identity.Roles.Auditor))
            {
                var since = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
                var todayCount = await db.AuditEntries.CountAsync(a => a.At >= since, ct);
                var last = await db.AuditEntries.OrderByDescending(a => a.Id).Select(a => (DateTimeOffset?)a.At).FirstOrDefaultAsync(ct);
                audit = new AuditCounts(todayCount, last);
            }

            var worker = user.IsInRole(Identity.Roles.SocialWorker) ? await WorkerAsync(user, today, ct) : null;
            var specialist = user.IsInRole(Identity.Roles.Specialist) ? await SpecialistAsync(user, today, ct) : null;
            var manager = user.IsInRole(Identity.Roles.ServiceManager) ? await ManagerAsync(user, today, ct) : null;
            return new Dashboard(roles, today, users, audit, worker, specialist, manager);
        }

        private async Task<WorkerBoard> WorkerAsync(ClaimsPrincipal user, DateOnly today, CancellationToken ct)
        {
            var me = user.UserId();
            var mine = scope.Cases(user).Where(c => c.ResponsibleWorkerId == me && !c.IsArchived);
            var open = mine.Where(c => c.Status == CaseStatus.Open);
            var openCount = await open.CountAsync(ct);
            var openCases = await RowsAsync(open.OrderBy(c => c.OpenedOn).ThenBy(c => c.Id), today, ct);
            var due = await RowsAsync(
                mine.Where(c => c.Status == CaseStatus.Closed && c.MonitoringOn != null && c.MonitoringOn <= today).OrderBy(c => c.MonitoringOn).ThenBy(c => c.Id),
                today,
                ct);
            var overdue = await deadlines.LoadAsync(user, new Applications.BoardModel.BoardFilter(null, me, OnlyOverdue: true), ct);
            return new WorkerBoard(openCases, openCount, due, await RecentAsync(user, ct), overdue);
        }

        private async Task<SpecialistBoard> SpecialistAsync(ClaimsPrincipal user, DateOnly today, CancellationToken ct)
        {
            var me = user.UserId();
            var team = scope.Cases(user)
                .Where(c => !c.IsArchived && c.Team.Any(t => t.UserId == me && t.RemovedAt == null))
                .OrderBy(c => c.Status == CaseStatus.Open ? 0 : 1).ThenByDescending(c => c.OpenedOn).ThenBy(c => c.Id);
            return new SpecialistBoard(await RowsAsync(team, today, ct), await RecentAsync(user, ct));
        }

        private async Task<ManagerBoard> ManagerAsync(ClaimsPrincipal user, DateOnly today, CancellationToken ct)
        {
            var open = scope.Cases(user).Where(c => c.Status == CaseStatus.Open && !c.IsArchived);
            var since = today.AddDays(-RecentDays);
            var counts = await open.Where(c => c.ResponsibleWorkerId != null)
                .GroupBy(c => c.ResponsibleWorkerId!)
                .Select(g => new { WorkerId = g.Key, Open = g.Count(), Recent = g.Count(c => c.OpenedOn > since) })
                .ToListAsync(ct);
            var workers = await CaseData.ActiveStaffAsync(db, CaseData.WorkerRoles, ct);
            var others = await CaseData.UserNamesAsync(db, counts.Select(c => c.WorkerId).Where(id => workers.All(w => w.Id != id)), ct);
            var rows = workers.Select(w => (w.Id, w.Name, Active: true))
                .Concat(others.Select(o => (Id: o.Key, Name: o.Value, Active: false)))
                .Select(w =>
                {
                    var count = counts.FirstOrDefault(c => c.WorkerId == w.Id);
                    return new CaseloadRow(w.Id, w.Name, count?.Open ?? 0, count?.Recent ?? 0, w.Active);
                })
                .OrderByDescending(r => r.OpenCases).ThenBy(r => r.WorkerName, StringComparer.CurrentCulture)
                .ToList();
            var unassigned = open.Where(c => c.ResponsibleWorkerId == null);
            var unassignedCount = await unassigned.CountAsync(ct);
            var unassignedRows = await RowsAsync(unassigned.OrderBy(c => c.OpenedOn).ThenBy(c => c.Id), today, ct);
            var unreviewed = await db.EmergencyAccesses.CountAsync(e => e.ReviewedAt == null, ct);
            // The deadline board is the manager's start page (issue 4).
            var board = await deadlines.LoadAsync(user, new Applications.BoardModel.BoardFilter(null, null, OnlyOverdue: false), ct);
            return new ManagerBoard(rows, unassignedRows, unassignedCount, unreviewed, board);
        }

        private async Task<IReadOnlyList<CaseRow>> RowsAsync(IQueryable<CaseFile> cases, DateOnly today, CancellationToken ct)
        {
            var rows = await cases.AsNoTracking().Take(BoardLimit).Select(c => new
            {
                c.Id,
                c.Number,
                c.ClientId,
                ClientName = db.Clients.Where(k => k.Id == c.ClientId).Select(k => k.FirstName + " " + k.LastName).FirstOrDefault(),
                c.Status,
                c.OpenedOn,
                c.MonitoringOn,
            }).ToListAsync(ct);
            return rows.Select(r => new CaseRow(r.Id, r.Number, r.ClientId, r.ClientName ?? string.Empty, r.Status, r.OpenedOn, Math.Max(0, today.DayNumber - r.OpenedOn.DayNumber), r.MonitoringOn)).ToList();
        }

        /// <summary>The user's own last views of client and case pages (from the audit log), distinct, newest first, still in scope.</summary>
        private async Task<IReadOnlyList<RecentItem>> RecentAsync(ClaimsPrincipal user, CancellationToken ct)
        {
            var me = user.UserId();
            var entries = await db.AuditEntries.AsNoTracking()
                .Where(a => a.ActorId == me && (a.Action == AuditActions.ClientRead || a.Action == AuditActions.CaseRead) && a.ClientId != null)
                .OrderByDescending(a => a.Id)
                .Take(200)
                .Select(a => new { ClientId = a.ClientId!.Value, a.CaseFileId, a.At })
                .ToListAsync(ct);
            var distinct = entries.GroupBy(e => (e.ClientId, e.CaseFileId)).Select(g => g.First()).ToList();
            var clientIds = distinct.Select(e => e.ClientId).Distinct().ToList();
            var caseIds = distinct.Where(e => e.CaseFileId is not null).Select(e => e.CaseFileId!.Value).Distinct().ToList();
            var clients = await scope.Clients(user).AsNoTracking().Where(c => clientIds.Contains(c.Id))
                .Select(c => new { c.Id, Name = c.FirstName + " " + c.LastName }).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
            var cases = await scope.Cases(user).AsNoTracking().Where(c => caseIds.Contains(c.Id))
                .Select(c => new { c.Id, c.Number }).ToDictionaryAsync(c => c.Id, c => c.Number, ct);
            return distinct
                .Where(e => clients.ContainsKey(e.ClientId) && (e.CaseFileId is null || cases.ContainsKey(e.CaseFileId.Value)))
                .Take(RecentLimit)
                .Select(e => new RecentItem(e.ClientId, clients[e.ClientId], e.CaseFileId, e.CaseFileId is { } id ? cases[id] : null, e.At))
                .ToList();
        }
    }
}
