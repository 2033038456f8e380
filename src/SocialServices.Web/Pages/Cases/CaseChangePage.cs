using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Cases;

/// <summary>
/// What the pages that change a case share: the case header read within the user's scope (missing or out of
/// scope: 404; read-only role: 403), and the handling of a concurrent change (show what is stored now, keep
/// the user's input, carry the new version so the next save is deliberate).
/// </summary>
public abstract class CaseChangePage(AccessScope scope, AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : PageModel
{
    public CaseSummary Case { get; private set; } = null!;

    /// <summary>Set when someone else changed the case after this form was opened.</summary>
    public bool HasConflict { get; private set; }

    /// <summary>Whether the change fits the case's present state (e.g. only an open case can be closed); archived cases change only by restoring.</summary>
    public virtual bool CanChange => !Case.IsArchived && Allowed(Case);

    protected abstract bool Allowed(CaseSummary summary);

    /// <summary>Further permission beyond editing the case (e.g. reassigning: the responsible worker or a manager).</summary>
    protected virtual bool MayChange(CaseSummary summary) => true;

    protected IStringLocalizer<SharedResource> Localizer => t;

    protected async Task<IActionResult?> LoadCaseAsync(int id, CancellationToken ct)
    {
        var summary = await CaseData.SummaryAsync(scope, db, User, id, ct);
        if (summary is null)
        {
            return NotFound();
        }

        if (!summary.CanEdit || !MayChange(summary))
        {
            return Forbid();
        }

        Case = summary;
        if (HttpMethods.IsGet(Request.Method))
        {
            // The form shows the case's header (client, reason, closure): a view of the case like any other.
            await audit.WriteForClientAsync(AuditActions.CaseRead, summary.ClientId, summary.Id, "page=" + GetType().Name.Replace("Model", string.Empty, StringComparison.Ordinal).ToLowerInvariant(), ct: ct);
        }

        return null;
    }

    /// <summary>Redirects to the case after a save; on a conflict shows the stored state with the user's input kept.</summary>
    protected async Task<IActionResult> OutcomeAsync(CaseChangeOutcome outcome, int id, string messageKey, Action<uint> keepInputWithVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keepInputWithVersion);
        switch (outcome)
        {
            case CaseChangeOutcome.Saved:
                TempData["StatusMessage"] = t[messageKey, Case.Number].Value;
                return RedirectToPage("Details", new { id });
            case CaseChangeOutcome.Conflict:
                var current = await CaseData.SummaryAsync(scope, db, User, id, ct);
                if (current is null)
                {
                    return NotFound();
                }

                Case = current;
                return ShowConflict(keepInputWithVersion);
            default:
                return NotFound();
        }
    }

    /// <summary>True when the case changed since the form was opened (the form carries the version it was opened with).</summary>
    protected bool IsStale(uint postedVersion) => postedVersion != Case.Version;

    /// <summary>
    /// The common start of a change: load the case in scope (404 outside it), refuse a change that is no longer
    /// possible or was made on a stale version (showing the conflict and keeping the input), then validate with the
    /// form's own rules only (a value that does not parse arrives empty and gets their message). Null: go on and save.
    /// </summary>
    protected Task<IActionResult?> BeginChangeAsync(int id, Func<bool> refused, uint postedVersion, Action<uint> keepInputWithVersion,
        Func<Task<FluentValidation.Results.ValidationResult>> validate, CancellationToken ct) =>
        BeginChangeAsync(() => LoadCaseAsync(id, ct), refused, postedVersion, keepInputWithVersion, validate);

    /// <summary>As above, for pages that load more than the case (e.g. the list of workers to choose from).</summary>
    protected async Task<IActionResult?> BeginChangeAsync(Func<Task<IActionResult?>> load, Func<bool> refused, uint postedVersion, Action<uint> keepInputWithVersion,
        Func<Task<FluentValidation.Results.ValidationResult>> validate)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(refused);
        ArgumentNullException.ThrowIfNull(validate);
        var result = await load();
        if (result is not null)
        {
            return result;
        }

        if (refused() || IsStale(postedVersion))
        {
            return ShowConflict(keepInputWithVersion);
        }

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

        keepInputWithVersion(Case.Version);
        return Page();
    }
}
