using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Applications;

/// <summary>Attaches the contract under which a granted service is provided (002 §10.3): number, date, provider, period.</summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class ContractModel(ContractModel.Handler handler, IValidator<ContractModel.Command> validator, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public DecisionHeader Application { get; private set; } = null!;

    public bool HasConflict { get; private set; }

    public bool CanAttach => Application.Status == ApplicationStatus.Granted;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var loaded = await handler.LoadAsync(id, User, ct);
        if (loaded is null)
        {
            return NotFound();
        }

        (Application, var contract) = loaded.Value;
        Input = contract is null
            ? new Command { Version = Application.Version, SignedOn = CaseData.Today(clock), From = CaseData.Today(clock) }
            : new Command { Version = Application.Version, Number = contract.Number, SignedOn = contract.SignedOn, Provider = contract.Provider, From = contract.From, To = contract.To };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var loaded = await handler.LoadAsync(id, User, ct);
        if (loaded is null)
        {
            return NotFound();
        }

        Application = loaded.Value.Header;
        if (!CanAttach || Input.Version != Application.Version)
        {
            return Conflict();
        }

        ModelState.Clear();
        var validation = await validator.ValidateAsync(CaseRules.With(Input, (DecideModel.TodayKey, CaseData.Today(clock))), ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        if (!await handler.SaveAsync(id, Input, User, ct))
        {
            Application = (await handler.LoadAsync(id, User, ct))?.Header ?? Application;
            return Conflict();
        }

        TempData["StatusMessage"] = t["Contracts.Saved", Input.Number].Value;
        return RedirectToPage("Details", new { id });
    }

    private PageResult Conflict()
    {
        HasConflict = true;
        ModelState.Remove("Input.Version");
        Input = Input with { Version = Application.Version };
        return Page();
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public string Number { get; init; } = string.Empty;
        public DateOnly? SignedOn { get; init; }
        public string Provider { get; init; } = string.Empty;
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Number).RequiredText(t, "Contracts.NumberRequired", 50);
            RuleFor(c => c.Provider).RequiredText(t, "Contracts.ProviderRequired", 300);
            RuleFor(c => c.SignedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Contracts.SignedOnRequired"])
                .Must((_, date, context) => date <= context.Get<DateOnly>(DecideModel.TodayKey)).WithMessage(t["Contracts.SignedOnInFuture"]);
            RuleFor(c => c.From).NotNull().WithMessage(t["Contracts.FromRequired"]);
            RuleFor(c => c.To).Must((c, to) => to is null || c.From is null || to >= c.From).WithMessage(t["Contracts.ToBeforeFrom"]);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit)
    {
        public async Task<(DecisionHeader Header, ServiceContract? Contract)?> LoadAsync(int id, ClaimsPrincipal user, CancellationToken ct)
        {
            var application = await ApplicationData.LoadForChangeAsync(scope, db, user, id, ct);
            return application is null ? null : (await DecisionData.HeaderAsync(db, application, ct), application.Contract);
        }

        public async Task<bool> SaveAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var application = await ApplicationData.LoadForChangeAsync(scope, db, user, id, ct);
            if (application is null || application.Status != ApplicationStatus.Granted || !ApplicationData.VersionMatches(db, application, command.Version))
            {
                return false;
            }

            application.AttachContract(new ServiceContract(command.Number, command.SignedOn!.Value, command.Provider, command.From!.Value, command.To));
            audit.AddForClient(AuditActions.ApplicationContract, application.ClientId, application.CaseFileId,
                $"application={application.Number}; contract={command.Number.Trim()}; from={command.From.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
            return await ApplicationData.SaveAsync(db, application, ct) == ApplicationChangeOutcome.Saved;
        }
    }
}
