using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Reports.Documents;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Groups;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Groups;

/// <summary>All end-of-group evaluations of a group as one PDF (002 §11.1.2): managers and auditors. Audited per client.</summary>
public sealed class EvaluationsPdfModel(EvaluationsPdfModel.Handler handler, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await handler.Db.ProgrammeGroups.AnyAsync(g => g.Id == id, ct))
        {
            return NotFound();
        }

        var rights = await GroupAccess.RightsAsync(handler.Db, id, User, ct);
        if (!rights.IsManager && !rights.IsAuditor)
        {
            return Forbid();
        }

        var pdf = await handler.ExportAsync(id, User, ct);
        return pdf is null ? NotFound() : File(pdf, "application/pdf", $"grupa-{id.ToString(CultureInfo.InvariantCulture)}-izvertejumi-{LatvianTime.Today(clock):yyyy-MM-dd}.pdf");
    }

    public sealed class Handler(AppDbContext db, AuditLog audit, TimeProvider clock)
    {
        public AppDbContext Db => db;

        public async Task<byte[]?> ExportAsync(int id, ClaimsPrincipal user, CancellationToken ct)
        {
            var data = await GroupReportData.EvaluationsAsync(db, id, user, clock.GetUtcNow(), ct);
            if (data is null)
            {
                return null;
            }

            var pdf = GroupEvaluationsDocument.Compose(data.Value.Report);
            foreach (var member in data.Value.Members)
            {
                audit.AddForClient(AuditActions.GroupEvaluationsExport, member.ClientId, member.Current?.CaseFileId,
                    "group=" + id.ToString(CultureInfo.InvariantCulture) + (member.Current is null ? "; not-evaluated" : string.Empty));
            }

            audit.Add(AuditActions.GroupEvaluationsExport, "ProgrammeGroup", id.ToString(CultureInfo.InvariantCulture), "members=" + data.Value.Members.Count.ToString(CultureInfo.InvariantCulture));
            await db.SaveChangesAsync(ct);
            return pdf;
        }
    }
}
