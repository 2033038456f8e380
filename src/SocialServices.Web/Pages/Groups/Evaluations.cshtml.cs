using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Groups;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Groups;

/// <summary>
/// The end-of-group evaluations of a group (002 §11.1.2): each member with attendance (x of n held sessions), the
/// evaluation in force and its earlier versions. Leaders and managers write them once the group has ended; managers
/// and auditors print them all as one PDF. Every member shown is an audited read.
/// </summary>
public sealed class EvaluationsModel(EvaluationsModel.Handler handler) : PageModel
{
    public EvaluationsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var rights = await GroupAccess.RightsAsync(handler.Db, id, User, ct);
        var view = await handler.LoadAsync(id, rights, ct);
        if (view is null)
        {
            return NotFound();
        }

        if (!rights.ReadsEvaluations)
        {
            return Forbid();
        }

        View = view;
        return Page();
    }

    public sealed record EvaluationsView(int GroupId, string GroupName, string Programme, DateOnly StartsOn, DateOnly? EndsOn, bool HasEnded, int Held,
        IReadOnlyList<GroupMemberRow> Members, IReadOnlyDictionary<int, IReadOnlyList<Domain.Groups.GroupMemberEvaluation>> History, GroupRights Rights);

    public sealed class Handler(AppDbContext db, AuditLog audit, TimeProvider clock)
    {
        public AppDbContext Db => db;

        public async Task<EvaluationsView?> LoadAsync(int id, GroupRights rights, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(rights);
            var group = await db.ProgrammeGroups.AsNoTracking().Where(g => g.Id == id)
                .Select(g => new { g.Id, g.Name, g.StartsOn, g.EndsOn, Programme = db.Services.Where(s => s.Id == g.ServiceId).Select(s => s.Code + " " + s.Name).First() })
                .FirstOrDefaultAsync(ct);
            if (group is null || !rights.ReadsEvaluations)
            {
                return group is null ? null : new EvaluationsView(group.Id, group.Name, group.Programme, group.StartsOn, group.EndsOn, false, 0, [], new Dictionary<int, IReadOnlyList<Domain.Groups.GroupMemberEvaluation>>(), rights);
            }

            var members = await GroupEvaluationData.MembersAsync(db, id, ct);
            var history = (await db.GroupMemberEvaluations.AsNoTracking().Where(e => e.GroupId == id).OrderByDescending(e => e.VersionNumber).ToListAsync(ct))
                .GroupBy(e => e.EnrolmentId).ToDictionary(g => g.Key, g => (IReadOnlyList<Domain.Groups.GroupMemberEvaluation>)g.ToList());
            foreach (var member in members)
            {
                audit.AddForClient(AuditActions.GroupEvaluationRead, member.ClientId, member.Current?.CaseFileId, "group=" + id.ToString(CultureInfo.InvariantCulture));
            }

            await db.SaveChangesAsync(ct);
            var ended = await GroupAccess.HasEndedAsync(db, id, group.EndsOn, CaseData.Today(clock), ct);
            return new EvaluationsView(group.Id, group.Name, group.Programme, group.StartsOn, group.EndsOn, ended, await GroupEvaluationData.HeldAsync(db, id, ct), members, history, rights);
        }
    }
}
