using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Cases;

/// <summary>
/// Hands a case to another social worker, with a reason (case continuity, seed 001): the earlier responsibility
/// is ended, not overwritten. The responsible worker or a service manager may do it; managers also assign
/// unassigned cases from their board.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class ReassignModel(ReassignModel.Handler handler, IValidator<ReassignModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t)
    : CaseChangePage(scope, db, audit, t)
{
    public const string CurrentWorkerKey = "CurrentWorker";

    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<StaffMember> Workers { get; private set; } = [];

    protected override bool Allowed(CaseSummary summary) => true;

    protected override bool MayChange(CaseSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return User.IsInRole(Roles.ServiceManager) || (summary.ResponsibleWorkerId is not null && summary.ResponsibleWorkerId == User.UserId());
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        Input = new Command { Version = Case.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await BeginChangeAsync(() => LoadAsync(id, ct), () => !CanChange, Input.Version, v => Input = Input with { Version = v }, () => validator.ValidateAsync(CaseRules.With(Input, (CurrentWorkerKey, Case.ResponsibleWorkerId ?? string.Empty)), ct)) is { } stop)
        {
            return stop;
        }

        var outcome = await handler.ReassignAsync(id, Input, User, ct);
        if (outcome == CaseChangeOutcome.Saved && !await handler.InScopeAsync(id, User, ct))
        {
            // The worker handed their own case on: it is no longer theirs to open.
            TempData["StatusMessage"] = Localizer["Cases.ReassignedMessage", Case.Number].Value;
            return RedirectToPage("/Index");
        }

        return await OutcomeAsync(outcome, id, "Cases.ReassignedMessage", v => Input = Input with { Version = v }, ct);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var result = await LoadCaseAsync(id, ct);
        if (result is null)
        {
            Workers = (await handler.WorkersAsync(ct)).Where(w => w.Id != Case.ResponsibleWorkerId).ToList();
        }

        return result;
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public string? NewWorkerId { get; init; }
        public string Reason { get; init; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t, AppDbContext db)
        {
            RuleFor(c => c.NewWorkerId).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(t["Cases.NewWorkerRequired"])
                .Must((_, id, context) => id != context.Get<string>(CurrentWorkerKey)).WithMessage(t["Cases.AlreadyResponsible"])
                .MustAsync((id, ct) => CaseData.IsActiveInRoleAsync(db, id, CaseData.WorkerRoles, ct)).WithMessage(t["Cases.WorkerInvalid"]);
            RuleFor(c => c.Reason).RequiredText(t, "Cases.ReassignReasonRequired", CaseData.ShortReasonMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public Task<List<StaffMember>> WorkersAsync(CancellationToken ct) => CaseData.ActiveStaffAsync(db, CaseData.WorkerRoles, ct);

        public Task<bool> InScopeAsync(int id, ClaimsPrincipal user, CancellationToken ct) =>
            scope.Cases(user).AnyAsync(c => c.Id == id, ct);

        public async Task<CaseChangeOutcome> ReassignAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            ArgumentNullException.ThrowIfNull(user);
            var caseFile = await CaseData.LoadForChangeAsync(scope, user, id, ct);
            if (caseFile is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            var mayReassign = user.IsInRole(Roles.ServiceManager) || (caseFile.ResponsibleWorkerId is not null && caseFile.ResponsibleWorkerId == user.UserId());
            if (!CaseData.VersionMatches(db, caseFile, command.Version) || caseFile.IsArchived || !mayReassign || caseFile.ResponsibleWorkerId == command.NewWorkerId)
            {
                return CaseChangeOutcome.Conflict;
            }

            var previous = caseFile.ResponsibleWorkerId;
            caseFile.Reassign(command.NewWorkerId!, command.Reason, CaseData.ActorOf(user), clock.GetUtcNow());
            var from = previous is null ? "-" : await CaseData.UserNameAsync(db, previous, ct);
            var to = await CaseData.UserNameAsync(db, command.NewWorkerId!, ct);
            audit.AddForClient(AuditActions.CaseReassign, caseFile.ClientId, caseFile.Id, $"from={from}; to={to}", command.Reason);
            return await CaseData.SaveAsync(db, caseFile, ct);
        }
    }
}
