using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Contacts;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;
using SocialServices.Web.Pages.Plans;

namespace SocialServices.Web.Pages.Contacts;

/// <summary>
/// Records a contact or action in a case (a record of service delivery): when, how long, what kind, who took part,
/// which tasks of the plan in force were worked on and how far each got, notes and the next step. The short form on
/// the case page posts here too. Open cases and closed ones under monitoring; not archived ones.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.ClientEditor)]
public sealed class RecordModel(RecordModel.Handler handler, IValidator<RecordModel.Command> validator, AccessScope scope, AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : PageModel
{
    public const string NowKey = "Now";
    public const string OpenedKey = "OpenedOn";

    /// <summary>The value of <see cref="Command.ReturnTo"/> that sends the user back to the case page.</summary>
    public const string ReturnToCase = "case";

    [BindProperty] public Command Input { get; set; } = new();

    public CaseSummary Case { get; private set; } = null!;

    public CurrentPlanTasks? Plan { get; private set; }

    /// <summary>The plan was revised after the form was opened: the tasks shown are the new revision's.</summary>
    public bool PlanChanged { get; private set; }

    public bool CanChange => !Case.IsArchived;

    public async Task<IActionResult> OnGetAsync(int caseId, CancellationToken ct)
    {
        if (await LoadAsync(caseId, ct) is { } stop)
        {
            return stop;
        }

        Input = Command.Blank(LatvianTime.ToLocal(clock.GetUtcNow()), Plan);
        await audit.WriteForClientAsync(AuditActions.ContactRead, Case.ClientId, Case.Id, "page=record", ct: ct);
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

        var worked = Input.Tasks.Where(x => x.Outcome is not null).ToList();
        if (worked.Count > 0 && (Plan is null || Input.PlanRevisionNumber != Plan.RevisionNumber || worked.Any(x => Plan.Tasks.All(p => p.Key != x.Key))))
        {
            // The plan was revised meanwhile: offer its tasks now, keep what was chosen for the tasks it still has.
            return ShowPlanChanged();
        }

        var validation = await validator.ValidateAsync(CaseRules.With(Input, (NowKey, LatvianTime.ToLocal(clock.GetUtcNow())), (OpenedKey, Case.OpenedOn)), ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        switch (await handler.RecordAsync(caseId, Input, User, ct))
        {
            case CaseChangeOutcome.Saved:
                TempData["StatusMessage"] = t["Contacts.RecordedMessage"].Value;
                return Input.ReturnTo == ReturnToCase ? Redirect(Url.Page("/Cases/Details", new { id = caseId }) + "#contacts") : RedirectToPage("Index", new { caseId });
            case CaseChangeOutcome.Conflict:
                await LoadAsync(caseId, ct);
                return ShowPlanChanged();
            default:
                return NotFound();
        }
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
        Plan = await ContactData.CurrentTasksAsync(db, caseId, ct);
        return null;
    }

    private PageResult ShowPlanChanged()
    {
        PlanChanged = true;
        var chosen = Input.Tasks.Where(x => x.Outcome is not null).ToDictionary(x => x.Key, x => x.Outcome);
        ModelState.Clear();
        Input = Input with
        {
            PlanRevisionNumber = Plan?.RevisionNumber,
            Tasks = [.. (Plan?.Tasks ?? []).Select(p => new TaskOutcomeForm { Key = p.Key, Outcome = chosen.GetValueOrDefault(p.Key) })],
        };
        return Page();
    }

    public sealed record Command
    {
        public DateOnly? Date { get; init; }
        public TimeOnly? Time { get; init; }
        public int? DurationMinutes { get; init; }
        public ContactKind? Kind { get; init; }
        public string? Participants { get; init; }
        public string? Notes { get; init; }
        public string? NextStep { get; init; }

        /// <summary>The plan revision whose tasks the form offered.</summary>
        public int? PlanRevisionNumber { get; init; }

        public List<TaskOutcomeForm> Tasks { get; init; } = [];

        /// <summary>"case" when the short form on the case page posted.</summary>
        public string? ReturnTo { get; init; }

        public static Command Blank(DateTimeOffset localNow, CurrentPlanTasks? plan) => new()
        {
            Date = DateOnly.FromDateTime(localNow.DateTime),
            Time = new TimeOnly(localNow.Hour, localNow.Minute),
            PlanRevisionNumber = plan?.RevisionNumber,
            Tasks = [.. (plan?.Tasks ?? []).Select(p => new TaskOutcomeForm { Key = p.Key })],
        };
    }

    public sealed class TaskOutcomeForm
    {
        public Guid Key { get; set; }

        /// <summary>Empty: the task was not worked on in this contact.</summary>
        public TaskOutcome? Outcome { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Date).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Contacts.DateRequired"])
                .Must((_, day, context) => day <= DateOnly.FromDateTime(context.Get<DateTimeOffset>(NowKey).DateTime)).WithMessage(t["Contacts.DateInFuture"])
                .Must((_, day, context) => day >= context.Get<DateOnly>(OpenedKey)).WithMessage(t["Contacts.DateBeforeOpened"]);
            RuleFor(c => c.Time).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Contacts.TimeRequired"])
                .Must((c, time, context) =>
                {
                    var now = context.Get<DateTimeOffset>(NowKey);
                    return c.Date != DateOnly.FromDateTime(now.DateTime) || time <= TimeOnly.FromDateTime(now.DateTime).AddMinutes(5);
                }).WithMessage(t["Contacts.TimeInFuture"]);
            RuleFor(c => c.DurationMinutes).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Contacts.DurationRequired"])
                .InclusiveBetween(1, ContactRecord.MaxDurationMinutes).WithMessage(t["Contacts.DurationRange", ContactRecord.MaxDurationMinutes]);
            RuleFor(c => c.Kind).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Contacts.KindRequired"])
                .IsInEnum().WithMessage(t["Contacts.KindRequired"]);
            RuleFor(c => c.Participants!).RequiredText(t, "Contacts.ParticipantsRequired", ContactRecord.MaxTextLength);
            RuleFor(c => c.Notes).OptionalText(t, ContactRecord.MaxNotesLength);
            RuleFor(c => c.NextStep).OptionalText(t, ContactRecord.MaxTextLength);
            RuleForEach(c => c.Tasks).ChildRules(task => task.RuleFor(x => x.Outcome).IsInEnum().WithMessage(t["Contacts.OutcomeInvalid"]));
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        public async Task<CaseChangeOutcome> RecordAsync(int caseId, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseFile = await CaseData.LoadForChangeAsync(scope, user, caseId, ct);
            if (caseFile is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (caseFile.IsArchived)
            {
                return CaseChangeOutcome.Conflict;
            }

            var plan = await ContactData.CurrentTasksAsync(db, caseId, ct);
            var worked = command.Tasks.Where(x => x.Outcome is not null).ToList();
            if (worked.Count > 0 && (plan is null || plan.RevisionNumber != command.PlanRevisionNumber || worked.Any(x => plan.Tasks.All(p => p.Key != x.Key))))
            {
                return CaseChangeOutcome.Conflict;
            }

            var texts = plan?.Tasks.ToDictionary(p => p.Key, p => p.Measure) ?? [];
            var details = new ContactDetails
            {
                OccurredAt = ContactData.At(command.Date!.Value, command.Time!.Value),
                DurationMinutes = command.DurationMinutes!.Value,
                Kind = command.Kind!.Value,
                Participants = command.Participants!,
                Notes = command.Notes,
                NextStep = command.NextStep,
                PlanId = worked.Count > 0 ? plan!.PlanId : null,
                PlanRevisionNumber = worked.Count > 0 ? plan!.RevisionNumber : null,
                Tasks = [.. worked.DistinctBy(x => x.Key).Select(x => new TaskOutcomeInput(x.Key, x.Outcome!.Value, texts[x.Key]))],
            };
            var actor = CaseData.ActorOf(user);
            var now = clock.GetUtcNow();
            var record = new ContactRecord(caseFile.OrganisationId, caseFile.Id, caseFile.ClientId, details, actor, now);
            db.ContactRecords.Add(record);
            caseFile.RecordServiceEvent(CaseEventKind.ContactRecorded, PlanTexts.Recorded(record), actor, now);
            audit.AddForClient(AuditActions.ContactRecord, caseFile.ClientId, caseFile.Id,
                string.Create(CultureInfo.InvariantCulture, $"kind={record.Kind}; at={record.OccurredAt.UtcDateTime:yyyy-MM-ddTHH:mmZ}; minutes={record.DurationMinutes}; tasks={string.Join(",", record.Tasks.Select(x => x.TaskKey.ToString("N")[..8] + ":" + x.Outcome))}"));
            return await CaseData.SaveAsync(db, caseFile, ct);
        }
    }
}
