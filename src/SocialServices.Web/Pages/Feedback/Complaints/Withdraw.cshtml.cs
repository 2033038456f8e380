using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Feedback.Complaints;

/// <summary>Marks a complaint registered by mistake as withdrawn, with the reason; it stays in the register and counts nowhere.</summary>
[Authorize(Policy = AuthorizationPolicies.Manager)]
public sealed class WithdrawModel(IValidator<WithdrawModel.Command> validator, AppDbContext db, AccessScope scope, AuditLog audit,
    OrganisationInfo organisation, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public ComplaintView Complaint { get; private set; } = null!;

    public DateOnly Today => LatvianTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        Input = new Command { Version = Complaint.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        if (!Complaint.IsOpen)
        {
            return Page();
        }

        ModelState.Clear();
        var result = await validator.ValidateAsync(Input, ct);
        if (!result.IsValid)
        {
            result.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var complaint = await FeedbackData.Complaints(db, User, await organisation.IdAsync(ct)).FirstAsync(c => c.Id == id, ct);
        if (!RowVersion.Matches(db, complaint, Input.Version))
        {
            ModelState.AddModelError(string.Empty, t["Complaints.Conflict"]);
            Input = Input with { Version = Complaint.Version };
            return Page();
        }

        complaint.Withdraw(Input.Reason, clock.GetUtcNow());
        ComplaintData.AddAudit(audit, AuditActions.ComplaintWithdraw, complaint.ClientId, complaint.Number);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            ModelState.AddModelError(string.Empty, t["Complaints.Conflict"]);
            Input = Input with { Version = Complaint.Version };
            return Page();
        }

        TempData["StatusMessage"] = t["Complaints.Withdrawn", complaint.Number].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var view = await ComplaintData.LoadAsync(db, scope, User, await organisation.IdAsync(ct), id, ct);
        if (view is null)
        {
            return NotFound();
        }

        Complaint = view;
        return null;
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public string Reason { get; init; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Reason).RequiredText(t, "Complaints.WithdrawReasonRequired", Domain.Feedback.Complaint.ReasonMaxLength);
        }
    }
}
