using System.Globalization;
using FluentValidation;
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
using SocialServices.Web.Reporting;

namespace SocialServices.Web.Pages.Reports;

/// <summary>
/// The annual report as HTML with the same numbers as its PDF, each linked to the records behind it. On a draft the
/// service manager writes the free texts (sections 1 and 7) and marks it final, which stores the figures; a final
/// report is frozen and is corrected by a new version made with a reason. Auditors read and export.
/// </summary>
public sealed class AnnualModel(AnnualReports reports, AppDbContext db, OrganisationInfo organisation, AuditLog audit, TimeProvider clock,
    IValidator<AnnualModel.TextsCommand> textsValidator, IStringLocalizer<SharedResource> t) : PageModel
{
    public ReportView View { get; private set; } = null!;

    public IReadOnlyList<(int Id, int VersionNumber, AnnualReportStatus Status)> Versions { get; private set; } = [];

    [BindProperty] public TextsCommand Texts { get; set; } = new();

    [BindProperty] public string? Reason { get; set; }

    public bool IsManager => User.IsInRole(Roles.ServiceManager);

    public bool CanEdit => IsManager && View.Report.IsDraft;

    /// <summary>A new version is made from the latest final version, when no draft exists.</summary>
    public bool CanStartNewVersion => IsManager && View.Report.Status == AnnualReportStatus.Final && Versions.All(v => v.Status != AnnualReportStatus.Draft);

    public bool HasConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Texts = new TextsCommand { Version = View.Version, ResultsText = View.Report.ResultsText, OtherText = View.Report.OtherText };
        await audit.WriteAsync(AuditActions.AnnualReportRead, "AnnualReport", Id(id), Describe(), ct: ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTextsAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        (await textsValidator.ValidateAsync(Texts, ct)).AddToModelState(ModelState, nameof(Texts));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!RowVersion.Matches(db, View.Report, Texts.Version))
        {
            return Conflict();
        }

        View.Report.EditTexts(Texts.ResultsText, Texts.OtherText);
        audit.Add(AuditActions.AnnualReportChange, "AnnualReport", Id(id), "texts");
        if (!await SaveAsync(ct))
        {
            return Conflict();
        }

        TempData["StatusMessage"] = t["Reports.TextsSaved"].Value;
        return RedirectToPage(new { id });

        IActionResult Conflict()
        {
            HasConflict = true;
            ModelState.Remove("Texts.Version");
            Texts = Texts with { Version = View.Version };
            ModelState.AddModelError(string.Empty, t["Reports.Conflict"]);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostFinaliseAsync(int id, uint version, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        ModelState.Clear();
        Texts = new TextsCommand { Version = View.Version, ResultsText = View.Report.ResultsText, OtherText = View.Report.OtherText };
        if (!RowVersion.Matches(db, View.Report, version))
        {
            HasConflict = true;
            ModelState.AddModelError(string.Empty, t["Reports.Conflict"]);
            return Page();
        }

        if (string.IsNullOrWhiteSpace(View.Report.ResultsText))
        {
            ModelState.AddModelError("Texts.ResultsText", t["Reports.ResultsTextRequired"]);
            return Page();
        }

        // The figures as they are now become the report's: later changes to records do not change it. A draft's
        // figures were computed live by LoadAsync in this request: computing them again would double the work.
        var figures = View.Figures;
        var by = CaseData.ActorOf(User);
        View.Report.Finalise(AnnualReports.Serialise(figures), by.UserId, by.Name, clock.GetUtcNow());
        foreach (var earlier in await db.AnnualReports.Where(r => r.ContractId == View.Report.ContractId && r.Year == View.Report.Year && r.Id != id && r.Status == AnnualReportStatus.Final).ToListAsync(ct))
        {
            earlier.Supersede();
        }

        audit.Add(AuditActions.AnnualReportFinalise, "AnnualReport", Id(id), Describe() + string.Create(CultureInfo.InvariantCulture, $"; clients={figures.TotalClients}"));
        if (!await SaveAsync(ct))
        {
            await LoadAsync(id, ct);
            HasConflict = true;
            ModelState.AddModelError(string.Empty, t["Reports.Conflict"]);
            return Page();
        }

        TempData["StatusMessage"] = t["Reports.Finalised", View.Report.Year, View.Report.VersionNumber].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostNewVersionAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanStartNewVersion)
        {
            return Forbid();
        }

        ModelState.Clear();
        Texts = new TextsCommand { Version = View.Version, ResultsText = View.Report.ResultsText, OtherText = View.Report.OtherText };
        if (string.IsNullOrWhiteSpace(Reason) || Reason.Trim().Length > AnnualReport.MaxReasonLength)
        {
            ModelState.AddModelError(nameof(Reason), t["Reports.ReasonRequired", AnnualReport.MaxReasonLength]);
            return Page();
        }

        var by = CaseData.ActorOf(User);
        var latest = await db.AnnualReports.Where(r => r.ContractId == View.Report.ContractId && r.Year == View.Report.Year).MaxAsync(r => r.VersionNumber, ct);
        var next = new AnnualReport(View.Report.OrganisationId, View.Report.ContractId, View.Report.Year, latest + 1, Reason, View.Report.ResultsText, View.Report.OtherText, by.UserId, by.Name, clock.GetUtcNow());
        db.AnnualReports.Add(next);
        audit.Add(AuditActions.AnnualReportChange, "AnnualReport", Id(id), string.Create(CultureInfo.InvariantCulture, $"new version {next.VersionNumber}: {next.Reason}"));
        if (!await SaveAsync(ct))
        {
            ModelState.AddModelError(nameof(Reason), t["Reports.DraftExists"]);
            await LoadAsync(id, ct);
            return Page();
        }

        TempData["StatusMessage"] = t["Reports.NewVersionStarted", next.VersionNumber].Value;
        return RedirectToPage(new { id = next.Id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var view = await reports.LoadAsync(id, await organisation.IdAsync(ct), ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        Versions = (await db.AnnualReports.AsNoTracking().Where(r => r.ContractId == view.Report.ContractId && r.Year == view.Report.Year)
                .OrderByDescending(r => r.VersionNumber).Select(r => new { r.Id, r.VersionNumber, r.Status }).ToListAsync(ct))
            .Select(r => (r.Id, r.VersionNumber, r.Status)).ToList();
        return true;
    }

    private async Task<bool> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private string Describe() => string.Create(CultureInfo.InvariantCulture, $"contract={View.Contract.Number}; year={View.Report.Year}; version={View.Report.VersionNumber}; status={View.Report.Status}");

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public sealed record TextsCommand
    {
        public uint Version { get; init; }
        public string? ResultsText { get; init; }
        public string? OtherText { get; init; }
    }

    public sealed class TextsValidator : AbstractValidator<TextsCommand>
    {
        public TextsValidator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.ResultsText).OptionalText(t, AnnualReport.MaxTextLength);
            RuleFor(c => c.OtherText).OptionalText(t, AnnualReport.MaxTextLength);
        }
    }
}
