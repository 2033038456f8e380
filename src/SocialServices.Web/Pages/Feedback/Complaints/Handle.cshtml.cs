using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Feedback.Complaints;

/// <summary>
/// The manager's handling of an open complaint: the investigation, the verdict, the answer and its date, the action
/// taken. "Save" keeps what there is so far; "Save and close" needs all of it and takes the complaint off the board.
/// </summary>
[Authorize(Policy = AuthorizationPolicies.Manager)]
public sealed class HandleModel(HandleModel.Handler handler, IValidator<HandleModel.Command> validator, AppDbContext db, AccessScope scope,
    OrganisationInfo organisation, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string ClosingKey = "Closing";
    public const string ReceivedKey = "Received";
    public const string TodayKey = "Today";

    [BindProperty] public Command Input { get; set; } = new();

    public ComplaintView Complaint { get; private set; } = null!;

    public bool HasConflict { get; private set; }

    public DateOnly Today => LatvianTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        var c = Complaint;
        Input = new Command
        {
            Version = c.Version,
            Investigation = c.Investigation,
            Verdict = c.Verdict,
            Answer = c.Answer,
            AnsweredOn = c.AnsweredOn,
            ActionTaken = c.ActionTaken,
        };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) => SaveAsync(id, closing: false, ct);

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) => SaveAsync(id, closing: true, ct);

    private async Task<IActionResult> SaveAsync(int id, bool closing, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop)
        {
            return stop;
        }

        if (!Complaint.IsOpen)
        {
            return Page();
        }

        ModelState.Clear();
        var result = await validator.ValidateAsync(CaseRules.With(Input, (ClosingKey, closing), (ReceivedKey, Complaint.ReceivedOn), (TodayKey, Today)), ct);
        if (!result.IsValid)
        {
            result.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var outcome = await handler.SaveAsync(id, Input, closing, User, ct);
        if (outcome == CaseChangeOutcome.NotFound)
        {
            return NotFound();
        }

        if (outcome == CaseChangeOutcome.Conflict)
        {
            // Show what is stored now beside what the user typed (kept); saving again overwrites.
            await LoadAsync(id, ct);
            HasConflict = true;
            Input = Input with { Version = Complaint.Version };
            ModelState.AddModelError(string.Empty, t["Complaints.Conflict"]);
            return Page();
        }

        TempData["StatusMessage"] = t[closing ? "Complaints.Closed" : "Complaints.HandlingSaved", Complaint.Number].Value;
        return RedirectToPage("Details", new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var view = await ComplaintData.LoadAsync(db, scope, User, await organisation.IdAsync(ct), id, ct);
        if (view is null)
        {
            return NotFound();
        }

        Complaint = view;
        return null;
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public string? Investigation { get; init; }
        public ComplaintVerdict? Verdict { get; init; }
        public string? Answer { get; init; }
        public DateOnly? AnsweredOn { get; init; }
        public string? ActionTaken { get; init; }

        public ComplaintHandling ToHandling() => new(Investigation, Verdict, Answer, AnsweredOn, ActionTaken);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Investigation).OptionalText(t, Domain.Feedback.Complaint.TextMaxLength);
            RuleFor(c => c.Answer).OptionalText(t, Domain.Feedback.Complaint.TextMaxLength);
            RuleFor(c => c.ActionTaken).OptionalText(t, Domain.Feedback.Complaint.TextMaxLength);
            RuleFor(c => c.Verdict).IsInEnum().WithMessage(t["Complaints.VerdictRequired"]).When(c => c.Verdict is not null);

            // The closing rules are the complaint's own (one place): each problem goes next to its field.
            RuleFor(c => c).Custom((c, context) =>
            {
                var closing = context.Get<bool>(ClosingKey);
                var received = context.Get<DateOnly>(ReceivedKey);
                var today = context.Get<DateOnly>(TodayKey);
                var problems = closing
                    ? Domain.Feedback.Complaint.ClosingProblems(c.ToHandling(), received, today)
                    : Domain.Feedback.Complaint.AnswerDateProblems(c.AnsweredOn, received, today, required: false).ToList();
                foreach (var problem in problems)
                {
                    var (field, message) = problem switch
                    {
                        ComplaintClosingProblem.InvestigationMissing => (nameof(Command.Investigation), t["Complaints.InvestigationRequired"].Value),
                        ComplaintClosingProblem.VerdictMissing => (nameof(Command.Verdict), t["Complaints.VerdictRequired"].Value),
                        ComplaintClosingProblem.AnswerMissing => (nameof(Command.Answer), t["Complaints.AnswerRequired"].Value),
                        ComplaintClosingProblem.AnswerDateMissing => (nameof(Command.AnsweredOn), t["Complaints.AnswerDateRequired"].Value),
                        ComplaintClosingProblem.AnswerDateBeforeReceipt => (nameof(Command.AnsweredOn), t["Complaints.AnswerBeforeReceipt", FeedbackData.Date(received)].Value),
                        _ => (nameof(Command.AnsweredOn), t["Complaints.DateInFuture"].Value),
                    };
                    context.AddFailure(new ValidationFailure(field, message));
                }
            });
        }
    }

    public sealed class Handler(AppDbContext db, AuditLog audit, OrganisationInfo organisation, TimeProvider clock)
    {
        public async Task<CaseChangeOutcome> SaveAsync(int id, Command command, bool closing, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var organisationId = await organisation.IdAsync(ct);
            var complaint = await FeedbackData.Complaints(db, user, organisationId).FirstOrDefaultAsync(c => c.Id == id, ct);
            if (complaint is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (!RowVersion.Matches(db, complaint, command.Version) || !complaint.IsOpen)
            {
                return CaseChangeOutcome.Conflict;
            }

            var today = LatvianTime.Today(clock);
            if (closing)
            {
                complaint.Close(command.ToHandling(), today, CaseData.ActorOf(user), clock.GetUtcNow());
                ComplaintData.AddAudit(audit, AuditActions.ComplaintClose, complaint.ClientId, complaint.Number, "verdict=" + complaint.Verdict);
            }
            else
            {
                complaint.RecordHandling(command.ToHandling(), today);
                ComplaintData.AddAudit(audit, AuditActions.ComplaintHandle, complaint.ClientId, complaint.Number);
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return CaseChangeOutcome.Saved;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return CaseChangeOutcome.Conflict;
            }
        }
    }
}
