using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Pages.Cases;

/// <summary>Opens a case file for a client in the user's scope: number per organisation and year, reason, referral, worker and team.</summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class OpenModel(OpenModel.Handler handler, IValidator<OpenModel.Command> validator, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string ManagerKey = "IsManager";
    public const string TodayKey = "Today";

    [BindProperty] public Command Input { get; set; } = new();

    public Form Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int clientId, CancellationToken ct)
    {
        var result = await LoadAsync(clientId, ct);
        if (result is not null)
        {
            return result;
        }

        Input = new Command
        {
            OpenedOn = CaseData.Today(clock),
            ResponsibleWorkerId = User.IsInRole(Roles.SocialWorker) ? User.UserId() : null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int clientId, CancellationToken ct)
    {
        var result = await LoadAsync(clientId, ct);
        if (result is not null)
        {
            return result;
        }

        if (Data.ClientArchived)
        {
            return Page();
        }

        // Only the form's own rules speak (a value that does not parse arrives empty and gets their message).

        ModelState.Clear();

        var validation = await validator.ValidateAsync(CaseRules.With(Input, (ManagerKey, User.IsInRole(Roles.ServiceManager)), (TodayKey, CaseData.Today(clock))), ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var opened = await handler.OpenAsync(clientId, Input, User, ct);
        TempData["StatusMessage"] = t["Cases.Opened", opened.Number].Value;
        return opened.InScope ? RedirectToPage("Details", new { id = opened.Id }) : RedirectToPage("/Index");
    }

    private async Task<IActionResult?> LoadAsync(int clientId, CancellationToken ct)
    {
        var data = await handler.LoadAsync(clientId, User, ct);
        if (data is null)
        {
            return NotFound();
        }

        if (data.Access != ClientAccess.Edit)
        {
            return Forbid();
        }

        Data = data;
        return null;
    }

    public sealed record Form(int ClientId, string ClientName, bool ClientArchived, ClientAccess Access, IReadOnlyList<StaffMember> Workers, IReadOnlyList<StaffMember> TeamCandidates);

    public sealed record Command
    {
        public DateOnly? OpenedOn { get; init; }
        public string Reason { get; init; } = string.Empty;
        public ReferralSource? ReferralSource { get; init; }
        public string? ResponsibleWorkerId { get; init; }
        public List<string> TeamMemberIds { get; init; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public const int MaxTeamSize = 30;

        public Validator(IStringLocalizer<SharedResource> t, AppDbContext db)
        {
            RuleFor(c => c.OpenedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Cases.OpenedRequired"])
                .Must((_, date, context) => date <= context.Get<DateOnly>(TodayKey)).WithMessage(t["Cases.DateInFuture"])
                .Must(date => date >= CaseData.EarliestDate).WithMessage(t["Cases.DateTooEarly"]);
            RuleFor(c => c.Reason).RequiredText(t, "Cases.ReasonRequired", CaseData.ReasonMaxLength);
            RuleFor(c => c.ReferralSource).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Cases.ReferralRequired"])
                .IsInEnum().WithMessage(t["Cases.ReferralRequired"]);
            RuleFor(c => c.ResponsibleWorkerId)
                .Must((_, id, context) => !string.IsNullOrEmpty(id) || context.Get<bool>(ManagerKey)).WithMessage(t["Cases.WorkerRequired"]);
            RuleFor(c => c.ResponsibleWorkerId)
                .MustAsync((id, ct) => CaseData.IsActiveInRoleAsync(db, id, CaseData.WorkerRoles, ct)).WithMessage(t["Cases.WorkerInvalid"])
                .When(c => !string.IsNullOrEmpty(c.ResponsibleWorkerId));
            RuleFor(c => c.TeamMemberIds).Cascade(CascadeMode.Stop)
                .Must(ids => ids.Count <= MaxTeamSize).WithMessage(t["Cases.TeamInvalid"])
                .MustAsync(async (ids, ct) =>
                {
                    foreach (var id in ids.Distinct())
                    {
                        if (!await CaseData.IsActiveInRoleAsync(db, id, CaseData.TeamRoles, ct))
                        {
                            return false;
                        }
                    }

                    return true;
                }).WithMessage(t["Cases.TeamInvalid"]);
        }
    }

    public sealed record OpenedCase(int Id, string Number, bool InScope);

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, OrganisationInfo organisation, TimeProvider clock)
    {
        public async Task<Form?> LoadAsync(int clientId, ClaimsPrincipal user, CancellationToken ct)
        {
            var access = await scope.ForClientAsync(user, clientId, ct);
            if (access == ClientAccess.NotFound)
            {
                return null;
            }

            var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId)
                .Select(c => new { Name = c.FirstName + " " + c.LastName, c.IsArchived }).SingleAsync(ct);
            var workers = await CaseData.ActiveStaffAsync(db, CaseData.WorkerRoles, ct);
            var team = await CaseData.ActiveStaffAsync(db, CaseData.TeamRoles, ct);
            return new Form(clientId, client.Name, client.IsArchived, access, workers, team);
        }

        /// <summary>Opens the case; the number is taken inside the transaction that saves it (no gaps on failure, no duplicates under load).</summary>
        public async Task<OpenedCase> OpenAsync(int clientId, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = CaseData.ActorOf(user);
            var now = clock.GetUtcNow();
            var openedOn = command.OpenedOn ?? CaseData.Today(clock);
            var worker = string.IsNullOrEmpty(command.ResponsibleWorkerId) ? null : command.ResponsibleWorkerId;
            var organisationId = await organisation.IdAsync(ct);

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var number = await CaseNumbers.NextAsync(db, organisationId, openedOn.Year, ct);
            var caseFile = new CaseFile(organisationId, clientId, number, openedOn, command.Reason, command.ReferralSource!.Value, worker, actor, now);
            foreach (var memberId in command.TeamMemberIds.Distinct().Where(id => id != worker))
            {
                caseFile.AddTeamMember(memberId, null, actor, now);
            }

            db.CaseFiles.Add(caseFile);
            await db.SaveChangesAsync(ct);
            audit.AddForClient(AuditActions.CaseOpen, clientId, caseFile.Id, "number=" + number);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);

            var inScope = await scope.Cases(user).AnyAsync(c => c.Id == caseFile.Id, ct);
            return new OpenedCase(caseFile.Id, number, inScope);
        }
    }
}
