using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Npgsql;
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
/// Writes the plan of a case: the first revision, or a new revision that starts from the one in force (the earlier
/// revisions stay as they were; from the second on a reason is required). Goals and tasks are added with buttons that
/// post the form back (no script needed) and removed with a tick; empty rows are ignored.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class EditModel(
    EditModel.Handler handler,
    IValidator<EditModel.Command> validator,
    AccessScope scope,
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IOptions<PlanSettings> settings,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public const string TodayKey = "Today";
    public const string OpenedKey = "OpenedOn";
    public const string PreviousKey = "Previous";
    public const string IntervalsKey = "Intervals";

    private CasePlan? _plan;
    private uint _version;

    [BindProperty] public Command Input { get; set; } = new();

    public CaseSummary Case { get; private set; } = null!;

    /// <summary>The revision in force; null while the case has no plan.</summary>
    public PlanRevision? Current { get; private set; }

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    /// <summary>Someone else saved the plan after this form was opened: the form keeps the input and carries the new version.</summary>
    public bool HasConflict { get; private set; }

    /// <summary>An open, not archived case gets plan revisions.</summary>
    public bool CanChange => Case.IsOpen && !Case.IsArchived;

    public DateOnly Today => LatvianTime.Today(clock);

    public ReviewIntervals Intervals => settings.Value.Intervals;

    public async Task<IActionResult> OnGetAsync(int caseId, CancellationToken ct)
    {
        if (await LoadAsync(caseId, ct) is { } stop)
        {
            return stop;
        }

        Input = Current is null ? Command.Empty(Today) : Command.From(Current, _version, Today);
        await audit.WriteForClientAsync(AuditActions.PlanRead, Case.ClientId, Case.Id, "page=edit" + (Current is null ? string.Empty : "; revision=" + Current.Number), ct: ct);
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

        if (IsStale())
        {
            return Conflict();
        }

        var validation = await validator.ValidateAsync(
            CaseRules.With(Input, (TodayKey, Today), (OpenedKey, Case.OpenedOn), (PreviousKey, Current?.RevisedOn), (IntervalsKey, Intervals)), ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var outcome = await handler.SaveAsync(caseId, Input, User, ct);
        switch (outcome)
        {
            case SaveOutcome.Saved:
                TempData["StatusMessage"] = t["Plans.SavedMessage"].Value;
                return RedirectToPage("Details", new { caseId });
            case SaveOutcome.UnknownWorker:
                ModelState.AddModelError(string.Empty, t["Plans.WorkerNotAvailable"]);
                return Page();
            case SaveOutcome.Conflict:
                await LoadAsync(caseId, ct);
                return Conflict();
            default:
                return NotFound();
        }
    }

    /// <summary>Adds an empty goal (with one empty task) and shows the form again.</summary>
    public async Task<IActionResult> OnPostAddGoalAsync(int caseId, CancellationToken ct)
    {
        if (await LoadAsync(caseId, ct) is { } stop)
        {
            return stop;
        }

        ModelState.Clear();
        Input.Goals.Add(GoalForm.Blank());
        return Page();
    }

    /// <summary>Adds an empty task to a goal and shows the form again.</summary>
    public async Task<IActionResult> OnPostAddTaskAsync(int caseId, int goal, CancellationToken ct)
    {
        if (await LoadAsync(caseId, ct) is { } stop)
        {
            return stop;
        }

        ModelState.Clear();
        if (goal >= 0 && goal < Input.Goals.Count)
        {
            Input.Goals[goal].Tasks.Add(new TaskForm());
        }

        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int caseId, CancellationToken ct)
    {
        var summary = await CaseData.SummaryAsync(scope, db, User, caseId, ct);
        if (summary is null)
        {
            return NotFound();
        }

        if (!summary.CanEdit)
        {
            return Forbid();
        }

        Case = summary;
        _plan = await PlanData.LoadAsync(db, scope, User, caseId, tracked: false, ct);
        _version = _plan is null ? 0 : await PlanData.VersionAsync(db, caseId, ct);
        Current = _plan?.Current;
        Staff = await CaseData.ActiveStaffAsync(db, PlanData.StaffRoles, ct);
        return null;
    }

    private bool IsStale() => Input.Version != _version;

    private PageResult Conflict()
    {
        HasConflict = true;
        ModelState.Remove("Input.Version");
        Input = Input with { Version = _version };
        return Page();
    }

    public enum SaveOutcome
    {
        Saved,
        Conflict,
        NotFound,
        UnknownWorker,
    }

    public sealed record Command
    {
        /// <summary>The plan's version when the form was opened; 0 for a new plan.</summary>
        public uint Version { get; init; }

        public PlanKind? Kind { get; init; }
        public bool ClientLivesAtProvider { get; init; }
        public DateOnly? RevisedOn { get; init; }

        /// <summary>Empty: the latest day the interval allows.</summary>
        public DateOnly? ReviewOn { get; init; }

        /// <summary>One problem a line.</summary>
        public string? Problems { get; init; }

        public List<GoalForm> Goals { get; init; } = [];

        /// <summary>One planned service or kind of assistance a line.</summary>
        public string? Services { get; init; }

        /// <summary>One cooperating institution a line.</summary>
        public string? Institutions { get; init; }

        /// <summary>One agreed meeting time a line.</summary>
        public string? Meetings { get; init; }

        public string? Reason { get; init; }

        /// <summary>Whether this save makes a later revision (a reason is then required).</summary>
        public bool IsRevision => Version != 0;

        public static Command Empty(DateOnly today) => new() { RevisedOn = today, Goals = [GoalForm.Blank()] };

        public static Command From(PlanRevision current, uint version, DateOnly today)
        {
            ArgumentNullException.ThrowIfNull(current);
            return new Command
            {
                Version = version,
                Kind = current.Kind,
                ClientLivesAtProvider = current.ClientLivesAtProvider,
                RevisedOn = today,
                Problems = PlanData.JoinLines(current.Problems),
                Goals = [.. current.Goals.OrderBy(g => g.Position).Select(GoalForm.From)],
                Services = PlanData.JoinLines(current.Services),
                Institutions = PlanData.JoinLines(current.Institutions),
                Meetings = PlanData.JoinLines(current.Meetings),
            };
        }
    }

    public sealed class GoalForm
    {
        public Guid? Key { get; set; }
        public string? Text { get; set; }
        public bool Remove { get; set; }
        public List<TaskForm> Tasks { get; init; } = [];

        public bool IsBlank => string.IsNullOrWhiteSpace(Text) && Tasks.All(t => t.IsBlank);

        /// <summary>Ignored at saving: removed, or nothing typed into it.</summary>
        public bool IsSkipped => Remove || IsBlank;

        public static GoalForm Blank() => new() { Tasks = [new TaskForm()] };

        public static GoalForm From(PlanGoal goal)
        {
            ArgumentNullException.ThrowIfNull(goal);
            return new GoalForm
            {
                Key = goal.Key,
                Text = goal.Text,
                Tasks = [.. goal.Tasks.OrderBy(t => t.Position).Select(t => new TaskForm
                {
                    Key = t.Key,
                    Measure = t.Measure,
                    Deadline = t.Deadline,
                    ExpectedResult = t.ExpectedResult,
                    ResponsibleKind = t.ResponsibleKind,
                    ResponsibleName = t.ResponsibleKind == Domain.Plans.ResponsibleKind.Worker ? null : t.ResponsibleName,
                    ResponsibleUserId = t.ResponsibleUserId,
                })],
            };
        }
    }

    public sealed class TaskForm
    {
        public Guid? Key { get; set; }
        public string? Measure { get; set; }
        public DateOnly? Deadline { get; set; }
        public string? ExpectedResult { get; set; }
        public ResponsibleKind? ResponsibleKind { get; set; }

        /// <summary>The client's, family member's or institution's name (a worker is chosen from the staff).</summary>
        public string? ResponsibleName { get; set; }

        public string? ResponsibleUserId { get; set; }
        public bool Remove { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Measure) && Deadline is null && string.IsNullOrWhiteSpace(ExpectedResult)
            && ResponsibleKind is null && string.IsNullOrWhiteSpace(ResponsibleName) && string.IsNullOrWhiteSpace(ResponsibleUserId);

        public bool IsSkipped => Remove || IsBlank;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Kind).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Plans.KindRequired"])
                .IsInEnum().WithMessage(t["Plans.KindRequired"]);
            RuleFor(c => c.RevisedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Plans.RevisedOnRequired"])
                .Must((_, day, context) => day <= context.Get<DateOnly>(TodayKey)).WithMessage(t["Plans.RevisedOnInFuture"])
                .Must((_, day, context) => day >= context.Get<DateOnly>(OpenedKey)).WithMessage(t["Plans.RevisedOnBeforeOpened"])
                .Must((_, day, context) => !context.RootContextData.TryGetValue(PreviousKey, out var previous) || previous is not DateOnly before || day >= before)
                .WithMessage(t["Plans.RevisedOnBeforePrevious"]);
            RuleFor(c => c.ReviewOn)
                .Must((c, day) => c.RevisedOn is null || day > c.RevisedOn).WithMessage(t["Plans.ReviewBeforeRevision"])
                .Custom((day, context) =>
                {
                    var command = context.InstanceToValidate;
                    if (day is null || command.RevisedOn is not { } revised || day <= revised)
                    {
                        return;
                    }

                    var latest = PlanReview.Latest(revised, command.ClientLivesAtProvider, context.Get<ReviewIntervals>(IntervalsKey));
                    if (day > latest)
                    {
                        context.AddFailure(t["Plans.ReviewTooLate", latest.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)]);
                    }
                })
                .When(c => c.ReviewOn is not null);
            RuleFor(c => c.Problems).OptionalText(t, 20000).Must(LinesFit).WithMessage(t["Plans.LineTooLong", CasePlan.MaxShortTextLength]);
            RuleFor(c => c.Services).OptionalText(t, 20000).Must(LinesFit).WithMessage(t["Plans.LineTooLong", CasePlan.MaxShortTextLength]);
            RuleFor(c => c.Institutions).OptionalText(t, 20000).Must(LinesFit).WithMessage(t["Plans.LineTooLong", CasePlan.MaxShortTextLength]);
            RuleFor(c => c.Meetings).OptionalText(t, 20000).Must(LinesFit).WithMessage(t["Plans.LineTooLong", CasePlan.MaxShortTextLength]);
            RuleFor(c => c.Goals).Must(goals => goals.Any(g => !g.IsSkipped)).WithMessage(t["Plans.GoalRequired"]);
            RuleForEach(c => c.Goals).SetValidator(new GoalValidator(t));
            RuleFor(c => c.Reason!).RequiredText(t, "Plans.ReasonRequired", CasePlan.MaxTextLength).When(c => c.IsRevision);
            RuleFor(c => c.Reason).OptionalText(t, CasePlan.MaxTextLength).When(c => !c.IsRevision);
        }

        private static bool LinesFit(string? text) => PlanData.Lines(text).All(l => l.Length <= CasePlan.MaxShortTextLength);
    }

    private sealed class GoalValidator : AbstractValidator<GoalForm>
    {
        public GoalValidator(IStringLocalizer<SharedResource> t)
        {
            When(g => !g.IsSkipped, () =>
            {
                RuleFor(g => g.Text!).RequiredText(t, "Plans.GoalTextRequired", CasePlan.MaxTextLength);
                RuleFor(g => g.Tasks).Must(tasks => tasks.Any(x => !x.IsSkipped)).WithMessage(t["Plans.TaskRequired"]);
                RuleForEach(g => g.Tasks).SetValidator(new TaskValidator(t));
            });
        }
    }

    private sealed class TaskValidator : AbstractValidator<TaskForm>
    {
        public TaskValidator(IStringLocalizer<SharedResource> t)
        {
            When(x => !x.IsSkipped, () =>
            {
                RuleFor(x => x.Measure!).RequiredText(t, "Plans.MeasureRequired", CasePlan.MaxTextLength);
                RuleFor(x => x.Deadline).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage(t["Plans.DeadlineRequired"])
                    .Must(d => d >= CaseData.EarliestDate && d <= new DateOnly(2100, 12, 31)).WithMessage(t["Plans.DeadlineRequired"]);
                RuleFor(x => x.ExpectedResult!).RequiredText(t, "Plans.ExpectedResultRequired", CasePlan.MaxTextLength);
                RuleFor(x => x.ResponsibleKind).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage(t["Plans.ResponsibleKindRequired"])
                    .IsInEnum().WithMessage(t["Plans.ResponsibleKindRequired"]);
                RuleFor(x => x.ResponsibleUserId).NotEmpty().WithMessage(t["Plans.ResponsibleWorkerRequired"])
                    .When(x => x.ResponsibleKind == ResponsibleKind.Worker);
                RuleFor(x => x.ResponsibleName!).RequiredText(t, "Plans.ResponsibleNameRequired", CasePlan.MaxShortTextLength)
                    .When(x => x.ResponsibleKind is not null and not ResponsibleKind.Worker);
            });
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock, IOptions<PlanSettings> settings)
    {
        public async Task<SaveOutcome> SaveAsync(int caseId, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseFile = await CaseData.LoadForChangeAsync(scope, user, caseId, ct);
            if (caseFile is null)
            {
                return SaveOutcome.NotFound;
            }

            if (caseFile.Status != CaseStatus.Open || caseFile.IsArchived)
            {
                return SaveOutcome.Conflict;
            }

            var plan = await PlanData.LoadAsync(db, scope, user, caseId, tracked: true, ct);
            if ((plan is null && command.Version != 0) || (plan is not null && command.Version != PlanData.VersionOf(db, plan)))
            {
                return SaveOutcome.Conflict;
            }

            var staff = (await CaseData.ActiveStaffAsync(db, PlanData.StaffRoles, ct)).ToDictionary(s => s.Id, s => s.Name);
            var keptWorkers = plan?.Current.Tasks.Where(x => x.ResponsibleUserId is not null).ToDictionary(x => x.ResponsibleUserId!, x => x.ResponsibleName) ?? [];
            var goals = new List<GoalInput>();
            foreach (var goal in command.Goals.Where(g => !g.IsSkipped))
            {
                var tasks = new List<TaskInput>();
                foreach (var task in goal.Tasks.Where(x => !x.IsSkipped))
                {
                    var kind = task.ResponsibleKind!.Value;
                    string name;
                    if (kind == ResponsibleKind.Worker)
                    {
                        // A worker who has left may stay responsible for a task carried over from the previous revision.
                        if (!staff.TryGetValue(task.ResponsibleUserId!, out name!) && !keptWorkers.TryGetValue(task.ResponsibleUserId!, out name!))
                        {
                            return SaveOutcome.UnknownWorker;
                        }
                    }
                    else
                    {
                        name = task.ResponsibleName!;
                    }

                    tasks.Add(new TaskInput(task.Key, task.Measure!, task.Deadline!.Value, task.ExpectedResult!, kind, name, kind == ResponsibleKind.Worker ? task.ResponsibleUserId : null));
                }

                goals.Add(new GoalInput(goal.Key, goal.Text!, tasks));
            }

            var content = new PlanContent
            {
                Kind = command.Kind!.Value,
                ClientLivesAtProvider = command.ClientLivesAtProvider,
                RevisedOn = command.RevisedOn!.Value,
                ReviewOn = command.ReviewOn,
                Problems = PlanData.Lines(command.Problems),
                Goals = goals,
                Services = PlanData.Lines(command.Services),
                Institutions = PlanData.Lines(command.Institutions),
                Meetings = PlanData.Lines(command.Meetings),
            };
            var actor = CaseData.ActorOf(user);
            var now = clock.GetUtcNow();
            PlanRevision revision;
            if (plan is null)
            {
                plan = new CasePlan(caseFile.OrganisationId, caseFile.Id, caseFile.ClientId, KnownKeysOnly(content, null), settings.Value.Intervals, actor, now);
                db.Plans.Add(plan);
                revision = plan.Current;
            }
            else
            {
                if (content.RevisedOn < plan.Current.RevisedOn)
                {
                    return SaveOutcome.Conflict;
                }

                // Keys that are not in the plan's history are new goals and tasks (a tampered form cannot reuse another plan's keys).
                revision = plan.Revise(KnownKeysOnly(content, plan), command.Reason!, settings.Value.Intervals, actor, now);
            }

            caseFile.RecordServiceEvent(CaseEventKind.PlanRevised, PlanTexts.Revised(revision), actor, now);
            audit.AddForClient(AuditActions.PlanRevise, caseFile.ClientId, caseFile.Id,
                $"revision={revision.Number}; kind={revision.Kind}; goals={revision.Goals.Count}; tasks={revision.Tasks.Count()}", revision.Reason);
            try
            {
                var outcome = await CaseData.SaveAsync(db, caseFile, ct);
                return outcome == CaseChangeOutcome.Saved ? SaveOutcome.Saved : SaveOutcome.Conflict;
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Two first revisions at once: the other one made the plan.
                db.ChangeTracker.Clear();
                return SaveOutcome.Conflict;
            }
        }

        /// <summary>
        /// Keeps the keys of goals and tasks that are in the plan's history, once each; any other key (a new plan, a
        /// tampered or repeated one) becomes a new goal or task.
        /// </summary>
        private static PlanContent KnownKeysOnly(PlanContent content, CasePlan? plan)
        {
            var goalKeys = plan?.Revisions.SelectMany(r => r.Goals).Select(g => g.Key).ToHashSet() ?? [];
            var taskKeys = plan?.Revisions.SelectMany(r => r.Tasks).Select(x => x.Key).ToHashSet() ?? [];
            var usedGoals = new HashSet<Guid>();
            var usedTasks = new HashSet<Guid>();
            return content with
            {
                Goals = [.. content.Goals.Select(g => g with
                {
                    Key = g.Key is { } k && goalKeys.Contains(k) && usedGoals.Add(k) ? k : null,
                    Tasks = [.. g.Tasks.Select(x => x with { Key = x.Key is { } tk && taskKeys.Contains(tk) && usedTasks.Add(tk) ? tk : null })],
                })],
            };
        }
    }
}
