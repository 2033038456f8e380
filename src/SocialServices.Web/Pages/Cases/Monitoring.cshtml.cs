using System.Globalization;
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

/// <summary>Sets, moves or clears the monitoring date of a closed case (it shows on the responsible worker's board from that date).</summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class MonitoringModel(MonitoringModel.Handler handler, IValidator<MonitoringModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t)
    : CaseChangePage(scope, db, audit, t)
{
    public const string ClosedKey = "ClosedOn";

    [BindProperty] public Command Input { get; set; } = new();

    protected override bool Allowed(CaseSummary summary) => !summary.IsOpen;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await LoadCaseAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        Input = new Command { Version = Case.Version, MonitoringOn = Case.MonitoringOn };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await BeginChangeAsync(id, () => !CanChange, Input.Version, v => Input = Input with { Version = v }, () => validator.ValidateAsync(CaseRules.With(Input, (ClosedKey, Case.ClosedOn ?? CaseData.EarliestDate)), ct), ct) is { } stop)
        {
            return stop;
        }

        var outcome = await handler.SetAsync(id, Input, User, ct);
        return await OutcomeAsync(outcome, id, "Cases.MonitoringMessage", v => Input = Input with { Version = v }, ct);
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public DateOnly? MonitoringOn { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t) =>
            RuleFor(c => c.MonitoringOn)
                .Must((_, date, context) => date >= context.Get<DateOnly>(ClosedKey)).WithMessage(t["Cases.MonitoringBeforeClosure"])
                .When(c => c.MonitoringOn is not null);
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public async Task<CaseChangeOutcome> SetAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseFile = await CaseData.LoadForChangeAsync(scope, user, id, ct);
            if (caseFile is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (!CaseData.VersionMatches(db, caseFile, command.Version) || caseFile.Status != CaseStatus.Closed || caseFile.IsArchived
                || command.MonitoringOn < caseFile.ClosedOn)
            {
                return CaseChangeOutcome.Conflict;
            }

            caseFile.SetMonitoring(command.MonitoringOn, CaseData.ActorOf(user), clock.GetUtcNow());
            audit.AddForClient(AuditActions.CaseMonitoring, caseFile.ClientId, caseFile.Id,
                "monitoring=" + (command.MonitoringOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"));
            return await CaseData.SaveAsync(db, caseFile, ct);
        }
    }
}
