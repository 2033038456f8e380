using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Groups;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Groups;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Groups;

/// <summary>
/// One session of a group: move it (date, times, room) or cancel it with a reason (it stays on the schedule, struck
/// through). Managers and the group's leaders; a held session (attendance recorded) is neither moved nor cancelled.
/// </summary>
public sealed class SessionModel(SessionModel.Handler handler, IValidator<SessionModel.Command> validator, IValidator<SessionModel.CancelCommand> cancelValidator,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public Command Input { get; set; } = new();

    [BindProperty] public CancelCommand Cancel { get; set; } = new();

    public SessionView Session { get; private set; } = null!;

    public bool HasConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        Input = new Command { Version = Session.Version, Date = Session.Date, StartsAt = Session.StartsAt, EndsAt = Session.EndsAt, Room = Session.Room };
        Cancel = new CancelCommand { Version = Session.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        ModelState.Clear();
        var validation = await validator.ValidateAsync(Input, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            Cancel = new CancelCommand { Version = Session.Version };
            return Page();
        }

        var outcome = await handler.MoveAsync(id, Input, User, ct);
        return await OutcomeAsync(id, outcome, "Groups.SessionMoved", ct);
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null)
        {
            return result;
        }

        ModelState.Clear();
        var validation = await cancelValidator.ValidateAsync(Cancel, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Cancel));
            Input = new Command { Version = Session.Version, Date = Session.Date, StartsAt = Session.StartsAt, EndsAt = Session.EndsAt, Room = Session.Room };
            return Page();
        }

        var outcome = await handler.CancelAsync(id, Cancel, User, ct);
        return await OutcomeAsync(id, outcome, "Groups.SessionCancelledMessage", ct);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var session = await handler.LoadAsync(id, ct);
        if (session is null)
        {
            return NotFound();
        }

        var rights = await GroupAccess.RightsAsync(handler.Db, session.GroupId, User, ct);
        if (!rights.EditsSessions)
        {
            return Forbid();
        }

        Session = session;
        return null;
    }

    private async Task<IActionResult> OutcomeAsync(int id, CaseChangeOutcome outcome, string messageKey, CancellationToken ct)
    {
        switch (outcome)
        {
            case CaseChangeOutcome.Saved:
                TempData["StatusMessage"] = t[messageKey, Session.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)].Value;
                return RedirectToPage("Details", new { id = Session.GroupId });
            case CaseChangeOutcome.Conflict:
                Session = await handler.LoadAsync(id, ct) ?? Session;
                HasConflict = true;
                ModelState.Remove("Input.Version");
                ModelState.Remove("Cancel.Version");
                Input = Input with { Version = Session.Version };
                Cancel = Cancel with { Version = Session.Version };
                return Page();
            default:
                return NotFound();
        }
    }

    public sealed record SessionView(int Id, int GroupId, string GroupName, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string? Room, bool Cancelled, string? CancelReason, bool Held, uint Version)
    {
        /// <summary>Only a planned session that has not been held changes.</summary>
        public bool CanChange => !Cancelled && !Held;
    }

    public sealed record Command
    {
        public uint Version { get; init; }
        public DateOnly? Date { get; init; }
        public TimeOnly? StartsAt { get; init; }
        public TimeOnly? EndsAt { get; init; }
        public string? Room { get; init; }
    }

    public sealed record CancelCommand
    {
        public uint Version { get; init; }
        public string Reason { get; init; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Date).NotNull().WithMessage(t["Groups.DateRequired"])
                .Must(d => d is null || d.Value >= CaseData.EarliestDate).WithMessage(t["Groups.DateRequired"]);
            RuleFor(c => c.StartsAt).NotNull().WithMessage(t["Groups.TimeRequired"]);
            RuleFor(c => c.EndsAt).NotNull().WithMessage(t["Groups.TimeRequired"])
                .Must((c, end) => end is null || c.StartsAt is null || end > c.StartsAt).WithMessage(t["Groups.EndsBeforeStarts"]);
            RuleFor(c => c.Room).OptionalText(t, 200);
        }
    }

    public sealed class CancelValidator : AbstractValidator<CancelCommand>
    {
        public CancelValidator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.Reason).RequiredText(t, "Groups.CancelReasonRequired", GroupSession.MaxReasonLength);
        }
    }

    public sealed class Handler(AppDbContext db, AuditLog audit)
    {
        public AppDbContext Db => db;

        public async Task<SessionView?> LoadAsync(int id, CancellationToken ct) =>
            await db.GroupSessions.AsNoTracking().Where(s => s.Id == id)
                .Select(s => new SessionView(s.Id, s.GroupId, db.ProgrammeGroups.Where(g => g.Id == s.GroupId).Select(g => g.Name).First(), s.Date, s.StartsAt, s.EndsAt, s.Room,
                    s.Status == SessionStatus.Cancelled, s.CancelReason, s.AttendanceRecorded, EF.Property<uint>(s, "Version")))
                .FirstOrDefaultAsync(ct);

        public async Task<CaseChangeOutcome> MoveAsync(int id, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var session = await db.GroupSessions.FirstOrDefaultAsync(s => s.Id == id, ct);
            if (session is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (!RowVersion.Matches(db, session, command.Version) || session.Status == SessionStatus.Cancelled || session.AttendanceRecorded)
            {
                return CaseChangeOutcome.Conflict;
            }

            var before = string.Create(CultureInfo.InvariantCulture, $"{session.Date:yyyy-MM-dd} {session.StartsAt:HH:mm}-{session.EndsAt:HH:mm} {session.Room}");
            session.Move(command.Date!.Value, command.StartsAt!.Value, command.EndsAt!.Value, command.Room);
            return await SaveAsync(session, AuditActions.GroupSessionMove,
                string.Create(CultureInfo.InvariantCulture, $"session={id}; from={before.Trim()}; to={session.Date:yyyy-MM-dd} {session.StartsAt:HH:mm}-{session.EndsAt:HH:mm} {session.Room}").Trim(), ct);
        }

        public async Task<CaseChangeOutcome> CancelAsync(int id, CancelCommand command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var session = await db.GroupSessions.FirstOrDefaultAsync(s => s.Id == id, ct);
            if (session is null)
            {
                return CaseChangeOutcome.NotFound;
            }

            if (!RowVersion.Matches(db, session, command.Version) || session.Status == SessionStatus.Cancelled || session.AttendanceRecorded)
            {
                return CaseChangeOutcome.Conflict;
            }

            session.Cancel(command.Reason);
            return await SaveAsync(session, AuditActions.GroupSessionCancel,
                string.Create(CultureInfo.InvariantCulture, $"session={id}; date={session.Date:yyyy-MM-dd}; reason={session.CancelReason}"), ct);
        }

        private async Task<CaseChangeOutcome> SaveAsync(GroupSession session, string action, string details, CancellationToken ct)
        {
            var group = await db.ProgrammeGroups.FirstAsync(g => g.Id == session.GroupId, ct);
            await GroupAccess.SyncDatesAsync(db, group, ct);
            audit.Add(action, "ProgrammeGroup", group.Id.ToString(CultureInfo.InvariantCulture), details);
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
