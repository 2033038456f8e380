using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Evaluations;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Evaluations;

namespace SocialServices.Web.Pages.Cases;

/// <summary>
/// Closes an open case: closure date, reason, a closing summary and an optional monitoring date. A case is closed
/// with a justified evaluation (<see cref="ClosingRule"/>): the page refuses, saying why and linking the evaluation
/// form, while the latest evaluation is missing, older than the plan revision in force or the reopening, or did not
/// decide to close; and while a crisis is unresolved.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class CloseModel(CloseModel.Handler handler, IValidator<CloseModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : CaseChangePage(scope, db, audit, t)
{
    public const string OpenedKey = "OpenedOn";

    [BindProperty] public Command Input { get; set; } = new();

    /// <summary>Whether the closing rule allows closing now (and if not, why).</summary>
    public ClosingCheck Closing { get; private set; } = new(ClosingRefusal.None, null);

    protected override bool Allowed(CaseSummary summary) => summary.IsOpen;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        Input = new Command { Version = Case.Version, ClosedOn = CaseData.Today(clock) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await BeginChangeAsync(async () => await LoadAsync(id, ct) ?? (CanChange && !Closing.Allowed ? Page() : null), () => !CanChange, Input.Version, v => Input = Input with { Version = v }, () => validator.ValidateAsync(CaseRules.With(Input, (OpenModel.TodayKey, CaseData.Today(clock)), (OpenedKey, Case.OpenedOn)), ct)) is { } stop)
        {
            return stop;
        }

        var outcome = await handler.CloseAsync(id, Input, User, ct);
        return await OutcomeAsync(outcome, id, "Cases.ClosedMessage", v => Input = Input with { Version = v }, ct);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var result = await LoadCaseAsync(id, ct);
        if (result is null)
        {
            Closing = await handler.ClosingAsync(id, ct);
        }

        return result;
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public DateOnly? ClosedOn { get; init; }
        public string Reason { get; init; } = string.Empty;
        public string Summary { get; init; } = string.Empty;
        public DateOnly? MonitoringOn { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.ClosedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Cases.ClosedOnRequired"])
                .Must((_, date, context) => date <= context.Get<DateOnly>(OpenModel.TodayKey)).WithMessage(t["Cases.DateInFuture"])
                .Must((_, date, context) => date >= context.Get<DateOnly>(OpenedKey)).WithMessage(t["Cases.ClosedBeforeOpened"]);
            RuleFor(c => c.Reason).RequiredText(t, "Cases.ClosureReasonRequired", CaseData.ShortReasonMaxLength);
            RuleFor(c => c.Summary).RequiredText(t, "Cases.SummaryRequired", CaseData.SummaryMaxLength);
            RuleFor(c => c.MonitoringOn)
                .Must((c, date) => c.ClosedOn is null || date >= c.ClosedOn).WithMessage(t["Cases.MonitoringBeforeClosure"])
                .When(c => c.MonitoringOn is not null);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public Task<ClosingCheck> ClosingAsync(int id, CancellationToken ct) => EvaluationData.ClosingCheckAsync(db, id, ct);

        public async Task<CaseChangeOutcome> CloseAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseFile = await CaseData.LoadForChangeAsync(scope, user, id, ct);
            if (caseFile is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (!CaseData.VersionMatches(db, caseFile, command.Version) || caseFile.Status != CaseStatus.Open || caseFile.IsArchived
                || command.ClosedOn < caseFile.OpenedOn || !(await ClosingAsync(id, ct)).Allowed)
            {
                return CaseChangeOutcome.Conflict;
            }

            caseFile.Close(command.ClosedOn!.Value, command.Reason, command.Summary, command.MonitoringOn, CaseData.ActorOf(user), clock.GetUtcNow());
            audit.AddForClient(AuditActions.CaseClose, caseFile.ClientId, caseFile.Id,
                "closed=" + command.ClosedOn.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                + (command.MonitoringOn is { } m ? "; monitoring=" + m.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty),
                command.Reason);
            return await CaseData.SaveAsync(db, caseFile, ct);
        }
    }
}
