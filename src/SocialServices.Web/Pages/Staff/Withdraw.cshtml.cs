using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Staff;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;
using StaffMember = SocialServices.Domain.Staff.StaffMember;

namespace SocialServices.Web.Pages.Staff;

/// <summary>Withdraws a wrong entry of a staff member's record with a reason (it stays visible, struck through; nothing is deleted).</summary>
[Authorize(Policy = AuthorizationPolicies.StaffEditor)]
public sealed class WithdrawModel(WithdrawModel.Handler handler, IValidator<WithdrawModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public string StaffName { get; private set; } = string.Empty;

    public string EntryText { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, StaffEntryKind kind, int entryId, CancellationToken ct)
    {
        var found = await handler.FindAsync(id, kind, entryId, ct);
        if (found is null)
        {
            return NotFound();
        }

        (StaffName, EntryText) = (found.Value.Name, Describe(found.Value.Entry));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, StaffEntryKind kind, int entryId, CancellationToken ct)
    {
        var found = await handler.FindAsync(id, kind, entryId, ct);
        if (found is null)
        {
            return NotFound();
        }

        (StaffName, EntryText) = (found.Value.Name, Describe(found.Value.Entry));
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        await handler.WithdrawAsync(id, kind, entryId, Input.Reason, User.FullName(), ct);
        TempData["StatusMessage"] = t["Staff.EntryWithdrawn"].Value;
        return RedirectToPage("Details", new { id });
    }

    private static string Describe(StaffEntry entry) => entry switch
    {
        StaffEducation e => $"{e.Institution} — {e.Qualification}",
        StaffCertificate c => $"{c.Title} ({c.IssuedOn:dd.MM.yyyy})",
        StaffTraining tr => $"{tr.Date:dd.MM.yyyy} {tr.Topic}",
        StaffSupervision s => $"{s.Date:dd.MM.yyyy} {s.Supervisor}",
        _ => string.Empty,
    };

    public sealed record Command
    {
        public string Reason { get; init; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Reason).RequiredText(t, "Staff.WithdrawReasonRequired", StaffEntry.MaxReasonLength);
        }
    }

    public sealed class Handler(AppDbContext db, AuditLog audit, TimeProvider clock)
    {
        public async Task<(string Name, StaffEntry Entry)?> FindAsync(int id, StaffEntryKind kind, int entryId, CancellationToken ct)
        {
            var member = await LoadAsync(id, ct);
            var entry = member?.Entry(kind, entryId);
            return member is null || entry is null || entry.Withdrawn ? null : (member.FullName, entry);
        }

        public async Task WithdrawAsync(int id, StaffEntryKind kind, int entryId, string reason, string by, CancellationToken ct)
        {
            var member = await LoadAsync(id, ct, tracking: true);
            var entry = member!.Entry(kind, entryId)!;
            entry.Withdraw(reason, by, clock.GetUtcNow());
            audit.Add(AuditActions.StaffEntryWithdraw, "staff", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kind} {entryId}"));
            await db.SaveChangesAsync(ct);
        }

        private async Task<StaffMember?> LoadAsync(int id, CancellationToken ct, bool tracking = false)
        {
            var query = db.StaffMembers.Include(m => m.Education).Include(m => m.Certificates).Include(m => m.Trainings).Include(m => m.Supervisions).AsSplitQuery();
            return await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(m => m.Id == id, ct);
        }
    }
}
