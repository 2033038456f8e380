using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
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

/// <summary>Records how and when the applicant was told about a decision (once; the decision itself stays as taken).</summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class NotifyModel(NotifyModel.Handler handler, IValidator<NotifyModel.Command> validator, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string DecidedKey = "Decided";

    [BindProperty] public Command Input { get; set; } = new();

    public NotifyView View { get; private set; } = null!;

    public bool HasConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var view = await handler.LoadAsync(id, User, ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        Input = new Command { Version = view.Header.Version, NotifiedOn = CaseData.Today(clock) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var view = await handler.LoadAsync(id, User, ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        if (view.NotifiedOn is not null || Input.Version != view.Header.Version)
        {
            HasConflict = true;
            ModelState.Remove("Input.Version");
            Input = Input with { Version = view.Header.Version };
            return Page();
        }

        ModelState.Clear();
        var validation = await validator.ValidateAsync(CaseRules.With(Input, (DecideModel.TodayKey, CaseData.Today(clock)), (DecidedKey, view.DecidedOn)), ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        if (!await handler.SaveAsync(id, Input, User, ct))
        {
            HasConflict = true;
            return Page();
        }

        TempData["StatusMessage"] = t["Decisions.NotificationSaved", view.Number].Value;
        return RedirectToPage("Details", new { id = view.Header.Id });
    }

    public sealed record NotifyView(DecisionHeader Header, int DecisionId, string Number, DecisionKind Kind, DateOnly DecidedOn, DateOnly? NotifiedOn, NotificationChannel? NotifiedBy);

    public sealed record Command
    {
        public uint Version { get; init; }
        public DateOnly? NotifiedOn { get; init; }
        public NotificationChannel? Channel { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.NotifiedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Decisions.NotifiedOnRequired"])
                .Must((_, date, context) => date <= context.Get<DateOnly>(DecideModel.TodayKey)).WithMessage(t["Decisions.NotifiedOnInFuture"])
                .Must((_, date, context) => date >= context.Get<DateOnly>(DecidedKey)).WithMessage(t["Decisions.NotifiedBeforeDecision"]);
            RuleFor(c => c.Channel).NotNull().WithMessage(t["Decisions.ChannelRequired"]).IsInEnum().WithMessage(t["Decisions.ChannelRequired"]);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit)
    {
        public async Task<NotifyView?> LoadAsync(int decisionId, ClaimsPrincipal user, CancellationToken ct)
        {
            var application = await LoadApplicationAsync(decisionId, user, ct);
            if (application is null)
            {
                return null;
            }

            var d = application.Decisions.Single(x => x.Id == decisionId);
            return new NotifyView(await DecisionData.HeaderAsync(db, application, ct), d.Id, d.Number, d.Kind, d.DecidedOn, d.NotifiedOn, d.NotifiedBy);
        }

        public async Task<bool> SaveAsync(int decisionId, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var application = await LoadApplicationAsync(decisionId, user, ct);
            if (application is null || !ApplicationData.VersionMatches(db, application, command.Version))
            {
                return false;
            }

            var decision = application.Decisions.Single(x => x.Id == decisionId);
            if (decision.NotifiedOn is not null)
            {
                return false;
            }

            application.RecordNotification(decisionId, command.NotifiedOn!.Value, command.Channel!.Value);
            audit.AddForClient(AuditActions.ApplicationNotification, application.ClientId, application.CaseFileId,
                $"decision={decision.Number}; on={command.NotifiedOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; channel={command.Channel}");
            return await ApplicationData.SaveAsync(db, application, ct) == ApplicationChangeOutcome.Saved;
        }

        private async Task<ServiceApplication?> LoadApplicationAsync(int decisionId, ClaimsPrincipal user, CancellationToken ct)
        {
            var applicationId = await db.ApplicationDecisions.AsNoTracking().Where(d => d.Id == decisionId).Select(d => (int?)d.ApplicationId).FirstOrDefaultAsync(ct);
            return applicationId is null ? null : await ApplicationData.LoadForChangeAsync(scope, db, user, applicationId.Value, ct);
        }
    }
}
