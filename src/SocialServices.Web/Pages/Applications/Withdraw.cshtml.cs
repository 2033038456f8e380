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
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Applications;

/// <summary>Records that the applicant withdrew an open application: the day and the reason. Nothing is deleted.</summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class WithdrawModel(WithdrawModel.Handler handler, IValidator<WithdrawModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit,
    TimeProvider clock, IStringLocalizer<SharedResource> t)
    : ApplicationChangePage(scope, db, audit, t)
{
    public const string TodayKey = "Today";
    public const string SubmittedKey = "SubmittedOn";
    public const int ReasonMaxLength = 1000;

    [BindProperty] public Command Input { get; set; } = new();

    protected override bool Allowed(ApplicationSummary summary) => summary.IsOpen;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var stop = await LoadApplicationAsync(id, ct);
        if (stop is not null)
        {
            return stop;
        }

        Input = new Command { Version = Application.Version, WithdrawnOn = ApplicationData.Today(clock) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var stop = await BeginChangeAsync(id, Input.Version, v => Input = Input with { Version = v },
            () => validator.ValidateAsync(CaseRules.With(Input, (TodayKey, ApplicationData.Today(clock)), (SubmittedKey, Application.SubmittedOn)), ct), ct);
        if (stop is not null)
        {
            return stop;
        }

        var outcome = await handler.WithdrawAsync(id, Input, User, ct);
        return await OutcomeAsync(outcome, id, Localizer["Applications.WithdrawnMessage", Application.Number].Value, v => Input = Input with { Version = v }, ct);
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public DateOnly? WithdrawnOn { get; init; }
        public string Reason { get; init; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.WithdrawnOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Applications.WithdrawnOnRequired"])
                .Must((_, date, context) => date <= context.Get<DateOnly>(TodayKey)).WithMessage(t["Applications.DateInFuture"])
                .Must((_, date, context) => date >= context.Get<DateOnly>(SubmittedKey)).WithMessage(t["Applications.BeforeSubmission"]);
            RuleFor(c => c.Reason).RequiredText(t, "Applications.WithdrawReasonRequired", ReasonMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit)
    {
        public async Task<ApplicationChangeOutcome> WithdrawAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var application = await ApplicationData.LoadForChangeAsync(scope, db, user, id, ct);
            if (application is null)
            {
                return ApplicationChangeOutcome.NotFound;
            }

            if (!ApplicationData.VersionMatches(db, application, command.Version) || !application.IsOpen || command.WithdrawnOn < application.SubmittedOn)
            {
                return ApplicationChangeOutcome.Conflict;
            }

            application.Withdraw(command.WithdrawnOn!.Value, command.Reason);
            audit.AddForClient(AuditActions.ApplicationWithdraw, application.ClientId, application.CaseFileId,
                "application=" + application.Number + "; withdrawn=" + ApplicationData.Iso(command.WithdrawnOn.Value), command.Reason.Trim());
            return await ApplicationData.SaveAsync(db, application, ct);
        }
    }
}
