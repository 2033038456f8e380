using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Crisis;

/// <summary>Resolves a case's crisis with a note on how it was resolved: the case leaves the crisis boards, the record stays in its history.</summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class ResolveModel(ResolveModel.Handler handler, IValidator<ResolveModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t)
    : CaseChangePage(scope, db, audit, t)
{
    [BindProperty] public Command Input { get; set; } = new();

    /// <summary>The unresolved crisis (null when there is none).</summary>
    public CrisisView? Crisis { get; private set; }

    /// <summary>A crisis can be resolved in an archived case too: the flag must not stay on the boards for good.</summary>
    public override bool CanChange => Crisis is not null;

    protected override bool Allowed(CaseSummary summary) => Crisis is not null;

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
        if (await BeginChangeAsync(() => LoadAsync(id, ct), () => !CanChange, Input.Version, v => Input = Input with { Version = v }, () => validator.ValidateAsync(Input, ct)) is { } stop)
        {
            return stop;
        }

        var outcome = await handler.ResolveAsync(id, Input, User, ct);
        return CrisisData.ToCasePage(await OutcomeAsync(outcome, id, "Crisis.ResolvedMessage", v => Input = Input with { Version = v }, ct));
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        Crisis = (await handler.CrisesAsync(id, User, ct)).FirstOrDefault(c => c.IsActive);
        return await LoadCaseAsync(id, ct);
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public string Note { get; init; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Note).RequiredText(t, "Crisis.NoteRequired", CrisisFlag.NoteMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public Task<IReadOnlyList<CrisisView>> CrisesAsync(int id, ClaimsPrincipal user, CancellationToken ct) => CrisisData.ForCaseAsync(scope, db, user, id, ct);

        public async Task<CaseChangeOutcome> ResolveAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseFile = await scope.Cases(user).Include(c => c.Crises).FirstOrDefaultAsync(c => c.Id == id, ct);
            if (caseFile is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (!CaseData.VersionMatches(db, caseFile, command.Version) || caseFile.ActiveCrisis is not { } crisis)
            {
                return CaseChangeOutcome.Conflict;
            }

            caseFile.ResolveCrisis(command.Note, CaseData.ActorOf(user), clock.GetUtcNow());
            audit.AddForClient(AuditActions.CrisisResolve, caseFile.ClientId, caseFile.Id, "crisis=" + crisis.Id.ToString(CultureInfo.InvariantCulture));
            return await CaseData.SaveAsync(db, caseFile, ct);
        }
    }
}
