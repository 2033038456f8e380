using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Applications;

/// <summary>
/// Extends the decision deadline of an application awaiting a decision: the new deadline (at most four months after the
/// documents were complete), the reason, and when and how the applicant was told. The domain's refusals are shown next
/// to the fields.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class ExtendModel(ExtendModel.Handler handler, IValidator<ExtendModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit,
    TimeProvider clock, IStringLocalizer<SharedResource> t)
    : ApplicationChangePage(scope, db, audit, t)
{
    public const string TodayKey = "Today";
    public const string SubmittedKey = "SubmittedOn";

    [BindProperty] public Command Input { get; set; } = new();

    /// <summary>The deadline in force and the latest an extension may set.</summary>
    public (DateOnly Current, DateOnly LatestPermitted)? Limits { get; private set; }

    protected override bool Allowed(ApplicationSummary summary) => summary.Status == ApplicationStatus.AwaitingDecision;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var stop = await LoadApplicationAsync(id, ct);
        if (stop is not null)
        {
            return stop;
        }

        Limits = await handler.LimitsAsync(id, User, ct);
        Input = new Command { Version = Application.Version, InformedOn = ApplicationData.Today(clock) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Limits = await handler.LimitsAsync(id, User, ct);
        var stop = await BeginChangeAsync(id, Input.Version, v => Input = Input with { Version = v },
            () => validator.ValidateAsync(CaseRules.With(Input, (TodayKey, ApplicationData.Today(clock)), (SubmittedKey, Application.SubmittedOn)), ct), ct);
        if (stop is not null)
        {
            return stop;
        }

        var (outcome, errors, limits) = await handler.ExtendAsync(id, Input, User, ct);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                var (field, message) = error switch
                {
                    DeadlineExtensionError.ReasonRequired => (nameof(Command.Reason), Localizer["Applications.Extend.ReasonRequired"].Value),
                    DeadlineExtensionError.NotAfterCurrentDeadline => (nameof(Command.NewDeadline), Localizer["Applications.Extend.NotAfterCurrent", ApplicationData.Date(limits.Current)].Value),
                    _ => (nameof(Command.NewDeadline), Localizer["Applications.Extend.BeyondMaximum", ApplicationData.Date(limits.LatestPermitted)].Value),
                };
                ModelState.AddModelError(nameof(Input) + "." + field, message);
            }

            return Page();
        }

        return await OutcomeAsync(outcome, id, Localizer["Applications.Extended", ApplicationData.Date(Input.NewDeadline)].Value, v => Input = Input with { Version = v }, ct);
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public DateOnly? NewDeadline { get; init; }
        public string Reason { get; init; } = string.Empty;
        public DateOnly? InformedOn { get; init; }
        public NotificationChannel? InformedBy { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.NewDeadline).NotNull().WithMessage(t["Applications.Extend.DeadlineRequired"]);
            RuleFor(c => c.Reason).RequiredText(t, "Applications.Extend.ReasonRequired", ApplicationData.ReasonMaxLength);
            RuleFor(c => c.InformedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Applications.Extend.InformedRequired"])
                .Must((_, date, context) => date <= context.Get<DateOnly>(TodayKey)).WithMessage(t["Applications.DateInFuture"])
                .Must((_, date, context) => date >= context.Get<DateOnly>(SubmittedKey)).WithMessage(t["Applications.BeforeSubmission"]);
            RuleFor(c => c.InformedBy).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Applications.Extend.InformedByRequired"])
                .IsInEnum().WithMessage(t["Applications.Extend.InformedByRequired"]);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public async Task<(DateOnly Current, DateOnly LatestPermitted)?> LimitsAsync(int id, ClaimsPrincipal user, CancellationToken ct)
        {
            var clients = scope.OwnClients(user).Select(c => c.Id);
            var application = await db.Applications.AsNoTracking().Include(a => a.Extensions).FirstOrDefaultAsync(a => a.Id == id && clients.Contains(a.ClientId), ct);
            return application?.Deadline is { } deadline ? (deadline.Current, deadline.LatestPermitted) : null;
        }

        public async Task<(ApplicationChangeOutcome Outcome, IReadOnlyList<DeadlineExtensionError> Errors, (DateOnly Current, DateOnly LatestPermitted) Limits)> ExtendAsync(
            int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var application = await ApplicationData.LoadForChangeAsync(scope, db, user, id, ct);
            if (application is null)
            {
                return (ApplicationChangeOutcome.NotFound, [], default);
            }

            if (!ApplicationData.VersionMatches(db, application, command.Version) || application.Status != ApplicationStatus.AwaitingDecision || application.Deadline is not { } deadline)
            {
                return (ApplicationChangeOutcome.Conflict, [], default);
            }

            var limits = (deadline.Current, deadline.LatestPermitted);
            var errors = application.Extend(command.NewDeadline!.Value, command.Reason, command.InformedOn!.Value, command.InformedBy!.Value, CaseData.ActorOf(user), clock.GetUtcNow());
            if (errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return (ApplicationChangeOutcome.Conflict, errors, limits);
            }

            audit.AddForClient(AuditActions.ApplicationExtend, application.ClientId, application.CaseFileId,
                "application=" + application.Number + "; from=" + ApplicationData.Iso(limits.Current) + "; to=" + ApplicationData.Iso(command.NewDeadline.Value)
                + "; informed=" + ApplicationData.Iso(command.InformedOn.Value) + "; by=" + command.InformedBy.Value,
                command.Reason.Trim());
            return (await ApplicationData.SaveAsync(db, application, ct), [], limits);
        }
    }
}
