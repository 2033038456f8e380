using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Pages.Cases;

/// <summary>
/// The case page: header, closure, the history of responsible workers and the timeline (newest entry first, a page of
/// <see cref="TimelinePageSize"/> entries at a time; "show earlier" continues below the last entry shown).
/// Every view is written to the audit log; a case outside the user's scope is "not found".
/// </summary>
public sealed class DetailsModel(DetailsModel.Handler handler) : PageModel
{
    public const int TimelinePageSize = 50;

    public View Data { get; private set; } = null!;

    /// <summary>The timeline entry below which this page of the timeline starts (null: the newest entries).</summary>
    [BindProperty(SupportsGet = true, Name = "before")] public long? Before { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var data = await handler.LoadAsync(id, User, ct, Before);
        if (data is null)
        {
            return NotFound();
        }

        Data = data;
        return Page();
    }

    public sealed record AssignmentView(string WorkerName, DateTimeOffset From, DateTimeOffset? Until, string? Reason, string? EndReason, string AssignedByName);

    public sealed record EventView(long Id, DateTimeOffset At, CaseEventKind Kind, string Text, string ActorName, string? SubjectName);

    /// <summary>A service the client receives in this case (from a granted application), or a programme they are enrolled in.</summary>
    public sealed record ServiceView(string ServiceName, DateOnly Start, DateOnly? PlannedEnd, string? Provider, DateOnly? EndedOn, string? GroupName, bool WaitingList, int? ApplicationId);

    /// <param name="EarlierFrom">The last entry shown when the timeline has earlier entries (the "show earlier" link starts below it).</param>
    /// <param name="IsEarlierPage">True when this page shows earlier entries, not the newest.</param>
    public sealed record View(CaseSummary Case, IReadOnlyList<AssignmentView> Assignments, IReadOnlyList<EventView> Timeline, bool CanReassign, bool CanRestore, IReadOnlyList<ServiceView> Services,
        long? EarlierFrom = null, bool IsEarlierPage = false);

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit)
    {
        /// <param name="before">The id of a timeline entry of this case: only entries older than it are shown (null: the newest).</param>
        public async Task<View?> LoadAsync(int id, ClaimsPrincipal user, CancellationToken ct, long? before = null)
        {
            var summary = await CaseData.SummaryAsync(scope, db, user, id, ct);
            if (summary is null)
            {
                return null;
            }

            var assignments = await db.CaseAssignments.AsNoTracking().Where(a => a.CaseFileId == id).OrderBy(a => a.From).ThenBy(a => a.Id).ToListAsync(ct);
            var timeline = db.CaseEvents.AsNoTracking().Where(e => e.CaseFileId == id);
            if (before is { } beforeId)
            {
                // Keyset paging in the timeline's order (time, then id, newest first); an id of another case shows the newest.
                var from = db.CaseEvents.Where(b => b.Id == beforeId && b.CaseFileId == id);
                timeline = timeline.Where(e => !from.Any() || from.Any(b => e.At < b.At || (e.At == b.At && e.Id < b.Id)));
            }

            var events = await timeline.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(TimelinePageSize + 1).ToListAsync(ct);
            var hasEarlier = events.Count > TimelinePageSize;
            if (hasEarlier)
            {
                events.RemoveAt(TimelinePageSize);
            }

            var names = await CaseData.UserNamesAsync(db, assignments.Select(a => a.WorkerId).Concat(assignments.Select(a => a.AssignedById)).Concat(events.Select(e => e.SubjectUserId)), ct);
            string Name(string? userId) => userId is null ? string.Empty : names.GetValueOrDefault(userId, userId);

            await audit.WriteForClientAsync(AuditActions.CaseRead, summary.ClientId, summary.Id, ct: ct);

            var episodes = await db.ServiceEpisodes.AsNoTracking().Where(e => e.CaseFileId == id)
                .Select(e => new ServiceView(db.Services.Where(s => s.Id == e.ServiceId).Select(s => s.Name).First(), e.StartOn, e.PlannedEnd, e.Provider, e.EndedOn, null, false, e.ApplicationId))
                .ToListAsync(ct);
            var programmes = await db.GroupEnrolments.AsNoTracking()
                .Where(e => e.ClientId == summary.ClientId && db.Applications.Any(a => a.Id == e.ApplicationId && a.CaseFileId == id))
                .Select(e => new ServiceView(
                    db.Services.Where(s => s.Id == e.ServiceId).Select(s => s.Code + " " + s.Name).First(),
                    e.EnrolledOn,
                    null,
                    null,
                    e.LeftOn,
                    db.ProgrammeGroups.Where(g => g.Id == e.GroupId).Select(g => g.Name).FirstOrDefault(),
                    e.Status == Domain.Groups.EnrolmentStatus.WaitingList,
                    e.ApplicationId))
                .ToListAsync(ct);

            var me = user.UserId();
            var canReassign = summary.CanEdit && !summary.IsArchived && (user.IsInRole(Roles.ServiceManager) || (me is not null && summary.ResponsibleWorkerId == me));
            return new View(
                summary,
                assignments.Select(a => new AssignmentView(Name(a.WorkerId), a.From, a.Until, a.Reason, a.EndReason, Name(a.AssignedById))).ToList(),
                events.Select(e => new EventView(e.Id, e.At, e.Kind, e.Text, e.ActorName, e.SubjectUserId is null ? null : Name(e.SubjectUserId))).ToList(),
                canReassign,
                summary.IsArchived && user.IsInRole(Roles.ServiceManager),
                episodes.Concat(programmes).OrderByDescending(s => s.Start).ToList(),
                hasEarlier ? events[^1].Id : null,
                before is not null);
        }
    }
}
