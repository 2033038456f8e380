using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Community;
using SocialServices.Web.Auditing;
using SocialServices.Web.Compensation;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Compensation.Claims;

/// <summary>
/// A monthly compensation claim: persons by personal code, services, units and amounts, totals, and what was left out
/// and why. A draft is computed from the units each time; the service manager submits it, which stores the rows (later
/// unit changes do not alter it). A submitted claim is corrected by a new version with a reason, which supersedes it
/// when submitted. Every view is audited for the claim and for each person in it.
/// </summary>
public sealed class DetailsModel(Compensations compensations, AppDbContext db, OrganisationInfo organisation, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public ClaimView View { get; private set; } = null!;

    public IReadOnlyList<(int Id, int VersionNumber, ClaimStatus Status)> Versions { get; private set; } = [];

    [BindProperty] public string? Reason { get; set; }

    public bool IsManager => User.IsInRole(Roles.ServiceManager);

    public bool CanSubmit => IsManager && View.Claim.IsDraft;

    public bool CanStartNewVersion => IsManager && View.Claim.Status == ClaimStatus.Submitted && Versions.All(v => v.Status != ClaimStatus.Draft);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        await ClaimAudit.ReadAsync(audit, db, AuditActions.ClaimRead, View, "view", ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, uint version, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanSubmit)
        {
            return Forbid();
        }

        if (!RowVersion.Matches(db, View.Claim, version))
        {
            ModelState.AddModelError(string.Empty, t["Claims.Conflict"]);
            return Page();
        }

        if (View.Content.Rows.Count == 0)
        {
            ModelState.AddModelError(string.Empty, t["Claims.NothingToSubmit"]);
            return Page();
        }

        // The rows computed now become the claim's: later unit changes do not change it.
        var by = CaseData.ActorOf(User);
        View.Claim.Submit(Compensations.Serialise(View.Content), View.Content.Total, by.UserId, by.Name, clock.GetUtcNow());
        foreach (var earlier in await db.CompensationClaims.Where(c => c.MunicipalityId == View.Claim.MunicipalityId && c.Month == View.Claim.Month && c.Id != id && c.Status == ClaimStatus.Submitted).ToListAsync(ct))
        {
            earlier.Supersede();
        }

        audit.Add(AuditActions.ClaimSubmit, "CompensationClaim", Id(id), ClaimAudit.Describe(View) + string.Create(CultureInfo.InvariantCulture, $"; persons={View.Content.Persons}; total={View.Content.Total:0.00}"));
        foreach (var clientId in View.Content.Rows.Select(r => r.ClientId).Distinct())
        {
            audit.AddForClient(AuditActions.ClaimSubmit, clientId, null, "claim=" + Id(id));
        }

        if (!await SaveAsync(ct))
        {
            await LoadAsync(id, ct);
            ModelState.AddModelError(string.Empty, t["Claims.Conflict"]);
            return Page();
        }

        TempData["StatusMessage"] = t["Claims.Submitted", CompensationText.Month(t, View.Claim.Month), View.Claim.VersionNumber].Value;
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

        if (string.IsNullOrWhiteSpace(Reason) || Reason.Trim().Length > CompensationClaim.MaxReasonLength || !CaseRules.NoControlCharacters(Reason))
        {
            ModelState.AddModelError(nameof(Reason), t["Claims.ReasonRequired", CompensationClaim.MaxReasonLength]);
            return Page();
        }

        var by = CaseData.ActorOf(User);
        var latest = await db.CompensationClaims.Where(c => c.MunicipalityId == View.Claim.MunicipalityId && c.Month == View.Claim.Month).MaxAsync(c => c.VersionNumber, ct);
        var next = View.Claim.NextVersion(latest + 1, Reason, by.UserId, by.Name, clock.GetUtcNow());
        db.CompensationClaims.Add(next);
        audit.Add(AuditActions.ClaimNewVersion, "CompensationClaim", Id(id), ClaimAudit.Describe(View) + string.Create(CultureInfo.InvariantCulture, $"; new version {next.VersionNumber}: {next.Reason}"));
        if (!await SaveAsync(ct))
        {
            await LoadAsync(id, ct);
            ModelState.AddModelError(nameof(Reason), t["Claims.DraftExists"]);
            return Page();
        }

        TempData["StatusMessage"] = t["Claims.NewVersionStarted", next.VersionNumber].Value;
        return RedirectToPage(new { id = next.Id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var view = await compensations.LoadAsync(User, id, await organisation.IdAsync(ct), ct);
        if (view is null)
        {
            return false;
        }

        View = view;
        Versions = (await db.CompensationClaims.AsNoTracking().Where(c => c.MunicipalityId == view.Claim.MunicipalityId && c.Month == view.Claim.Month)
                .OrderByDescending(c => c.VersionNumber).Select(c => new { c.Id, c.VersionNumber, c.Status }).ToListAsync(ct))
            .Select(c => (c.Id, c.VersionNumber, c.Status)).ToList();
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

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Audit entries for reading or exporting a claim: one for the claim, one for each person in it.</summary>
internal static class ClaimAudit
{
    public static string Describe(ClaimView view) =>
        string.Create(CultureInfo.InvariantCulture, $"municipality={view.MunicipalityCode}; month={view.Claim.Month:yyyy-MM}; version={view.Claim.VersionNumber}; status={view.Claim.Status}");

    public static async Task ReadAsync(AuditLog audit, AppDbContext db, string action, ClaimView view, string what, CancellationToken ct)
    {
        var id = view.Claim.Id.ToString(CultureInfo.InvariantCulture);
        audit.Add(action, "CompensationClaim", id, Describe(view) + "; " + what);
        foreach (var clientId in view.Content.Rows.Select(r => r.ClientId).Concat(view.Content.Excluded.Select(e => e.ClientId)).Distinct())
        {
            audit.AddForClient(action, clientId, null, "claim=" + id + "; " + what);
        }

        // the claim itself is never changed by a read (a draft is computed, not stored)
        db.ChangeTracker.Entries<CompensationClaim>().ToList().ForEach(e => e.State = EntityState.Unchanged);
        await db.SaveChangesAsync(ct);
    }
}
