using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Reporting;

namespace SocialServices.Web.Pages.Reports;

/// <summary>The annual report as a Latvian PDF (a draft is marked as one). Managers and auditors; every export is audited.</summary>
public sealed class PdfModel(AnnualReports reports, AnnualReportPdfBuilder pdf, AppDbContext db, OrganisationInfo organisation, AuditLog audit, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var organisationId = await organisation.IdAsync(ct);
        var view = await reports.LoadAsync(id, organisationId, ct);
        if (view is null)
        {
            return NotFound();
        }

        var details = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => "Reģ. Nr. " + o.RegistrationNumber + (o.Address == null ? "" : ", " + o.Address)).FirstAsync(ct);
        var now = clock.GetUtcNow();
        var bytes = pdf.Compose(view, details, User.FullName(), now);
        await audit.WriteAsync(AuditActions.AnnualReportExport, "AnnualReport", id.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"contract={view.Contract.Number}; year={view.Report.Year}; version={view.Report.VersionNumber}; status={view.Report.Status}"), ct: ct);
        var name = string.Create(CultureInfo.InvariantCulture, $"gada-parskats-{view.Report.Year}-v{view.Report.VersionNumber}{(view.Report.IsDraft ? "-melnraksts" : "")}.pdf");
        return File(bytes, "application/pdf", name);
    }
}
