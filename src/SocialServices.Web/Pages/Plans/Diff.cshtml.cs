using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Plans;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Plans;

/// <summary>The differences between two revisions of a case's plan (fields, list items, goals and tasks); audited as a read.</summary>
public sealed class DiffModel(DiffModel.Handler handler) : PageModel
{
    public View Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int caseId, int? from, int? to, CancellationToken ct)
    {
        var data = await handler.LoadAsync(caseId, from, to, User, ct);
        if (data is null)
        {
            return NotFound();
        }

        Data = data;
        return Page();
    }

    public sealed record View(CaseSummary Case, CasePlan Plan, PlanDiff Diff);

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit)
    {
        /// <summary>Without a choice: the revision in force against the one before it.</summary>
        public async Task<View?> LoadAsync(int caseId, int? from, int? to, ClaimsPrincipal user, CancellationToken ct)
        {
            var summary = await CaseData.SummaryAsync(scope, db, user, caseId, ct);
            var plan = summary is null ? null : await PlanData.LoadAsync(db, scope, user, caseId, tracked: false, ct);
            if (summary is null || plan is null)
            {
                return null;
            }

            var after = plan.Revisions.FirstOrDefault(r => r.Number == (to ?? plan.CurrentRevisionNumber));
            var before = plan.Revisions.FirstOrDefault(r => r.Number == (from ?? Math.Max(1, (after?.Number ?? 1) - 1)));
            if (before is null || after is null)
            {
                return null;
            }

            await audit.WriteForClientAsync(AuditActions.PlanRead, summary.ClientId, summary.Id, $"plan={plan.Id}; compare={before.Number}-{after.Number}", ct: ct);
            return new View(summary, plan, PlanDiff.Compare(before, after));
        }
    }
}
