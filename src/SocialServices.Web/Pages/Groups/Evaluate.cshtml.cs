using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Groups;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Groups;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Groups;

/// <summary>
/// A leader (or a manager) writes a member's end-of-group evaluation once the group has ended: attendance is counted
/// from the attendance register, the leader writes the results reached and recommendations. The evaluation enters the
/// timeline of the client's open case that holds the application (else their only open case; with none the form says
/// so and the evaluation stays with the group). A correction is a new version with a reason; nothing is overwritten.
/// </summary>
public sealed class EvaluateModel(EvaluateModel.Handler handler, IValidator<EvaluateModel.Command> validator, IStringLocalizer<SharedResource> t, TimeProvider clock) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    public MemberView Member { get; private set; } = null!;

    public bool HasConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        Input = new Command
        {
            Version = Member.Current?.VersionNumber ?? 0,
            EvaluatedOn = CaseData.Today(clock),
            Results = Member.Current?.Results ?? string.Empty,
            Recommendations = Member.Current?.Recommendations ?? string.Empty,
        };
        await handler.AuditViewAsync(Member, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        if (!Member.HasEnded)
        {
            return Page();
        }

        ModelState.Clear();
        var isCorrection = Input.Version > 0 || Member.Current is not null;
        var validation = await validator.ValidateAsync(CaseRules.With(Input, ("Correction", (object?)isCorrection), ("Today", (object?)CaseData.Today(clock)), ("StartsOn", (object?)Member.StartsOn)), ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        if (!await handler.SaveAsync(Member, Input, User, ct))
        {
            HasConflict = true;
            await LoadAsync(id, ct);
            ModelState.Remove("Input.Version");
            Input = Input with { Version = Member.Current?.VersionNumber ?? 0 };
            return Page();
        }

        TempData["StatusMessage"] = t["Groups.EvaluationSaved", Member.ClientName].Value;
        return RedirectToPage("Evaluations", new { id = Member.GroupId });
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var member = await handler.LoadAsync(id, User, ct);
        if (member is null)
        {
            return NotFound();
        }

        if (!member.Rights.EditsSessions)
        {
            return Forbid();
        }

        Member = member;
        return null;
    }

    public sealed record MemberView(int EnrolmentId, int GroupId, string GroupName, DateOnly StartsOn, bool HasEnded, GroupMemberRow Row,
        EvaluationCaseChoice CaseChoice, int? CaseId, string? CaseNumber, IReadOnlyList<GroupMemberEvaluation> History, GroupRights Rights)
    {
        public int ClientId => Row.ClientId;

        public string ClientName => Row.ClientName;

        public GroupMemberEvaluation? Current => Row.Current;
    }

    public sealed record Command
    {
        /// <summary>The version in force when the form was opened (0: none yet).</summary>
        public int Version { get; init; }

        public DateOnly? EvaluatedOn { get; init; }
        public string Results { get; init; } = string.Empty;
        public string Recommendations { get; init; } = string.Empty;
        public string? CorrectionReason { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.EvaluatedOn).NotNull().WithMessage(t["Groups.EvaluatedOnRequired"])
                .Must((c, on, context) => on is null || (on.Value <= context.Get<DateOnly>("Today") && on.Value >= context.Get<DateOnly>("StartsOn")))
                .WithMessage(t["Groups.EvaluatedOnRange"]);
            RuleFor(c => c.Results).RequiredText(t, "Groups.ResultsRequired", GroupMemberEvaluation.TextMaxLength);
            RuleFor(c => c.Recommendations).RequiredText(t, "Groups.RecommendationsRequired", GroupMemberEvaluation.TextMaxLength);
            RuleFor(c => c.CorrectionReason).OptionalText(t, GroupMemberEvaluation.ReasonMaxLength)
                .Must((c, reason, context) => !context.Get<bool>("Correction") || !string.IsNullOrWhiteSpace(reason)).WithMessage(t["Groups.CorrectionReasonRequired"]);
        }
    }

    public sealed class Handler(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    {
        public async Task<MemberView?> LoadAsync(int id, ClaimsPrincipal user, CancellationToken ct)
        {
            var enrolment = await db.GroupEnrolments.AsNoTracking().Where(e => e.Id == id && e.GroupId != null && e.Status != EnrolmentStatus.WaitingList)
                .Select(e => new { e.Id, GroupId = e.GroupId!.Value }).FirstOrDefaultAsync(ct);
            if (enrolment is null)
            {
                return null;
            }

            var rights = await GroupAccess.RightsAsync(db, enrolment.GroupId, user, ct);
            if (!rights.ReadsEvaluations)
            {
                // Outside the group's leaders, managers and auditors the member is not shown at all.
                return null;
            }

            var group = await db.ProgrammeGroups.AsNoTracking().Where(g => g.Id == enrolment.GroupId).Select(g => new { g.Name, g.StartsOn, g.EndsOn }).FirstAsync(ct);
            var row = (await GroupEvaluationData.MembersAsync(db, enrolment.GroupId, ct)).Single(m => m.EnrolmentId == id);
            var (choice, caseId, number) = await GroupEvaluationData.CaseForAsync(db, id, ct);
            var history = await db.GroupMemberEvaluations.AsNoTracking().Where(e => e.EnrolmentId == id).OrderByDescending(e => e.VersionNumber).ToListAsync(ct);
            var ended = await GroupAccess.HasEndedAsync(db, enrolment.GroupId, group.EndsOn, CaseData.Today(clock), ct);
            return new MemberView(id, enrolment.GroupId, group.Name, group.StartsOn, ended, row, choice, caseId, number, history, rights);
        }

        public Task AuditViewAsync(MemberView member, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(member);
            return audit.WriteForClientAsync(AuditActions.GroupEvaluationRead, member.ClientId, member.CaseId, "group=" + member.GroupId.ToString(CultureInfo.InvariantCulture) + "; page=evaluate", ct: ct);
        }

        /// <summary>Saves the first version or a correction; false when another version was saved since the form was opened.</summary>
        public async Task<bool> SaveAsync(MemberView member, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(member);
            ArgumentNullException.ThrowIfNull(command);
            if ((member.Current?.VersionNumber ?? 0) != command.Version)
            {
                return false;
            }

            var by = CaseData.ActorOf(user);
            var now = clock.GetUtcNow();
            var enrolment = await db.GroupEnrolments.AsNoTracking().FirstAsync(e => e.Id == member.EnrolmentId, ct);
            var content = new GroupEvaluationContent(command.EvaluatedOn!.Value, command.Results, command.Recommendations, command.CorrectionReason);
            var evaluation = member.Current is { } current
                ? current.Correct(enrolment, member.CaseId, member.Row.Attended, member.Row.Held, content, by, now)
                : GroupMemberEvaluation.First(member.GroupId, enrolment, member.CaseId, member.Row.Attended, member.Row.Held, content, by, now);
            db.GroupMemberEvaluations.Add(evaluation);
            CaseFile? caseFile = null;
            if (member.CaseId is { } caseId)
            {
                caseFile = await db.CaseFiles.FirstAsync(c => c.Id == caseId, ct);
                var attendance = SocialServices.Reports.Documents.GroupEvaluationsDocument.Attendance(evaluation.SessionsAttended, evaluation.SessionsHeld);
                var text = evaluation.VersionNumber == 1
                    ? t["Groups.Timeline", member.GroupName, attendance, evaluation.Results, evaluation.Recommendations].Value
                    : t["Groups.TimelineCorrected", member.GroupName, attendance, evaluation.Results, evaluation.Recommendations, evaluation.CorrectionReason ?? string.Empty].Value;
                caseFile.RecordServiceEvent(CaseEventKind.GroupEvaluationRecorded, text, by, now);
            }

            audit.AddForClient(AuditActions.GroupEvaluationRecord, member.ClientId, member.CaseId,
                string.Create(CultureInfo.InvariantCulture, $"group={member.GroupId}; version={evaluation.VersionNumber}; attended={evaluation.SessionsAttended}/{evaluation.SessionsHeld}; case={member.CaseChoice}"));
            try
            {
                if (caseFile is not null)
                {
                    return await CaseData.SaveAsync(db, caseFile, ct) == CaseChangeOutcome.Saved;
                }

                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                // Another leader saved the same version at the same moment.
                db.ChangeTracker.Clear();
                return false;
            }
        }
    }
}
