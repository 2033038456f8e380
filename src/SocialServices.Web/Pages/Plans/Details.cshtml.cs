using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Plans;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Plans;

/// <summary>
/// The plan of a case: any revision (the one in force by default) with the task statuses from delivery records,
/// the client's agreement, the list of revisions and the choice of two to compare. Every view is audited.
/// </summary>
public sealed class DetailsModel(DetailsModel.Handler handler, TimeProvider clock) : PageModel
{
    public View Data { get; private set; } = null!;

    public DateOnly Today => LatvianTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(int caseId, int? revision, CancellationToken ct)
    {
        var data = await handler.LoadAsync(caseId, revision, User, ct);
        if (data is null)
        {
            return NotFound();
        }

        Data = data;
        return Page();
    }

    /// <summary>The page: the case, the plan (null when the case has none yet), the revision shown, and the task statuses.</summary>
    public sealed record View(CaseSummary Case, CasePlan? Plan, PlanRevision? Revision, IReadOnlyDictionary<Guid, TaskStatusView> Statuses)
    {
        public bool CanChange => Case.CanEdit && Case.IsOpen && !Case.IsArchived;
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit)
    {
        public async Task<View?> LoadAsync(int caseId, int? revisionNumber, ClaimsPrincipal user, CancellationToken ct)
        {
            var summary = await CaseData.SummaryAsync(scope, db, user, caseId, ct);
            if (summary is null)
            {
                return null;
            }

            var plan = await PlanData.LoadAsync(db, scope, user, caseId, tracked: false, ct);
            if (plan is null)
            {
                if (revisionNumber is not null)
                {
                    return null;
                }

                await audit.WriteForClientAsync(AuditActions.PlanRead, summary.ClientId, summary.Id, "plan=none", ct: ct);
                return new View(summary, null, null, new Dictionary<Guid, TaskStatusView>());
            }

            var revision = revisionNumber is { } n ? plan.Revisions.FirstOrDefault(r => r.Number == n) : plan.Current;
            if (revision is null)
            {
                return null;
            }

            var statuses = await PlanData.TaskStatusesAsync(db, caseId, ct);
            await audit.WriteForClientAsync(AuditActions.PlanRead, summary.ClientId, summary.Id, $"plan={plan.Id}; revision={revision.Number}", ct: ct);
            return new View(summary, plan, revision, statuses);
        }
    }
}
