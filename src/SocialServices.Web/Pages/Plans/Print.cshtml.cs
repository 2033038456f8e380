using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SocialServices.Domain.Auditing;
using SocialServices.Reports.Documents;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;

namespace SocialServices.Web.Pages.Plans;

/// <summary>A revision of the plan as a plain printable page with signature lines (the same content as the PDF); audited as a read.</summary>
public sealed class PrintModel(AppDbContext db, AccessScope scope, AuditLog audit, IOptions<PlanSettings> settings, TimeProvider clock) : PageModel
{
    public PlanReport Report { get; private set; } = null!;

    public int CaseId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int caseId, int? revision, CancellationToken ct)
    {
        var data = await PlanReportData.BuildAsync(db, scope, User, caseId, revision, settings.Value, clock, ct);
        if (data is null)
        {
            return NotFound();
        }

        (Report, var clientId, var planId) = data.Value;
        CaseId = caseId;
        await audit.WriteForClientAsync(AuditActions.PlanRead, clientId, caseId, $"page=print; plan={planId}; revision={Report.RevisionNumber}", ct: ct);
        return Page();
    }
}
