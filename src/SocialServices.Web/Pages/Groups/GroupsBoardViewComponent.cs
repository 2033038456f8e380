using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Groups;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Groups;

/// <summary>
/// The groups part of the start page. A specialist (or worker) sees the sessions of the groups they lead in the next
/// seven days, each with its attendance register; a manager sees the groups running now with their places. Both see the
/// groups that have ended while members still wait for their end-of-group evaluation. No client names are shown.
/// </summary>
public sealed class GroupsBoardViewComponent(AppDbContext db, TimeProvider clock) : ViewComponent
{
    public sealed record SessionRow(int SessionId, int GroupId, string GroupName, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string? Room, bool Held);

    public sealed record GroupRow(int GroupId, string GroupName, DateOnly StartsOn, DateOnly? EndsOn, int Members, int Capacity, int NotEvaluated);

    public sealed record Model(string Board, IReadOnlyList<SessionRow> Upcoming, IReadOnlyList<GroupRow> Running, IReadOnlyList<GroupRow> AwaitingEvaluation);

    public async Task<IViewComponentResult> InvokeAsync(string board)
    {
        var user = HttpContext.User;
        var ct = HttpContext.RequestAborted;
        var manager = board == "manager" && user.IsInRole(Roles.ServiceManager);
        if (!manager && !(board == "specialist" && (user.IsInRole(Roles.Specialist) || user.IsInRole(Roles.SocialWorker))))
        {
            return Content(string.Empty);
        }

        var me = user.UserId() ?? string.Empty;
        var today = CaseData.Today(clock);
        var groups = manager ? db.ProgrammeGroups.AsNoTracking() : db.ProgrammeGroups.AsNoTracking().Where(g => db.GroupLeaders.Any(l => l.GroupId == g.Id && l.UserId == me));
        var rows = await groups.Select(g => new
        {
            g.Id,
            g.Name,
            g.StartsOn,
            g.EndsOn,
            g.Capacity,
            Members = db.GroupEnrolments.Count(e => e.GroupId == g.Id && e.Status == EnrolmentStatus.Enrolled),
            NotEvaluated = db.GroupEnrolments.Count(e => e.GroupId == g.Id && e.Status != EnrolmentStatus.WaitingList && !db.GroupMemberEvaluations.Any(v => v.EnrolmentId == e.Id)),
            Sessions = db.GroupSessions.Where(s => s.GroupId == g.Id).Select(s => new { s.Date, Cancelled = s.Status == SessionStatus.Cancelled, s.AttendanceRecorded }).ToList(),
        }).ToListAsync(ct);
        var ended = rows.Where(r => GroupEnd.HasEnded(r.Sessions.Select(s => (s.Date, s.Cancelled, s.AttendanceRecorded)), r.EndsOn, today)).ToList();
        var awaiting = ended.Where(r => r.NotEvaluated > 0 && r.EndsOn >= today.AddYears(-1))
            .OrderBy(r => r.EndsOn).Select(r => new GroupRow(r.Id, r.Name, r.StartsOn, r.EndsOn, r.Members, r.Capacity, r.NotEvaluated)).ToList();
        var running = manager
            ? rows.Where(r => r.StartsOn <= today && !ended.Contains(r)).OrderBy(r => r.StartsOn).Select(r => new GroupRow(r.Id, r.Name, r.StartsOn, r.EndsOn, r.Members, r.Capacity, r.NotEvaluated)).ToList()
            : [];
        var ids = rows.Select(r => r.Id).ToList();
        var until = today.AddDays(7);
        var upcoming = manager
            ? []
            : await db.GroupSessions.AsNoTracking().Where(s => ids.Contains(s.GroupId) && s.Status == SessionStatus.Planned && s.Date >= today && s.Date <= until)
                .OrderBy(s => s.Date).ThenBy(s => s.StartsAt)
                .Select(s => new SessionRow(s.Id, s.GroupId, db.ProgrammeGroups.Where(g => g.Id == s.GroupId).Select(g => g.Name).First(), s.Date, s.StartsAt, s.EndsAt, s.Room, s.AttendanceRecorded))
                .ToListAsync(ct);
        if (upcoming.Count == 0 && running.Count == 0 && awaiting.Count == 0)
        {
            return Content(string.Empty);
        }

        return View("/Pages/Groups/_GroupsBoard.cshtml", new Model(manager ? "manager" : "specialist", upcoming, running, awaiting));
    }
}
