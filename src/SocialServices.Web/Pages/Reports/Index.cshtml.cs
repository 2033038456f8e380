using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Reporting;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Reports;

/// <summary>
/// The annual provider reports: the provider, each contract and the years it covers, with the reports made so far
/// (every version). A service manager starts the report of a contract and year; managers and auditors open them.
/// </summary>
public sealed class IndexModel(AppDbContext db, OrganisationInfo organisation, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed record ReportRow(int Id, int VersionNumber, AnnualReportStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? FinalisedAt, string? FinalisedByName);

    public sealed record YearRow(int ContractId, string ContractNumber, string Municipality, int Year, IReadOnlyList<ReportRow> Reports);

    public string ProviderName { get; private set; } = string.Empty;

    public IReadOnlyList<YearRow> Years { get; private set; } = [];

    public bool CanStart => User.IsInRole(Roles.ServiceManager);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Starts the first version (a draft) of a contract's report for a year.</summary>
    public async Task<IActionResult> OnPostStartAsync(int contractId, int year, CancellationToken ct)
    {
        if (!CanStart)
        {
            return Forbid();
        }

        var organisationId = await organisation.IdAsync(ct);
        var contract = await db.DelegationContracts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contractId && c.OrganisationId == organisationId, ct);
        if (contract is null || !contract.CoversYear(year) || year > LatvianTime.Today(clock).Year)
        {
            return NotFound();
        }

        var existing = await db.AnnualReports.Where(r => r.ContractId == contractId && r.Year == year).OrderByDescending(r => r.VersionNumber).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return RedirectToPage("Annual", new { id });
        }

        var by = CaseData.ActorOf(User);
        var report = new AnnualReport(organisationId, contractId, year, 1, null, null, null, by.UserId, by.Name, clock.GetUtcNow());
        db.AnnualReports.Add(report);
        audit.Add(AuditActions.AnnualReportChange, "AnnualReport", null, string.Create(CultureInfo.InvariantCulture, $"start; contract={contract.Number}; year={year}"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone started it at the same moment (one draft per contract and year): open theirs.
            db.ChangeTracker.Clear();
            var theirs = await db.AnnualReports.Where(r => r.ContractId == contractId && r.Year == year).OrderByDescending(r => r.VersionNumber).Select(r => r.Id).FirstAsync(ct);
            return RedirectToPage("Annual", new { id = theirs });
        }

        TempData["StatusMessage"] = t["Reports.Started", year, contract.Number].Value;
        return RedirectToPage("Annual", new { id = report.Id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var organisationId = await organisation.IdAsync(ct);
        ProviderName = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstAsync(ct);
        var thisYear = LatvianTime.Today(clock).Year;
        var contracts = await db.DelegationContracts.AsNoTracking().Where(c => c.OrganisationId == organisationId).OrderBy(c => c.ValidFrom).ToListAsync(ct);
        var municipalities = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var reports = await db.AnnualReports.AsNoTracking().Where(r => r.OrganisationId == organisationId)
            .Select(r => new { r.ContractId, r.Year, Row = new ReportRow(r.Id, r.VersionNumber, r.Status, r.CreatedAt, r.FinalisedAt, r.FinalisedByName) })
            .ToListAsync(ct);
        Years = contracts
            .SelectMany(c => Enumerable.Range(c.ValidFrom.Year, Math.Max(0, Math.Min(c.ValidTo?.Year ?? thisYear, thisYear) - c.ValidFrom.Year + 1))
                .Select(year => new YearRow(c.Id, c.Number, municipalities.GetValueOrDefault(c.MunicipalityId, "—"), year,
                    reports.Where(r => r.ContractId == c.Id && r.Year == year).Select(r => r.Row).OrderByDescending(r => r.VersionNumber).ToList())))
            .OrderByDescending(y => y.Year).ThenBy(y => y.ContractNumber, StringComparer.Ordinal)
            .ToList();
    }
}
