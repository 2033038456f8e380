using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Cases;

/// <summary>Reopens a closed case, with a reason (the closure stays in the timeline).</summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class ReopenModel(ReopenModel.Handler handler, IValidator<ReopenModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t)
    : CaseChangePage(scope, db, audit, t)
{
    [BindProperty] public Command Input { get; set; } = new();

    protected override bool Allowed(CaseSummary summary) => !summary.IsOpen;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await LoadCaseAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        Input = new Command { Version = Case.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await BeginChangeAsync(id, () => !CanChange, Input.Version, v => Input = Input with { Version = v }, () => validator.ValidateAsync(Input, ct), ct) is { } stop)
        {
            return stop;
        }

        var outcome = await handler.ReopenAsync(id, Input, User, ct);
        return await OutcomeAsync(outcome, id, "Cases.ReopenedMessage", v => Input = Input with { Version = v }, ct);
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public string Reason { get; init; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t) =>
            RuleFor(c => c.Reason).RequiredText(t, "Cases.ReopenReasonRequired", CaseData.ReasonMaxLength);
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public async Task<CaseChangeOutcome> ReopenAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseFile = await CaseData.LoadForChangeAsync(scope, user, id, ct);
            if (caseFile is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (!CaseData.VersionMatches(db, caseFile, command.Version) || caseFile.Status != CaseStatus.Closed || caseFile.IsArchived)
            {
                return CaseChangeOutcome.Conflict;
            }

            caseFile.Reopen(command.Reason, CaseData.ActorOf(user), clock.GetUtcNow());
            audit.AddForClient(AuditActions.CaseReopen, caseFile.ClientId, caseFile.Id, null, command.Reason);
            return await CaseData.SaveAsync(db, caseFile, ct);
        }
    }
}
