using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Groups;
using SocialServices.Web.Access;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Attendance;

/// <summary>
/// Where attendance starts: the sessions of the last weeks up to today of the groups the user leads (every group for
/// managers and auditors), registers still to fill first, each linking to its register; and the way to appointments.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public const int Days = 42;

    public sealed record SessionRow(int Id, int GroupId, string GroupName, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, bool Recorded, int Members);

    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];

    public bool AllGroups { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = LatvianTime.Today(clock);
        var from = today.AddDays(-Days);
        AllGroups = AccessScope.SeesEverything(User);
        var me = User.UserId();
        var sessions = db.GroupSessions.AsNoTracking().Where(s => s.Status == SessionStatus.Planned && s.Date >= from && s.Date <= today);
        if (!AllGroups)
        {
            sessions = sessions.Where(s => db.GroupLeaders.Any(l => l.GroupId == s.GroupId && l.UserId == me));
        }

        var rows = await sessions.Join(db.ProgrammeGroups, s => s.GroupId, g => g.Id, (s, g) => new
            {
                s.Id,
                GroupId = g.Id,
                g.Name,
                s.Date,
                s.StartsAt,
                s.EndsAt,
                s.AttendanceRecorded,
                Members = db.GroupEnrolments.Count(e => e.GroupId == g.Id && e.Status == EnrolmentStatus.Enrolled),
            })
            .OrderBy(s => s.AttendanceRecorded).ThenByDescending(s => s.Date).ThenBy(s => s.StartsAt).ThenBy(s => s.Id)
            .ToListAsync(ct);
        Sessions = rows.Select(s => new SessionRow(s.Id, s.GroupId, s.Name, s.Date, s.StartsAt, s.EndsAt, s.AttendanceRecorded, s.Members)).ToList();
    }
}
