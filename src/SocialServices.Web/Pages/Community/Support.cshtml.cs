using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Community;
using SocialServices.Web.Access;
using SocialServices.Web.Auditing;
using SocialServices.Web.Community;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Community;

/// <summary>
/// The support person service (atbalsta persona) of a client: within a running support-person episode, a support person (a member
/// of staff or an external person) is assigned with the support intensity and the goals agreed; the log of meetings (day, duration,
/// topic, the decisions the client took with support). Each meeting's hours are units of the episode (source: support meeting).
/// </summary>
public sealed class SupportModel(SupportModel.Handler handler, IValidator<SupportModel.AssignCommand> assignValidator, IValidator<SupportModel.MeetingCommand> meetingValidator,
    IValidator<SupportModel.EndCommand> endValidator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public AssignCommand Assign { get; set; } = new();
    [BindProperty] public MeetingCommand Meeting { get; set; } = new();
    [BindProperty] public EndCommand Ending { get; set; } = new();

    public SupportView View { get; private set; } = null!;

    /// <summary>Someone changed the client's support persons after the form was opened: nothing was saved, the input is kept.</summary>
    public bool HasConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int clientId, CancellationToken ct)
    {
        if (await LoadAsync(clientId, true, ct) is { } stop)
        {
            return stop;
        }

        Assign = NewAssign();
        Meeting = NewMeeting();
        return Page();
    }

    public async Task<IActionResult> OnPostAssignAsync(int clientId, CancellationToken ct)
    {
        if (await BeginAsync(clientId, nameof(Assign), ct) is { } stop)
        {
            return stop;
        }

        var validation = await assignValidator.ValidateAsync(Assign, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Assign));
            return Page();
        }

        if (!await handler.AssignAsync(clientId, Assign, User, ct))
        {
            ModelState.AddModelError("Assign.EpisodeId", t["Community.SupportEpisodeRequired"]);
            return Page();
        }

        TempData["StatusMessage"] = t["Community.SupportAssigned"].Value;
        return RedirectToPage(new { clientId });
    }

    public async Task<IActionResult> OnPostMeetingAsync(int clientId, CancellationToken ct)
    {
        if (await BeginAsync(clientId, nameof(Meeting), ct) is { } stop)
        {
            return stop;
        }

        var validation = await meetingValidator.ValidateAsync(Meeting, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Meeting));
            return Page();
        }

        switch (await handler.RecordMeetingAsync(clientId, Meeting, User, ct))
        {
            case SupportOutcome.Refused:
                ModelState.AddModelError("Meeting.On", t["Community.MeetingOutsideAssignment"]);
                return Page();
            case SupportOutcome.Conflict:
                return await ConflictAsync(clientId, ct);
        }

        TempData["StatusMessage"] = t["Community.MeetingRecorded"].Value;
        return RedirectToPage(new { clientId });
    }

    public async Task<IActionResult> OnPostEndAsync(int clientId, CancellationToken ct)
    {
        if (await BeginAsync(clientId, nameof(Ending), ct) is { } stop)
        {
            return stop;
        }

        var validation = await endValidator.ValidateAsync(Ending, ct);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Ending));
            return Page();
        }

        switch (await handler.EndAsync(clientId, Ending, User, ct))
        {
            case SupportOutcome.Refused:
                return NotFound();
            case SupportOutcome.Conflict:
                return await ConflictAsync(clientId, ct);
        }

        TempData["StatusMessage"] = t["Community.SupportEnded"].Value;
        return RedirectToPage(new { clientId });
    }

    /// <summary>The page as it is now, with the conflict message; the meeting form keeps what was typed and carries the current version.</summary>
    private async Task<IActionResult> ConflictAsync(int clientId, CancellationToken ct)
    {
        if (await LoadAsync(clientId, false, ct) is { } stop)
        {
            return stop;
        }

        HasConflict = true;
        Meeting = Meeting with { Version = View.MeetingVersion };
        return Page();
    }

    /// <summary>Loads the page for a post of one of its forms; the other forms start afresh (as on opening the page).</summary>
    private async Task<IActionResult?> BeginAsync(int clientId, string form, CancellationToken ct)
    {
        if (await LoadAsync(clientId, false, ct) is { } stop)
        {
            return stop;
        }

        if (!View.CanEdit)
        {
            return Forbid();
        }

        ModelState.Clear();
        Assign = form == nameof(Assign) ? Assign : NewAssign();
        Meeting = form == nameof(Meeting) ? Meeting : NewMeeting();
        return null;
    }

    private AssignCommand NewAssign() => new() { StartOn = View.Today, EpisodeId = View.FreeEpisodes.Count > 0 ? View.FreeEpisodes[0].Id : null };

    private MeetingCommand NewMeeting() => new() { On = View.Today, AssignmentId = View.Assignments.FirstOrDefault(a => a.EndedOn is null)?.Id, Version = View.MeetingVersion };

    private async Task<IActionResult?> LoadAsync(int clientId, bool writeAudit, CancellationToken ct)
    {
        var view = await handler.LoadAsync(clientId, User, writeAudit, ct);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return null;
    }

    public sealed record EpisodeOption(int Id, string Text);

    public sealed record MeetingRow(int Id, DateOnly On, int DurationMinutes, decimal Hours, string Topic, string? Decisions);

    public sealed record AssignmentRow(int Id, int EpisodeId, string Person, bool IsStaff, SupportIntensity Intensity, string Goals, DateOnly StartOn, DateOnly? EndedOn, string? EndReason,
        IReadOnlyList<MeetingRow> Meetings, uint Version);

    /// <param name="MeetingVersion">The versions of the client's active assignments folded into one (the meeting form's concurrency token).</param>
    public sealed record SupportView(int ClientId, string Name, IReadOnlyList<AssignmentRow> Assignments, IReadOnlyList<EpisodeOption> FreeEpisodes, IReadOnlyList<StaffMember> Staff,
        bool CanEdit, DateOnly Today, uint MeetingVersion);

    public enum SupportOutcome
    {
        Saved,
        Refused,
        Conflict,
    }

    public sealed record AssignCommand
    {
        public int? EpisodeId { get; init; }
        public string? StaffUserId { get; init; }
        public string? ExternalName { get; init; }
        public SupportIntensity? Intensity { get; init; }
        public string? Goals { get; init; }
        public DateOnly? StartOn { get; init; }
    }

    public sealed record MeetingCommand
    {
        /// <summary>The client's active assignments as the form showed them (<see cref="SupportView.MeetingVersion"/>).</summary>
        public uint Version { get; init; }

        public int? AssignmentId { get; init; }
        public DateOnly? On { get; init; }
        public int? DurationMinutes { get; init; }
        public string? Topic { get; init; }
        public string? Decisions { get; init; }
    }

    public sealed record EndCommand
    {
        public int AssignmentId { get; init; }
        public uint Version { get; init; }
        public DateOnly? EndOn { get; init; }
        public string Reason { get; init; } = string.Empty;
    }

    public sealed class AssignValidator : AbstractValidator<AssignCommand>
    {
        public AssignValidator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.EpisodeId).NotNull().WithMessage(t["Community.SupportEpisodeRequired"]);
            RuleFor(c => c.ExternalName).OptionalText(t, SupportAssignment.MaxNameLength)
                .Must((c, name) => string.IsNullOrWhiteSpace(c.StaffUserId) != string.IsNullOrWhiteSpace(name)).WithMessage(t["Community.SupportPersonOne"]);
            RuleFor(c => c.Intensity).Cascade(CascadeMode.Stop).NotNull().WithMessage(t["Community.IntensityRequired"]).IsInEnum().WithMessage(t["Community.IntensityRequired"]);
            RuleFor(c => c.Goals).Cascade(CascadeMode.Stop)
                .Must(g => !string.IsNullOrWhiteSpace(g)).WithMessage(t["Community.GoalsRequired"])
                .MaximumLength(SupportAssignment.MaxGoalsLength).WithMessage(t["Validation.MaxLength", SupportAssignment.MaxGoalsLength])
                .Must(CaseRules.NoControlCharacters).WithMessage(t["Cases.ControlCharacters"]);
            RuleFor(c => c.StartOn).NotNull().WithMessage(t["Community.StartRequired"]);
        }
    }

    public sealed class MeetingValidator : AbstractValidator<MeetingCommand>
    {
        public MeetingValidator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.AssignmentId).NotNull().WithMessage(t["Community.AssignmentRequired"]);
            RuleFor(c => c.On).NotNull().WithMessage(t["Community.MeetingDayRequired"]);
            RuleFor(c => c.DurationMinutes).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Community.DurationRequired"])
                .InclusiveBetween(1, SupportMeeting.MaxMinutes).WithMessage(t["Community.DurationRange", SupportMeeting.MaxMinutes]);
            RuleFor(c => c.Topic).Cascade(CascadeMode.Stop)
                .Must(g => !string.IsNullOrWhiteSpace(g)).WithMessage(t["Community.TopicRequired"])
                .MaximumLength(SupportMeeting.MaxTopicLength).WithMessage(t["Validation.MaxLength", SupportMeeting.MaxTopicLength])
                .Must(CaseRules.NoControlCharacters).WithMessage(t["Cases.ControlCharacters"]);
            RuleFor(c => c.Decisions).OptionalText(t, SupportMeeting.MaxDecisionsLength);
        }
    }

    public sealed class EndValidator : AbstractValidator<EndCommand>
    {
        public EndValidator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.EndOn).NotNull().WithMessage(t["Community.EndRequired"]);
            RuleFor(c => c.Reason).RequiredText(t, "Community.EndReasonRequired", CaseData.ShortReasonMaxLength);
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, TimeProvider clock)
    {
        private static readonly string[] StaffRoles = [Roles.SocialWorker, Roles.Specialist, Roles.ServiceManager];

        public async Task<SupportView?> LoadAsync(int clientId, ClaimsPrincipal user, bool writeAudit, CancellationToken ct)
        {
            var client = await scope.Clients(user).AsNoTracking().Where(c => c.Id == clientId).Select(c => new { c.FirstName, c.LastName, c.IsArchived }).FirstOrDefaultAsync(ct);
            if (client is null)
            {
                return null;
            }

            var today = LatvianTime.Today(clock);
            var access = await scope.AccessToAsync(user, clientId, ct);
            var loaded = await db.SupportAssignments.AsNoTracking().Where(a => a.ClientId == clientId).OrderByDescending(a => a.StartOn).ThenByDescending(a => a.Id)
                .Select(a => new { Assignment = a, Version = EF.Property<uint>(a, "Version") }).ToListAsync(ct);
            var assignments = loaded.Select(a => a.Assignment).ToList();
            var versions = loaded.ToDictionary(a => a.Assignment.Id, a => a.Version);
            var ids = assignments.Select(a => a.Id).ToList();
            var meetings = await db.SupportMeetings.AsNoTracking().Where(m => ids.Contains(m.AssignmentId)).OrderByDescending(m => m.On).ThenByDescending(m => m.Id).ToListAsync(ct);
            var names = await CaseData.UserNamesAsync(db, assignments.Select(a => a.StaffUserId), ct);
            var rows = assignments.Select(a => new AssignmentRow(a.Id, a.EpisodeId, a.StaffUserId is { } s ? names.GetValueOrDefault(s, s) : a.ExternalName!, a.StaffUserId is not null, a.Intensity,
                a.Goals, a.StartOn, a.EndedOn, a.EndReason,
                meetings.Where(m => m.AssignmentId == a.Id).Select(m => new MeetingRow(m.Id, m.On, m.DurationMinutes, m.Hours, m.Topic, m.Decisions)).ToList(), versions[a.Id])).ToList();
            var taken = assignments.Where(a => a.IsActive).Select(a => a.EpisodeId).ToList();
            var free = await db.ServiceEpisodes.AsNoTracking().Where(e => e.ClientId == clientId && e.EndedOn == null && !taken.Contains(e.Id))
                .Join(db.Services.Where(s => s.Type == ServiceType.SupportPerson), e => e.ServiceId, s => s.Id, (e, s) => new { e.Id, s.Name, e.StartOn, e.Provider })
                .OrderBy(e => e.StartOn).ToListAsync(ct);
            var staff = await CaseData.ActiveStaffAsync(db, StaffRoles, ct);
            if (writeAudit)
            {
                await audit.WriteForClientAsync(AuditActions.CommunityRead, clientId, null, "page=support; assignments=" + rows.Count.ToString(CultureInfo.InvariantCulture), ct: ct);
            }

            return new SupportView(clientId, client.FirstName + " " + client.LastName, rows,
                free.Select(e => new EpisodeOption(e.Id, $"{e.Name} · {RefusalTexts.Day(e.StartOn)} · {e.Provider}")).ToList(), staff,
                access == ClientAccess.Edit && !client.IsArchived, today, Fold(assignments.Where(a => a.IsActive).Select(a => (a.Id, versions[a.Id]))));
        }

        public async Task<bool> AssignAsync(int clientId, AssignCommand command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);

            // one assignment at a time per client, so two people assigning to the same episode at once cannot both pass the check
            await db.Database.ExecuteSqlAsync($"SELECT id FROM clients WHERE id = {clientId} FOR UPDATE", ct);
            var episode = await db.ServiceEpisodes.AsNoTracking().Where(e => e.Id == command.EpisodeId && e.ClientId == clientId && e.EndedOn == null)
                .Join(db.Services.Where(s => s.Type == ServiceType.SupportPerson), e => e.ServiceId, s => s.Id, (e, s) => new { e.Id, e.CaseFileId, e.StartOn })
                .FirstOrDefaultAsync(ct);
            if (episode is null || await db.SupportAssignments.AnyAsync(a => a.EpisodeId == episode.Id && a.EndedOn == null, ct)
                || (command.StaffUserId is { Length: > 0 } staff && !await CaseData.IsActiveInRoleAsync(db, staff, StaffRoles, ct)))
            {
                return false;
            }

            var by = CaseData.ActorOf(user).UserId;
            var start = command.StartOn!.Value < episode.StartOn ? episode.StartOn : command.StartOn.Value;
            db.SupportAssignments.Add(new SupportAssignment(episode.Id, clientId, command.StaffUserId, command.ExternalName, command.Intensity!.Value, command.Goals!, start, by, clock.GetUtcNow()));
            audit.AddForClient(AuditActions.SupportAssign, clientId, episode.CaseFileId,
                $"episode={episode.Id.ToString(CultureInfo.InvariantCulture)}; person={(string.IsNullOrWhiteSpace(command.StaffUserId) ? "external" : "staff:" + command.StaffUserId)}; intensity={command.Intensity}");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }

        /// <summary>
        /// Records a meeting and its hours as a unit of the episode (source: support meeting, pointing to the meeting). Refused outside
        /// the assignment's days or in the future; a conflict when the client's active assignments changed since the form was opened
        /// (the same form posted twice included), so a meeting is never logged or counted twice by a re-post.
        /// </summary>
        public async Task<SupportOutcome> RecordMeetingAsync(int clientId, MeetingCommand command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var active = await db.SupportAssignments.Where(a => a.ClientId == clientId && a.EndedOn == null).ToListAsync(ct);
            if (Fold(active.Select(a => (a.Id, db.Entry(a).Property<uint>("Version").CurrentValue))) != command.Version)
            {
                return SupportOutcome.Conflict;
            }

            var assignment = active.FirstOrDefault(a => a.Id == command.AssignmentId);
            var on = command.On!.Value;
            if (assignment is null || on < assignment.StartOn || on > LatvianTime.Today(clock))
            {
                return SupportOutcome.Refused;
            }

            var episode = await db.ServiceEpisodes.AsNoTracking().FirstAsync(e => e.Id == assignment.EpisodeId, ct);
            var by = CaseData.ActorOf(user).UserId;
            var now = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var meeting = new SupportMeeting(assignment.Id, on, command.DurationMinutes!.Value, command.Topic!, command.Decisions, by, now);
            db.SupportMeetings.Add(meeting);

            // the assignment row is written too, so its version moves and a second post of the same form is a conflict
            db.Entry(assignment).Property(a => a.Goals).IsModified = true;
            try
            {
                await db.SaveChangesAsync(ct);
                db.DeliveredUnits.Add(new DeliveredUnit(episode.Id, clientId, episode.ServiceId, on, ServiceUnit.Hour, meeting.Hours, UnitSource.SupportMeeting, meeting.Id, by, now));
                audit.AddForClient(AuditActions.SupportMeetingRecord, clientId, episode.CaseFileId,
                    $"assignment={assignment.Id.ToString(CultureInfo.InvariantCulture)}; on={RefusalTexts.Iso(on)}; minutes={meeting.DurationMinutes.ToString(CultureInfo.InvariantCulture)}; hours={meeting.Hours.ToString(CultureInfo.InvariantCulture)}");
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return SupportOutcome.Conflict;
            }

            await transaction.CommitAsync(ct);
            return SupportOutcome.Saved;
        }

        /// <summary>The versions of the client's active assignments folded into one number (order-independent).</summary>
        public static uint Fold(IEnumerable<(int Id, uint Version)> assignments) =>
            assignments.Aggregate(17u, (acc, a) => unchecked(acc + (((uint)a.Id * 2_654_435_761u) ^ a.Version)));

        public async Task<SupportOutcome> EndAsync(int clientId, EndCommand command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            var assignment = await db.SupportAssignments.FirstOrDefaultAsync(a => a.Id == command.AssignmentId && a.ClientId == clientId, ct);
            if (assignment is null)
            {
                return SupportOutcome.Refused;
            }

            if (assignment.EndedOn is not null || !RowVersion.Matches(db, assignment, command.Version))
            {
                return SupportOutcome.Conflict;
            }

            assignment.End(command.EndOn!.Value, command.Reason);
            audit.AddForClient(AuditActions.SupportEnd, clientId, null,
                $"assignment={assignment.Id.ToString(CultureInfo.InvariantCulture)}; end={RefusalTexts.Iso(assignment.EndedOn!.Value)}", assignment.EndReason);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return SupportOutcome.Conflict;
            }

            return SupportOutcome.Saved;
        }
    }
}
