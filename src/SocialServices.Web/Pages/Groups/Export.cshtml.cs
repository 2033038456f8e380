using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialServices.Domain.Auditing;
using SocialServices.Reports.Documents;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Groups;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Groups;

/// <summary>
/// A group's programme and schedule for the municipality (002 §11.1.1): PDF, or CSV for Latvian Excel (UTF-8 with BOM,
/// semicolons). No client names are in it. Anyone who may open groups; every export is audited.
/// </summary>
public sealed class ExportModel(ExportModel.Handler handler, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string? format, CancellationToken ct)
    {
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && format is not null && !string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase))
        {
            return NotFound();
        }

        var file = await handler.ExportAsync(id, csv, User, ct);
        if (file is null)
        {
            return NotFound();
        }

        var name = $"grupa-{id.ToString(CultureInfo.InvariantCulture)}-grafiks-{LatvianTime.Today(clock):yyyy-MM-dd}";
        return csv ? File(file, "text/csv; charset=utf-8", name + ".csv") : File(file, "application/pdf", name + ".pdf");
    }

    public sealed class Handler(AppDbContext db, AuditLog audit, TimeProvider clock)
    {
        public async Task<byte[]?> ExportAsync(int id, bool csv, ClaimsPrincipal user, CancellationToken ct)
        {
            var report = await GroupReportData.ScheduleAsync(db, id, user, clock.GetUtcNow(), ct);
            if (report is null)
            {
                return null;
            }

            var file = csv ? GroupScheduleDocument.Csv(report) : GroupScheduleDocument.Compose(report);
            await audit.WriteAsync(AuditActions.GroupExport, "ProgrammeGroup", id.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"format={(csv ? "csv" : "pdf")}; sessions={report.Sessions.Count}"), ct: ct);
            return file;
        }
    }
}
