using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Community;
using SocialServices.Reports.Documents;
using SocialServices.Web.Auditing;
using SocialServices.Web.Compensation;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Audit;

namespace SocialServices.Web.Pages.Compensation.Claims;

/// <summary>
/// A claim as a Latvian PDF or CSV (UTF-8 with BOM, semicolons) for the municipality: persons by personal code, never
/// names. A draft says so. Every export is audited for the claim and each person in it.
/// </summary>
public sealed class ExportModel(Compensations compensations, AppDbContext db, OrganisationInfo organisation, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string? format, CancellationToken ct)
    {
        var organisationId = await organisation.IdAsync(ct);
        var view = await compensations.LoadAsync(User, id, organisationId, ct);
        if (view is null)
        {
            return NotFound();
        }

        // The file is Latvian whatever the interface language (it goes to the municipality).
        CultureInfo.CurrentUICulture = Cultures.LatvianCulture;
        CultureInfo.CurrentCulture = Cultures.LatvianCulture;
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        await ClaimAudit.ReadAsync(audit, db, AuditActions.ClaimExport, view, csv ? "csv" : "pdf", ct);
        var name = string.Create(CultureInfo.InvariantCulture, $"kompensacija-{view.MunicipalityCode.ToLowerInvariant()}-{view.Claim.Month:yyyy-MM}-v{view.Claim.VersionNumber}{(view.Claim.IsDraft ? "-melnraksts" : "")}");
        if (csv)
        {
            return File(Csv(view), "text/csv; charset=utf-8", name + ".csv");
        }

        var details = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => "Reģ. Nr. " + o.RegistrationNumber + (o.Address == null ? "" : ", " + o.Address)).FirstAsync(ct);
        return File(CompensationClaimDocument.Compose(Report(view, await organisation.NameAsync(ct), details, User.FullName(), clock.GetUtcNow())), "application/pdf", name + ".pdf");
    }

    /// <summary>The PDF's input, in Latvian.</summary>
    public static CompensationClaimReport Report(ClaimView view, string organisationName, string details, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new CompensationClaimReport(
            organisationName,
            details,
            by,
            at,
            view.Municipality,
            view.MunicipalityCode,
            view.Claim.Month.Year,
            view.Claim.Month.Month,
            view.Claim.VersionNumber,
            StatusText(view.Claim.Status),
            view.Claim.Reason,
            view.Claim.SubmittedByName,
            view.Claim.SubmittedAt,
            view.Content.Rows.Select(r => new CompensationClaimLine(r.Person, r.ServiceCode + " " + r.ServiceName, UnitText(r.Unit), r.Units,
                string.Join("; ", r.UnitCosts.Select(CompensationClaimDocument.Money)), r.ActualAmount, r.Amount)).ToList());
    }

    private byte[] Csv(ClaimView view)
    {
        var content = view.Content;
        var csv = new CsvFormat()
            .Line(t["Claims.Csv.Title"])
            .Line(t["Claims.Municipality"], view.Municipality, view.MunicipalityCode)
            .Line(t["Claims.Month"], view.Claim.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .Line(t["Claims.VersionColumn"], view.Claim.VersionNumber.ToString(CultureInfo.InvariantCulture), view.Claim.Reason)
            .Line(t["Claims.Status"], t["Claims.Status." + view.Claim.Status], view.Claim.SubmittedAt?.ToLatvian().ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture), view.Claim.SubmittedByName)
            .Line()
            .Line(t["Claims.Person"], t["Claims.ServiceCode"], t["Claims.Service"], t["Claims.Unit"], t["Claims.Units"], t["Claims.UnitCostEur"], t["Claims.UnitCostAmountEur"], t["Claims.ActualEur"], t["Claims.AmountEur"]);
        foreach (var r in content.Rows)
        {
            csv.Line(r.Person, r.ServiceCode, r.ServiceName, t["Compensation.Unit." + r.Unit], CompensationClaimDocument.Units(r.Units),
                string.Join("; ", r.UnitCosts.Select(CompensationClaimDocument.Money)), CompensationClaimDocument.Money(r.UnitCostAmount),
                r.ActualAmount is { } a ? CompensationClaimDocument.Money(a) : null, CompensationClaimDocument.Money(r.Amount));
        }

        csv.Line(t["Claims.Total"], null, null, null, null, null, null, null, CompensationClaimDocument.Money(content.Total));
        csv.Line(t["Claims.Persons"], content.Persons.ToString(CultureInfo.InvariantCulture));
        return csv.ToBytes();
    }

    private static string StatusText(ClaimStatus status) => status switch
    {
        ClaimStatus.Draft => "melnraksts",
        ClaimStatus.Submitted => "iesniegts",
        _ => "aizstāts ar jaunāku versiju",
    };

    private static string UnitText(ServiceUnit unit) => unit switch
    {
        ServiceUnit.Hour => "stunda",
        ServiceUnit.Day => "diena",
        ServiceUnit.Night => "nakts",
        ServiceUnit.Session => "nodarbība",
        _ => "mēnesis",
    };
}
