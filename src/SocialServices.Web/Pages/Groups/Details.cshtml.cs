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
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Groups;

/// <summary>
/// A group with its members and the programme's waiting list; a manager places waiting clients into the group while it
/// has room. Names are shown only for clients in the user's scope; the page view is audited as a list.
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

    public sealed record GroupView(int Id, int ServiceId, string ProgrammeCode, string ProgrammeName, string Name, DateOnly StartsOn, DateOnly? EndsOn, int Capacity, string? Location,
        IReadOnlyList<Member> Members, IReadOnlyList<Member> Waiting, int HiddenMembers)
    {
        public bool HasRoom => Members.Count + HiddenMembers < Capacity;
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public async Task<GroupView?> LoadAsync(int id, ClaimsPrincipal user, CancellationToken ct)
        {
            var group = await db.ProgrammeGroups.AsNoTracking().Where(g => g.Id == id)
                .Select(g => new { g.Id, g.ServiceId, Code = db.Services.Where(s => s.Id == g.ServiceId).Select(s => s.Code).First(), Programme = db.Services.Where(s => s.Id == g.ServiceId).Select(s => s.Name).First(), g.Name, g.StartsOn, g.EndsOn, g.Capacity, g.Location })
                .FirstOrDefaultAsync(ct);
            if (group is null)
            {
                return null;
            }

            var visible = scope.Clients(user).Select(c => c.Id);
            var rows = await db.GroupEnrolments.AsNoTracking()
                .Where(e => (e.GroupId == id && e.Status == EnrolmentStatus.Enrolled) || (e.ServiceId == group.ServiceId && e.Status == EnrolmentStatus.WaitingList))
                .OrderBy(e => e.EnrolledOn).ThenBy(e => e.Id)
                .Select(e => new
                {
                    e.Id,
                    e.ClientId,
                    e.Status,
                    e.EnrolledOn,
                    e.ApplicationId,
                    Visible = visible.Contains(e.ClientId),
                    Name = db.Clients.Where(c => c.Id == e.ClientId).Select(c => c.LastName + " " + c.FirstName).FirstOrDefault(),
                    Number = db.Applications.Where(a => a.Id == e.ApplicationId).Select(a => a.Number).FirstOrDefault(),
                })
                .ToListAsync(ct);
            var shown = rows.Where(r => r.Visible).Select(r => new { r.Status, Member = new Member(r.Id, r.ClientId, r.Name, r.EnrolledOn, r.Number, r.ApplicationId) }).ToList();
            await audit.WriteAsync(AuditActions.GroupRead, "ProgrammeGroup", id.ToString(CultureInfo.InvariantCulture), "clients=" + shown.Count.ToString(CultureInfo.InvariantCulture), ct: ct);
            return new GroupView(group.Id, group.ServiceId, group.Code, group.Programme, group.Name, group.StartsOn, group.EndsOn, group.Capacity, group.Location,
                shown.Where(s => s.Status == EnrolmentStatus.Enrolled).Select(s => s.Member).OrderBy(m => m.ClientName, StringComparer.Create(CultureInfo.GetCultureInfo(Cultures.Latvian), false)).ToList(),
                shown.Where(s => s.Status == EnrolmentStatus.WaitingList).Select(s => s.Member).ToList(),
                rows.Count(r => !r.Visible && r.Status == EnrolmentStatus.Enrolled));
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
            if (members >= group.Capacity)
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
