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

/// <summary>Adds social workers and specialists to a case's team, or takes them off (the team's history stays in the timeline).</summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class TeamModel(TeamModel.Handler handler, IValidator<TeamModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t)
    : CaseChangePage(scope, db, audit, t)
{
    public const string ExcludedKey = "Excluded";

    [BindProperty] public Command Input { get; set; } = new();

    public IReadOnlyList<StaffMember> Candidates { get; private set; } = [];

    protected override bool Allowed(CaseSummary summary) => true;

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

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (await BeginChangeAsync(() => LoadAsync(id, ct), () => !CanChange, Input.Version, v => Input = Input with { Version = v }, () => validator.ValidateAsync(CaseRules.With(Input, (ExcludedKey, Excluded())), ct)) is { } stop)
        {
            return stop;
        }

        var outcome = await handler.AddAsync(id, Input, User, ct);
        return await AfterAsync(outcome, id, "Cases.TeamMemberAddedMessage", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        ModelState.Clear();
        if (!CanChange || IsStale(Input.Version))
        {
            return ShowConflict(v => Input = new Command { Version = v });
        }

        var outcome = await handler.RemoveAsync(id, Input, User, ct);
        Input = new Command { Version = Input.Version };
        return await AfterAsync(outcome, id, "Cases.TeamMemberRemovedMessage", ct);
    }

    private async Task<IActionResult> AfterAsync(CaseChangeOutcome outcome, int id, string messageKey, CancellationToken ct)
    {
        if (outcome == CaseChangeOutcome.Saved && !await handler.InScopeAsync(id, User, ct))
        {
            // A worker who took themselves off the team no longer sees the case.
            TempData["StatusMessage"] = Localizer[messageKey, Case.Number].Value;
            return RedirectToPage("/Index");
        }

        if (outcome == CaseChangeOutcome.Saved)
        {
            TempData["StatusMessage"] = Localizer[messageKey, Case.Number].Value;
            return RedirectToPage("Team", new { id });
        }

        var page = await OutcomeAsync(outcome, id, messageKey, v => Input = Input with { Version = v }, ct);
        Candidates = await CandidatesAsync(ct);
        return page;
    }

    private string[] Excluded() => [.. Case.Team.Select(m => m.UserId), .. Case.ResponsibleWorkerId is null ? Array.Empty<string>() : [Case.ResponsibleWorkerId]];

    private async Task<IReadOnlyList<StaffMember>> CandidatesAsync(CancellationToken ct)
    {
        var excluded = Excluded();
        return (await handler.CandidatesAsync(ct)).Where(c => !excluded.Contains(c.Id)).ToList();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var result = await LoadCaseAsync(id, ct);
        if (result is null)
        {
            Candidates = await CandidatesAsync(ct);
        }

        return result;
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public string? UserId { get; init; }
        public string? Role { get; init; }
    }

    /// <summary>The rules of adding a member (removing needs only the member and the version).</summary>
    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t, AppDbContext db)
        {
            RuleFor(c => c.UserId).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(t["Cases.TeamMemberRequired"])
                .Must((_, id, context) => !context.Get<string[]>(ExcludedKey).Contains(id)).WithMessage(t["Cases.AlreadyInTeam"])
                .MustAsync((id, ct) => CaseData.IsActiveInRoleAsync(db, id, CaseData.TeamRoles, ct)).WithMessage(t["Cases.TeamInvalid"]);
            RuleFor(c => c.Role).OptionalText(t, CaseData.TeamRoleMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public Task<List<StaffMember>> CandidatesAsync(CancellationToken ct) => CaseData.ActiveStaffAsync(db, CaseData.TeamRoles, ct);

        public Task<bool> InScopeAsync(int id, ClaimsPrincipal user, CancellationToken ct) => scope.Cases(user).AnyAsync(c => c.Id == id, ct);

        public async Task<CaseChangeOutcome> AddAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseFile = await CaseData.LoadForChangeAsync(scope, user, id, ct);
            if (caseFile is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (!CaseData.VersionMatches(db, caseFile, command.Version) || caseFile.IsArchived || caseFile.HasMember(command.UserId!))
            {
                return CaseChangeOutcome.Conflict;
            }

            caseFile.AddTeamMember(command.UserId!, command.Role, CaseData.ActorOf(user), clock.GetUtcNow());
            audit.AddForClient(AuditActions.CaseTeamChange, caseFile.ClientId, caseFile.Id, "added=" + await CaseData.UserNameAsync(db, command.UserId!, ct));
            return await CaseData.SaveAsync(db, caseFile, ct);
        }

        public async Task<CaseChangeOutcome> RemoveAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseFile = await CaseData.LoadForChangeAsync(scope, user, id, ct);
            if (caseFile is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (!CaseData.VersionMatches(db, caseFile, command.Version) || caseFile.IsArchived
                || !caseFile.Team.Any(m => m.UserId == command.UserId && m.RemovedAt is null))
            {
                return CaseChangeOutcome.Conflict;
            }

            caseFile.RemoveTeamMember(command.UserId!, CaseData.ActorOf(user), clock.GetUtcNow());
            audit.AddForClient(AuditActions.CaseTeamChange, caseFile.ClientId, caseFile.Id, "removed=" + await CaseData.UserNameAsync(db, command.UserId!, ct));
            return await CaseData.SaveAsync(db, caseFile, ct);
        }
    }
}
