using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Cases;

/// <summary>Archives a case with a reason (nothing is ever deleted); a service manager restores it.</summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class ArchiveModel(ArchiveModel.Handler handler, IValidator<ArchiveModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t)
    : CaseChangePage(scope, db, audit, t)
{
    [BindProperty] public Command Input { get; set; } = new();

    public bool CanRestore => Case.IsArchived && User.IsInRole(Roles.ServiceManager);

    /// <summary>Archiving applies to a case that is not archived, restoring to one that is (for managers).</summary>
    public override bool CanChange => Case.IsArchived ? CanRestore : true;

    protected override bool Allowed(CaseSummary summary) => true;

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

    public async Task<IActionResult> OnPostArchiveAsync(int id, CancellationToken ct)
    {
        if (await BeginChangeAsync(id, () => Case.IsArchived, Input.Version, v => Input = Input with { Version = v }, () => validator.ValidateAsync(Input, ct), ct) is { } stop)
        {
            return stop;
        }

        var outcome = await handler.ArchiveAsync(id, Input, User, ct);
        return await OutcomeAsync(outcome, id, "Cases.ArchivedMessage", v => Input = Input with { Version = v }, ct);
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.ServiceManager))
        {
            return Forbid();
        }

        var result = await LoadCaseAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        ModelState.Clear();
        if (!Case.IsArchived || IsStale(Input.Version))
        {
            return ShowConflict(v => Input = Input with { Version = v });
        }

        var outcome = await handler.RestoreAsync(id, Input, User, ct);
        return await OutcomeAsync(outcome, id, "Cases.RestoredMessage", v => Input = Input with { Version = v }, ct);
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public string Reason { get; init; } = string.Empty;
    }

    /// <summary>The rules of archiving (restoring needs only the version).</summary>
    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t) =>
            RuleFor(c => c.Reason).RequiredText(t, "Cases.ArchiveReasonRequired", CaseData.ShortReasonMaxLength);
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public async Task<CaseChangeOutcome> ArchiveAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseFile = await CaseData.LoadForChangeAsync(scope, user, id, ct);
            if (caseFile is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (!CaseData.VersionMatches(db, caseFile, command.Version) || caseFile.IsArchived)
            {
                return CaseChangeOutcome.Conflict;
            }

            caseFile.Archive(command.Reason, CaseData.ActorOf(user), clock.GetUtcNow());
            audit.AddForClient(AuditActions.CaseArchive, caseFile.ClientId, caseFile.Id, null, command.Reason);
            return await CaseData.SaveAsync(db, caseFile, ct);
        }

        public async Task<CaseChangeOutcome> RestoreAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            ArgumentNullException.ThrowIfNull(user);
            if (!user.IsInRole(Roles.ServiceManager))
            {
                return CaseChangeOutcome.NotFound;
            }

            var caseFile = await CaseData.LoadForChangeAsync(scope, user, id, ct);
            if (caseFile is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (!CaseData.VersionMatches(db, caseFile, command.Version) || !caseFile.IsArchived)
            {
                return CaseChangeOutcome.Conflict;
            }

            caseFile.Restore(CaseData.ActorOf(user), clock.GetUtcNow());
            audit.AddForClient(AuditActions.CaseRestore, caseFile.ClientId, caseFile.Id);
            return await CaseData.SaveAsync(db, caseFile, ct);
        }
    }
}
