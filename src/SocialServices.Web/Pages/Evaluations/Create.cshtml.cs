using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Evaluations;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Evaluations;

/// <summary>
/// Records an evaluation of the case's plan revision in force (seed 001 "Novērtēšana"): each goal achieved, partly
/// achieved or not (with a comment), changes in the situation, the client's cooperation and motivation, the overall
/// result and the decision (continue, revise the plan, close the case) with its justification. A case without a
/// plan is evaluated the same way, without goals. Deciding to close leads on to the close form, deciding to revise
/// the plan to the plan editor; the form shows how far each task got by the delivery records.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class CreateModel(CreateModel.Handler handler, IValidator<CreateModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : CaseChangePage(scope, db, audit, t)
{
    public const string TodayKey = "Today";
    public const string EarliestKey = "Earliest";

    [BindProperty] public Command Input { get; set; } = new();

    /// <summary>The plan revision in force (null when the case has no plan).</summary>
    public PlanInForce? Plan { get; private set; }

    /// <summary>Set when the plan was revised after the form was opened: the goals shown are the new ones.</summary>
    public bool PlanChanged { get; private set; }

    protected override bool Allowed(CaseSummary summary) => summary.IsOpen;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        Input = new Command
        {
            Version = Case.Version,
            PlanRevisionId = Plan?.RevisionId,
            EvaluatedOn = CaseData.Today(clock),
            Goals = Rows([]),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var result = await BeginChangeAsync(() => LoadAsync(id, ct), () => !CanChange, Input.Version, v => Input = Input with { Version = v }, Validate);
        if (result is not null)
        {
            return result;
        }

        var outcome = await handler.RecordAsync(id, Input, User, ct);
        if (outcome == CaseChangeOutcome.Saved && Input.Decision == EvaluationDecision.CloseCase)
        {
            TempData["StatusMessage"] = Localizer["Evaluations.RecordedCloseMessage", Case.Number].Value;
            return RedirectToPage("/Cases/Close", new { id });
        }

        if (outcome == CaseChangeOutcome.Saved && Input.Decision == EvaluationDecision.RevisePlan)
        {
            // Deciding to revise the plan leads on to the plan editor, as deciding to close leads on to the close form.
            TempData["StatusMessage"] = Localizer["Evaluations.RecordedReviseMessage", Case.Number].Value;
            return RedirectToPage("/Plans/Edit", new { caseId = id });
        }

        var page = await OutcomeAsync(outcome, id, "Evaluations.RecordedMessage",
            v => Input = Input with { Version = v }, ct);
        if (page is RedirectToPageResult { PageName: "Details" } redirect)
        {
            redirect.PageName = "/Cases/Details";
        }
        else if (outcome == CaseChangeOutcome.Conflict)
        {
            await LoadAsync(id, ct);
            KeepInputForPlan();
        }

        return page;

        async Task<FluentValidation.Results.ValidationResult> Validate()
        {
            if (Input.PlanRevisionId != Plan?.RevisionId)
            {
                // The plan was revised (or made) after the form was opened: evaluate the revision in force; the goals it
                // shares with the old one keep what was typed.
                KeepInputForPlan();
                return new FluentValidation.Results.ValidationResult([new FluentValidation.Results.ValidationFailure(nameof(Command.PlanRevisionId), Localizer["Evaluations.PlanChanged"])]);
            }

            var earliest = Plan is { } plan && plan.RevisedOn > Case.OpenedOn ? plan.RevisedOn : Case.OpenedOn;
            return await validator.ValidateAsync(CaseRules.With(Input, (TodayKey, CaseData.Today(clock)), (EarliestKey, earliest)), ct);
        }
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var result = await LoadCaseAsync(id, ct);
        if (result is null)
        {
            Plan = await handler.PlanAsync(id, ct);
        }

        return result;
    }

    private void KeepInputForPlan()
    {
        PlanChanged = Input.PlanRevisionId != Plan?.RevisionId;
        Input = Input with { PlanRevisionId = Plan?.RevisionId, Goals = Rows(Input.Goals) };
    }

    /// <summary>One row per goal of the revision in force, in its order, with what was posted for that goal (by its key).</summary>
    private List<GoalRow> Rows(IReadOnlyList<GoalRow>? posted) =>
        (Plan?.Goals ?? []).Select(g => posted?.FirstOrDefault(r => r.GoalKey == g.Key) ?? new GoalRow { GoalKey = g.Key }).ToList();

    public PlanGoalView? GoalOf(GoalRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Plan?.Goals.FirstOrDefault(g => g.Key == row.GoalKey);
    }

    public sealed record Command
    {
        public uint Version { get; init; }

        /// <summary>The revision the form was opened with (to notice a plan revised in between).</summary>
        public int? PlanRevisionId { get; init; }

        public DateOnly? EvaluatedOn { get; init; }
        public List<GoalRow> Goals { get; init; } = [];
        public string SituationChanges { get; init; } = string.Empty;
        public ClientCooperation? Cooperation { get; init; }
        public ClientMotivation? Motivation { get; init; }
        public string? CooperationNotes { get; init; }
        public OverallResult? OverallResult { get; init; }
        public EvaluationDecision? Decision { get; init; }
        public string Justification { get; init; } = string.Empty;
    }

    public sealed record GoalRow
    {
        public Guid GoalKey { get; init; }
        public GoalAchievement? Achievement { get; init; }
        public string? Comment { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.EvaluatedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Evaluations.DateRequired"])
                .Must((_, date, context) => date <= context.Get<DateOnly>(TodayKey)).WithMessage(t["Evaluations.DateInFuture"])
                .Must((_, date, context) => date >= context.Get<DateOnly>(EarliestKey)).WithMessage(t["Evaluations.DateTooEarly"]);
            RuleForEach(c => c.Goals).ChildRules(goal =>
            {
                goal.RuleFor(g => g.Achievement).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage(t["Evaluations.AchievementRequired"])
                    .IsInEnum().WithMessage(t["Evaluations.AchievementRequired"]);
                goal.RuleFor(g => g.Comment).Cascade(CascadeMode.Stop)
                    .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage(t["Evaluations.GoalCommentRequired"])
                    .When(g => g.Achievement is GoalAchievement.PartlyAchieved or GoalAchievement.NotAchieved);
                goal.RuleFor(g => g.Comment).OptionalText(t, Evaluation.CommentMaxLength);
            });
            RuleFor(c => c.SituationChanges).RequiredText(t, "Evaluations.SituationRequired", Evaluation.TextMaxLength);
            RuleFor(c => c.Cooperation).NotNull().WithMessage(t["Evaluations.CooperationRequired"]).IsInEnum().WithMessage(t["Evaluations.CooperationRequired"]);
            RuleFor(c => c.Motivation).NotNull().WithMessage(t["Evaluations.MotivationRequired"]).IsInEnum().WithMessage(t["Evaluations.MotivationRequired"]);
            RuleFor(c => c.CooperationNotes).OptionalText(t, Evaluation.TextMaxLength);
            RuleFor(c => c.OverallResult).NotNull().WithMessage(t["Evaluations.ResultRequired"]).IsInEnum().WithMessage(t["Evaluations.ResultRequired"]);
            RuleFor(c => c.Decision).NotNull().WithMessage(t["Evaluations.DecisionRequired"]).IsInEnum().WithMessage(t["Evaluations.DecisionRequired"]);
            RuleFor(c => c.Justification).RequiredText(t, "Evaluations.JustificationRequired", Evaluation.TextMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public Task<PlanInForce?> PlanAsync(int id, CancellationToken ct) => EvaluationData.PlanInForceAsync(db, id, ct);

        public async Task<CaseChangeOutcome> RecordAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseFile = await scope.Cases(user).FirstOrDefaultAsync(c => c.Id == id, ct);
            if (caseFile is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            var plan = await EvaluationData.RevisionInForceAsync(db, id, ct);
            if (!CaseData.VersionMatches(db, caseFile, command.Version) || caseFile.Status != CaseStatus.Open || caseFile.IsArchived
                || command.PlanRevisionId != plan?.Revision.Id)
            {
                return CaseChangeOutcome.Conflict;
            }

            var content = new EvaluationContent
            {
                EvaluatedOn = command.EvaluatedOn!.Value,
                Goals = command.Goals.Select(g => new GoalResult(g.GoalKey, g.Achievement!.Value, g.Comment)).ToList(),
                SituationChanges = command.SituationChanges,
                Cooperation = command.Cooperation!.Value,
                Motivation = command.Motivation!.Value,
                CooperationNotes = command.CooperationNotes,
                OverallResult = command.OverallResult!.Value,
                Decision = command.Decision!.Value,
                Justification = command.Justification,
            };
            var by = CaseData.ActorOf(user);
            var now = clock.GetUtcNow();
            var evaluation = new Evaluation(caseFile, plan?.PlanId, plan?.Revision, content, by, now);
            db.Evaluations.Add(evaluation);
            caseFile.RecordServiceEvent(CaseEventKind.EvaluationRecorded, EvaluationTexts.Timeline(evaluation), by, now);
            audit.AddForClient(AuditActions.EvaluationRecord, caseFile.ClientId, caseFile.Id,
                string.Create(CultureInfo.InvariantCulture, $"result={evaluation.OverallResult}; decision={evaluation.Decision}; revision={evaluation.PlanRevisionNumber?.ToString(CultureInfo.InvariantCulture) ?? "-"}"));
            return await CaseData.SaveAsync(db, caseFile, ct);
        }
    }
}
