using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Access;

/// <summary>
/// "Break the glass": a social worker or specialist opens a case outside their scope by its exact number and a
/// stated reason. The access lasts <see cref="Web.Access.AccessScope.EmergencyAccessDuration"/>, is written to the
/// case's timeline and the audit log, and waits for a manager's review.
/// </summary>
[Authorize(Roles = Roles.SocialWorker + "," + Roles.Specialist)]
public sealed class EmergencyModel(EmergencyModel.Handler handler, IValidator<EmergencyModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int ReasonMinLength = 10;

    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<ActiveAccess> Active { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Active = await handler.ActiveAsync(User, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Only the form's own rules speak (a value that does not parse arrives empty and gets their message).
        ModelState.Clear();
        var validation = await validator.ValidateAsync(Input, ct);
        if (validation.IsValid)
        {
            var outcome = await handler.RequestAsync(Input, User, ct);
            switch (outcome.Result)
            {
                case RequestResult.Granted:
                    TempData["StatusMessage"] = t["Emergency.Granted", outcome.Number].Value;
                    return RedirectToPage("/Cases/Details", new { id = outcome.CaseId });
                case RequestResult.AlreadyInScope:
                    return RedirectToPage("/Cases/Details", new { id = outcome.CaseId });
                default:
                    ModelState.AddModelError($"{nameof(Input)}.{nameof(Command.CaseNumber)}", t["Emergency.NotFound"]);
                    break;
            }
        }
        else
        {
            validation.AddToModelState(ModelState, nameof(Input));
        }

        Active = await handler.ActiveAsync(User, ct);
        return Page();
    }

    public sealed record ActiveAccess(int CaseId, string Number, DateTimeOffset Until);

    public sealed record Command
    {
        public string CaseNumber { get; init; } = string.Empty;
        public string Reason { get; init; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.CaseNumber).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(t["Emergency.NumberRequired"])
                .MaximumLength(20).WithMessage(t["Emergency.NumberFormat"])
                .Must(n => Domain.Cases.CaseNumber.TryNormalise(n, out _)).WithMessage(t["Emergency.NumberFormat"]);
            RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
                .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(t["Emergency.ReasonRequired"])
                .Must(r => r.Trim().Length >= ReasonMinLength).WithMessage(t["Emergency.ReasonTooShort", ReasonMinLength])
                .MaximumLength(CaseData.ReasonMaxLength).WithMessage(t["Validation.MaxLength", CaseData.ReasonMaxLength])
                .Must(CaseRules.NoControlCharacters).WithMessage(t["Cases.ControlCharacters"]);
        }
    }

    public enum RequestResult
    {
        NotFound,
        AlreadyInScope,
        Granted,
    }

    public sealed record Outcome(RequestResult Result, int CaseId, string Number);

    public sealed class Handler(AppDbContext db, Web.Access.AccessScope scope, AuditLog audit, OrganisationInfo organisation, TimeProvider clock)
    {
        public async Task<Outcome> RequestAsync(Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (!Domain.Cases.CaseNumber.TryNormalise(command.CaseNumber, out var number))
            {
                return new Outcome(RequestResult.NotFound, 0, string.Empty);
            }

            var organisationId = await organisation.IdAsync(ct);
            var target = await db.CaseFiles.AsNoTracking().Where(c => c.OrganisationId == organisationId && c.Number == number)
                .Select(c => new { c.Id, c.ClientId }).FirstOrDefaultAsync(ct);
            if (target is null)
            {
                return new Outcome(RequestResult.NotFound, 0, number);
            }

            if (await scope.Cases(user).AnyAsync(c => c.Id == target.Id, ct))
            {
                return new Outcome(RequestResult.AlreadyInScope, target.Id, number);
            }

            var actor = CaseData.ActorOf(user);
            var now = clock.GetUtcNow();
            var until = now + Web.Access.AccessScope.EmergencyAccessDuration;
            var reason = command.Reason.Trim();
            db.EmergencyAccesses.Add(new EmergencyAccess(actor.UserId, target.ClientId, target.Id, reason, now, until));
            var caseFile = await db.CaseFiles.SingleAsync(c => c.Id == target.Id, ct);
            caseFile.RecordEmergencyAccess(reason, actor, now);
            audit.AddForClient(AuditActions.EmergencyAccess, target.ClientId, target.Id,
                "number=" + number + "; until=" + until.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), reason);
            await db.SaveChangesAsync(ct);
            return new Outcome(RequestResult.Granted, target.Id, number);
        }

        /// <summary>The user's own emergency accesses that have not expired yet.</summary>
        public async Task<IReadOnlyList<ActiveAccess>> ActiveAsync(ClaimsPrincipal user, CancellationToken ct)
        {
            var userId = user.UserId();
            var now = clock.GetUtcNow();
            return await db.EmergencyAccesses.AsNoTracking()
                .Where(e => e.UserId == userId && e.Until > now && e.CaseFileId != null)
                .OrderByDescending(e => e.GrantedAt)
                .Join(db.CaseFiles, e => e.CaseFileId, c => (int?)c.Id, (e, c) => new ActiveAccess(c.Id, c.Number, e.Until))
                .ToListAsync(ct);
        }
    }
}
