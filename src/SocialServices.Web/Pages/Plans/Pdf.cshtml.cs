using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SocialServices.Domain.Auditing;
using SocialServices.Reports.Documents;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Plans;

/// <summary>A revision of the plan as a Latvian PDF (the one in force by default). Anyone who may read the case; every export is audited.</summary>
public sealed class PdfModel(PdfModel.Handler handler, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int caseId, int? revision, CancellationToken ct)
    {
        var pdf = await handler.ExportAsync(caseId, revision, User, ct);
        if (pdf is null)
        {
            return NotFound();
        }

        return File(pdf.Value.Pdf, "application/pdf", $"plans-{pdf.Value.Name}-{LatvianTime.Today(clock):yyyy-MM-dd}.pdf");
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, IOptions<PlanSettings> settings, TimeProvider clock)
    {
        public async Task<(byte[] Pdf, string Name)?> ExportAsync(int caseId, int? revision, ClaimsPrincipal user, CancellationToken ct)
        {
            var data = await PlanReportData.BuildAsync(db, scope, user, caseId, revision, settings.Value, clock, ct);
            if (data is null)
            {
                return null;
            }

            var (report, clientId, planId) = data.Value;
            var pdf = PlanDocument.Compose(report);
            await audit.WriteForClientAsync(AuditActions.PlanExport, clientId, caseId, $"plan={planId}; revision={report.RevisionNumber}", ct: ct);
            return (pdf, report.CaseNumber.Replace('/', '-') + "-" + report.RevisionNumber);
        }
    }
}
