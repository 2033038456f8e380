using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Applications;

/// <summary>
/// What the pages that change an application share: the header read within the user's scope (missing or out of
/// scope: 404; read-only access: 403), and the handling of a concurrent change (show what is stored now, keep the
/// user's input, carry the new version so the next save is deliberate).
/// </summary>
public abstract class ApplicationChangePage(AccessScope scope, AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : PageModel
{
    public ApplicationSummary Application { get; private set; } = null!;

    /// <summary>Set when someone else changed the application after this form was opened.</summary>
    public bool HasConflict { get; private set; }

    /// <summary>Whether the change fits the application's present state; nothing changes for an archived client.</summary>
    public bool CanChange => !Application.ClientArchived && Allowed(Application);

    protected abstract bool Allowed(ApplicationSummary summary);

    protected IStringLocalizer<SharedResource> Localizer => t;

    protected async Task<IActionResult?> LoadApplicationAsync(int id, CancellationToken ct)
    {
        var summary = await ApplicationData.SummaryAsync(scope, db, User, id, ct);
        if (summary is null)
        {
            return NotFound();
        }

        if (!summary.CanEdit)
        {
            return Forbid();
        }

        Application = summary;
        if (HttpMethods.IsGet(Request.Method))
        {
            // The form shows the application's header: a view of it like any other.
            await audit.WriteForClientAsync(AuditActions.ApplicationRead, summary.ClientId, summary.CaseFileId,
                "application=" + summary.Number + "; page=" + GetType().Name.Replace("Model", string.Empty, StringComparison.Ordinal).ToLowerInvariant(), ct: ct);
        }

        return null;
    }

    /// <summary>Redirects to the application after a save; on a conflict shows the stored state with the user's input kept.</summary>
    protected async Task<IActionResult> OutcomeAsync(ApplicationChangeOutcome outcome, int id, string message, Action<uint> keepInputWithVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keepInputWithVersion);
        switch (outcome)
        {
            case ApplicationChangeOutcome.Saved:
                TempData["StatusMessage"] = message;
                return RedirectToPage("Details", new { id });
            case ApplicationChangeOutcome.Conflict:
                var current = await ApplicationData.SummaryAsync(scope, db, User, id, ct);
                if (current is null)
                {
                    return NotFound();
                }

                Application = current;
                return ShowConflict(keepInputWithVersion);
            default:
                return NotFound();
        }
    }

    /// <summary>
    /// The common start of a change: load the application in scope (404 outside it), refuse a change that is no longer
    /// possible or was made on a stale version (showing the conflict and keeping the input), then validate with the
    /// form's own rules only. Null: go on and save.
    /// </summary>
    protected async Task<IActionResult?> BeginChangeAsync(int id, uint postedVersion, Action<uint> keepInputWithVersion,
        Func<Task<FluentValidation.Results.ValidationResult>> validate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(validate);
        var result = await LoadApplicationAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        if (!CanChange || postedVersion != Application.Version)
        {
            return ShowConflict(keepInputWithVersion);
        }

        // Only the form's own rules speak (a value that does not parse arrives empty and gets their message).
        ModelState.Clear();
        var validation = await validate();
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, "Input");
            return Page();
        }

        return null;
    }

    protected IActionResult ShowConflict(Action<uint> keepInputWithVersion)
    {
        ArgumentNullException.ThrowIfNull(keepInputWithVersion);
        HasConflict = true;
        foreach (var key in ModelState.Keys.Where(k => k.EndsWith(".Version", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        keepInputWithVersion(Application.Version);
        return Page();
    }
}
