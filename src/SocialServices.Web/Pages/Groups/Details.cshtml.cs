using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Groups;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Groups;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Groups;

/// <summary>
/// A group: its leaders, place, schedule (each session with its state; cancelled ones struck through with the
/// reason), members and the programme's waiting list. A manager places waiting clients while the group has room;
/// managers and the group's leaders edit sessions and let members leave. Names are shown for clients in the user's
/// scope, and to the group's leaders; the page view is audited as a list.
/// </summary>
public sealed class DetailsModel(DetailsModel.Handler handler, IStringLocalizer<SharedResource> t) : PageModel
{
    public GroupView Group { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var view = await handler.LoadAsync(id, User, ct);
        if (view is null)
        {
            return NotFound();
        }

        Group = view;
        return Page();
    }

    public async Task<IActionResult> OnPostPlaceAsync(int id, int enrolmentId, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.ServiceManager))
        {
            return Forbid();
        }

        var result = await handler.PlaceAsync(id, enrolmentId, User, ct);
        if (result is null)
        {
            return NotFound();
        }

        TempData["StatusMessage"] = result.Value ? t["Groups.Placed"].Value : t["Groups.Full"].Value;
        return RedirectToPage(new { id });
    }

    public sealed record Member(int EnrolmentId, int ClientId, string? ClientName, DateOnly EnrolledOn, string? ApplicationNumber, int? ApplicationId);

    public sealed record FormerMember(int EnrolmentId, int ClientId, string? ClientName, DateOnly EnrolledOn, DateOnly? LeftOn, string? Reason);

    public sealed record Session(int Id, int Number, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string? Room, bool Cancelled, string? CancelReason, bool Held);

    public sealed record GroupView(int Id, int ServiceId, string ProgrammeCode, string ProgrammeName, string Name, DateOnly StartsOn, DateOnly? EndsOn, int Capacity, string? Location, string? Room,
        IReadOnlyList<string> Leaders, SchedulePattern? Pattern, string? SkipDates, IReadOnlyList<Session> Sessions,
        IReadOnlyList<Member> Members, IReadOnlyList<Member> Waiting, IReadOnlyList<FormerMember> Former, int HiddenMembers, GroupRights Rights, bool HasEnded)
    {
        public int MemberCount => Members.Count + HiddenMembers;

        public bool HasRoom => GroupCapacity.HasRoom(MemberCount, Capacity);
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public async Task<GroupView?> LoadAsync(int id, ClaimsPrincipal user, CancellationToken ct)
        {
            var group = await db.ProgrammeGroups.AsNoTracking().Where(g => g.Id == id)
                .Select(g => new { Group = g, Code = db.Services.Where(s => s.Id == g.ServiceId).Select(s => s.Code).First(), Programme = db.Services.Where(s => s.Id == g.ServiceId).Select(s => s.Name).First() })
                .FirstOrDefaultAsync(ct);
            if (group is null)
            {
                return null;
            }

            var g = group.Group;
            var rights = await GroupAccess.RightsAsync(db, id, user, ct);
            var visible = scope.Clients(user).Select(c => c.Id);
            var rows = await db.GroupEnrolments.AsNoTracking()
                .Where(e => e.GroupId == id || (e.ServiceId == g.ServiceId && e.Status == EnrolmentStatus.WaitingList))
                .OrderBy(e => e.EnrolledOn).ThenBy(e => e.Id)
                .Select(e => new
                {
                    e.Id,
                    e.ClientId,
                    e.Status,
                    e.EnrolledOn,
                    e.LeftOn,
                    e.LeaveReason,
                    e.ApplicationId,
                    InScope = visible.Contains(e.ClientId),
                    Name = db.Clients.Where(c => c.Id == e.ClientId).Select(c => c.LastName + " " + c.FirstName).FirstOrDefault(),
                    Number = db.Applications.Where(a => a.Id == e.ApplicationId).Select(a => a.Number).FirstOrDefault(),
                })
                .ToListAsync(ct);

            // The group's leaders see its members (not the programme's waiting list beyond their scope).
            bool Shown(EnrolmentStatus status, bool inScope) => inScope || (rights.SeesAllMembers && status != EnrolmentStatus.WaitingList);
            var shown = rows.Where(r => Shown(r.Status, r.InScope)).ToList();
            var leaders = (await GroupAccess.LeaderNamesAsync(db, [id], ct)).GetValueOrDefault(id) ?? [];
            var sessions = await db.GroupSessions.AsNoTracking().Where(s => s.GroupId == id).OrderBy(s => s.Date).ThenBy(s => s.StartsAt).ThenBy(s => s.Id)
                .Select(s => new { s.Id, s.Date, s.StartsAt, s.EndsAt, s.Room, s.Status, s.CancelReason, s.AttendanceRecorded })
                .ToListAsync(ct);
            var number = 0;
            var sessionViews = sessions.Select(s => new Session(s.Id, s.Status == SessionStatus.Cancelled ? 0 : ++number, s.Date, s.StartsAt, s.EndsAt, s.Room,
                s.Status == SessionStatus.Cancelled, s.CancelReason, s.AttendanceRecorded)).ToList();
            var today = CaseData.Today(clock);
            var ended = GroupEnd.HasEnded(sessionViews.Select(s => (s.Date, s.Cancelled, s.Held)), g.EndsOn, today);

            foreach (var clientId in shown.Where(r => r.Status != EnrolmentStatus.WaitingList && !r.InScope).Select(r => r.ClientId).Distinct())
            {
                // A leader reading the name of a member outside their case scope: one entry per client.
                audit.AddForClient(AuditActions.GroupRead, clientId, null, "group=" + id.ToString(CultureInfo.InvariantCulture) + "; as=leader");
            }

            audit.Add(AuditActions.GroupRead, "ProgrammeGroup", id.ToString(CultureInfo.InvariantCulture), "clients=" + shown.Count.ToString(CultureInfo.InvariantCulture));
            await db.SaveChangesAsync(ct);
            var latvian = StringComparer.Create(CultureInfo.GetCultureInfo(Cultures.Latvian), false);
            return new GroupView(g.Id, g.ServiceId, group.Code, group.Programme, g.Name, g.StartsOn, g.EndsOn, g.Capacity, g.Location, g.Room,
                leaders, g.Pattern, g.PatternSkipDates, sessionViews,
                shown.Where(s => s.Status == EnrolmentStatus.Enrolled).Select(r => new Member(r.Id, r.ClientId, r.Name, r.EnrolledOn, r.Number, r.ApplicationId)).OrderBy(m => m.ClientName, latvian).ToList(),
                shown.Where(s => s.Status == EnrolmentStatus.WaitingList).Select(r => new Member(r.Id, r.ClientId, r.Name, r.EnrolledOn, r.Number, r.ApplicationId)).ToList(),
                shown.Where(s => s.Status == EnrolmentStatus.Left).Select(r => new FormerMember(r.Id, r.ClientId, r.Name, r.EnrolledOn, r.LeftOn, r.LeaveReason)).OrderBy(m => m.ClientName, latvian).ToList(),
                rows.Count(r => !Shown(r.Status, r.InScope) && r.Status == EnrolmentStatus.Enrolled),
                rights, ended);
        }

        /// <summary>Places a waiting client into the group; false when the group is full; null when either is not found.</summary>
        public async Task<bool?> PlaceAsync(int id, int enrolmentId, ClaimsPrincipal user, CancellationToken ct)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Places are counted under a lock on the group row, so two managers cannot overfill it.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT id FROM programme_groups WHERE id = {id} FOR UPDATE", ct);
            var group = await db.ProgrammeGroups.FirstOrDefaultAsync(g => g.Id == id, ct);
            var visible = scope.Clients(user).Select(c => c.Id);
            var enrolment = await db.GroupEnrolments.Where(e => e.Id == enrolmentId && visible.Contains(e.ClientId)).FirstOrDefaultAsync(ct);
            if (group is null || enrolment is null || enrolment.ServiceId != group.ServiceId || enrolment.Status != EnrolmentStatus.WaitingList)
            {
                return null;
            }

            var members = await db.GroupEnrolments.CountAsync(e => e.GroupId == id && e.Status == EnrolmentStatus.Enrolled, ct);
            if (!GroupCapacity.HasRoom(members, group.Capacity))
            {
                return false;
            }

            enrolment.PlaceInGroup(id, CaseData.Today(clock));
            audit.AddForClient(AuditActions.GroupEnrol, enrolment.ClientId, null, "group=" + id.ToString(CultureInfo.InvariantCulture) + "; from=waiting-list");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
    }
}
