using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Plans;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Plans;

/// <summary>
/// Records the client's agreement to the revision in force (signed in person, in writing, orally) or the refusal, with
/// the day and the client's comments. A later record (e.g. the client agrees after refusing) is added, never replaces.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class AgreeModel(AgreeModel.Handler handler, IValidator<AgreeModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : PageModel
{
    public const string TodayKey = "Today";
    public const string RevisedKey = "RevisedOn";

    [BindProperty] public Command Input { get; set; } = new();

    public CaseSummary Case { get; private set; } = null!;

    public CasePlan Plan { get; private set; } = null!;

    public bool HasConflict { get; private set; }

    private uint _version;

    public bool CanChange => Case.IsOpen && !Case.IsArchived;

    public async Task<IActionResult> OnGetAsync(int caseId, CancellationToken ct)
    {
        if (await LoadAsync(caseId, ct) is { } stop)
        {
            return stop;
        }

        Input = new Command { Version = _version, RevisionNumber = Plan.CurrentRevisionNumber, AgreedOn = LatvianTime.Today(clock) };
        await audit.WriteForClientAsync(AuditActions.PlanRead, Case.ClientId, Case.Id, $"page=agree; plan={Plan.Id}; revision={Plan.CurrentRevisionNumber}", ct: ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int caseId, CancellationToken ct)
    {
        if (await LoadAsync(caseId, ct) is { } stop)
        {
            return stop;
        }

        ModelState.Clear();
        if (!CanChange)
        {
            return Page();
        }

        if (Input.Version != _version || Input.RevisionNumber != Plan.CurrentRevisionNumber)
        {
            return Conflict();
        }

        var validation = await validator.ValidateAsync(CaseRules.With(Input, (TodayKey, LatvianTime.Today(clock)), (RevisedKey, Plan.Current.RevisedOn)), ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        switch (await handler.RecordAsync(caseId, Input, User, ct))
        {
            case CaseChangeOutcome.Saved:
                TempData["StatusMessage"] = t["Plans.AgreementSavedMessage"].Value;
                return RedirectToPage("Details", new { caseId });
            case CaseChangeOutcome.Conflict:
                await LoadAsync(caseId, ct);
                return Conflict();
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult?> LoadAsync(int caseId, CancellationToken ct)
    {
        var summary = await CaseData.SummaryAsync(scope, db, User, caseId, ct);
        var plan = summary is null ? null : await PlanData.LoadAsync(db, scope, User, caseId, tracked: false, ct);
        if (summary is null || plan is null)
        {
            return NotFound();
        }

        if (!summary.CanEdit)
        {
            return Forbid();
        }

        Case = summary;
        Plan = plan;
        _version = await PlanData.VersionAsync(db, caseId, ct);
        return null;
    }

    private PageResult Conflict()
    {
        HasConflict = true;
        ModelState.Remove("Input.Version");
        ModelState.Remove("Input.RevisionNumber");
        Input = Input with { Version = _version, RevisionNumber = Plan.CurrentRevisionNumber };
        return Page();
    }

    public sealed record Command
    {
        public uint Version { get; init; }

        /// <summary>The revision the form was opened for (a newer one needs its own agreement).</summary>
        public int RevisionNumber { get; init; }

        public DateOnly? AgreedOn { get; init; }
        public AgreementMethod? Method { get; init; }
        public string? ClientComments { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.AgreedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Plans.AgreedOnRequired"])
                .Must((_, day, context) => day <= context.Get<DateOnly>(TodayKey)).WithMessage(t["Plans.AgreedOnInFuture"])
                .Must((_, day, context) => day >= context.Get<DateOnly>(RevisedKey)).WithMessage(t["Plans.AgreedBeforeRevision"]);
            RuleFor(c => c.Method).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Plans.AgreementMethodRequired"])
                .IsInEnum().WithMessage(t["Plans.AgreementMethodRequired"]);
            RuleFor(c => c.ClientComments).OptionalText(t, CasePlan.MaxTextLength);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public async Task<CaseChangeOutcome> RecordAsync(int caseId, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseFile = await CaseData.LoadForChangeAsync(scope, user, caseId, ct);
            var plan = caseFile is null ? null : await PlanData.LoadAsync(db, scope, user, caseId, tracked: true, ct);
            if (caseFile is null || plan is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (caseFile.Status != CaseStatus.Open || caseFile.IsArchived || command.Version != PlanData.VersionOf(db, plan)
                || command.RevisionNumber != plan.CurrentRevisionNumber || command.AgreedOn < plan.Current.RevisedOn)
            {
                return CaseChangeOutcome.Conflict;
            }

            var actor = CaseData.ActorOf(user);
            var now = clock.GetUtcNow();
            var agreement = plan.RecordAgreement(command.AgreedOn!.Value, command.Method!.Value, command.ClientComments, actor, now);

            // The plan row changes too, so a revision saved meanwhile is noticed (its version moves).
            db.Entry(plan).Property(p => p.ReviewOn).IsModified = true;
            caseFile.RecordServiceEvent(CaseEventKind.PlanAgreed, PlanTexts.Agreed(plan.CurrentRevisionNumber, agreement), actor, now);
            audit.AddForClient(AuditActions.PlanAgree, caseFile.ClientId, caseFile.Id,
                string.Create(CultureInfo.InvariantCulture, $"plan={plan.Id}; revision={plan.CurrentRevisionNumber}; method={agreement.Method}; on={agreement.AgreedOn:yyyy-MM-dd}"));
            return await CaseData.SaveAsync(db, caseFile, ct);
        }
    }
}
