using System.Globalization;
using System.Security.Claims;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Groups;
using SocialServices.Web.Access;
using SocialServices.Web.Attendance;
using SocialServices.Web.Auditing;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;
using SocialServices.Web.Pages.Cases;

namespace SocialServices.Web.Pages.Attendance;

/// <summary>
/// The attendance register of one session: every member in one form (present / absent / excused with a reason, late, a
/// note), the session's actual start and end and the leaders present, saved together in one transaction. The group's
/// leaders and service managers fill and correct it; corrections are kept field by field (the "changes" list and the
/// audit log). Everyone else who reads clients sees it read-only (names only of the clients in their scope).
/// A cancelled session has no register; a future one opens on its day.
/// </summary>
public sealed class RegisterModel(RegisterModel.Handler handler, IValidator<RegisterModel.Command> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string LeadersKey = "Leaders";

    [BindProperty] public Command Input { get; set; } = new();

    public RegisterView Register { get; private set; } = null!;

    /// <summary>Someone saved the register after this form was opened: the stored values are shown beside the kept input.</summary>
    public bool HasConflict { get; private set; }

    /// <summary>The members changed since the form was opened (someone joined or left).</summary>
    public bool MembersChanged { get; private set; }

    public bool CanSave => Register.CanEdit && Register.Refusal is null;

    public async Task<IActionResult> OnGetAsync(int sessionId, CancellationToken ct)
    {
        var view = await handler.LoadAsync(sessionId, User, writeAudit: true, ct);
        if (view is null)
        {
            return NotFound();
        }

        Register = view;
        Input = Command.From(view);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int sessionId, CancellationToken ct)
    {
        // A save that succeeds redirects: the register is read without its history and missed-session runs, which
        // only a form shown again needs (then it is read whole).
        if (await BeginAsync(sessionId, ct, whole: false) is { } stop)
        {
            return stop;
        }

        var validation = await validator.ValidateAsync(CaseRules.With(Input, (LeadersKey, Register.LeaderOptions.Select(l => l.Id).ToHashSet(StringComparer.Ordinal))), ct);
        if (!validation.IsValid || MembersChanged)
        {
            Register = await handler.LoadAsync(sessionId, User, writeAudit: false, ct) ?? Register;
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        switch (await handler.SaveAsync(sessionId, Input, User, ct))
        {
            case SaveOutcome.Saved:
                TempData["StatusMessage"] = t["Attendance.Saved"].Value;
                return RedirectToPage(new { sessionId });
            case SaveOutcome.Conflict:
                var current = await handler.LoadAsync(sessionId, User, writeAudit: false, ct);
                if (current is null)
                {
                    return NotFound();
                }

                Register = current;
                HasConflict = true;
                ModelState.Remove("Input.Version");
                Input.Version = current.Version;
                Input.Rows = MergeRows(current, Input.Rows, out _);
                return Page();
            default:
                return NotFound();
        }
    }

    /// <summary>"Everyone present": fills the rows without a status with present and shows the form again (nothing is saved).</summary>
    public async Task<IActionResult> OnPostAllPresentAsync(int sessionId, CancellationToken ct)
    {
        if (await BeginAsync(sessionId, ct) is { } stop)
        {
            return stop;
        }

        foreach (var row in Input.Rows.Where(r => r.Status is null))
        {
            row.Status = AttendanceStatus.Present;
        }

        ModelState.Clear();
        return Page();
    }

    private async Task<IActionResult?> BeginAsync(int sessionId, CancellationToken ct, bool whole = true)
    {
        var view = await handler.LoadAsync(sessionId, User, writeAudit: false, ct, whole);
        if (view is null)
        {
            return NotFound();
        }

        Register = view;
        if (!view.CanEdit)
        {
            return Forbid();
        }

        if (view.Refusal is not null)
        {
            Register = whole ? view : await handler.LoadAsync(sessionId, User, writeAudit: false, ct) ?? view;
            ModelState.Clear();
            Input = Command.From(view);
            return Page();
        }

        Input.Rows = MergeRows(view, Input.Rows, out var changed);
        MembersChanged = changed;
        ModelState.Clear();
        return null;
    }

    /// <summary>The posted rows in the order of the register's members: kept input for known members, blank rows for new ones.</summary>
    private static List<Row> MergeRows(RegisterView view, List<Row> posted, out bool changed)
    {
        var byClient = posted.GroupBy(r => r.ClientId).ToDictionary(g => g.Key, g => g.First());
        changed = view.Members.Count != byClient.Count || view.Members.Any(m => !byClient.ContainsKey(m.ClientId));
        return view.Members.Select(m => byClient.GetValueOrDefault(m.ClientId) ?? new Row { ClientId = m.ClientId }).ToList();
    }

    public enum SaveOutcome
    {
        Saved,
        Conflict,
        NotFound,
    }

    /// <summary>Why the register cannot be filled now.</summary>
    public enum Refusal
    {
        Cancelled,
        Future,
    }

    public sealed record StoredRow(AttendanceStatus Status, bool Late, string? Reason, string? Note);

    public sealed record MemberRow(int ClientId, string Name, DateOnly? LeftOn, StoredRow? Stored, int MissedInARow, bool Warning);

    public sealed record LeaderOption(string Id, string Name, bool PlannedLeader);

    public sealed record ChangeRow(DateTimeOffset At, string By, int? ClientId, string? ClientName, AttendanceChangeField Field, string? Before, string? After);

    public sealed record RegisterView(
        int SessionId, int GroupId, string GroupName, string ProgrammeName, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string? Room,
        SessionStatus Status, string? CancelReason, bool Recorded, TimeOnly? ActualStart, TimeOnly? ActualEnd, uint Version,
        bool CanEdit, Refusal? Refusal, IReadOnlyList<MemberRow> Members, int HiddenMembers,
        IReadOnlyList<LeaderOption> LeaderOptions, IReadOnlyList<string> LeadersPresent, IReadOnlyList<ChangeRow> Changes, int Threshold);

    public sealed class Command
    {
        /// <summary>The session's version (xmin) when the form was opened.</summary>
        public uint Version { get; set; }

        public TimeOnly? ActualStart { get; set; }
        public TimeOnly? ActualEnd { get; set; }

        /// <summary>Ids of the leaders present.</summary>
        public List<string> Leaders { get; set; } = [];

        public List<Row> Rows { get; set; } = [];

        public static Command From(RegisterView view)
        {
            ArgumentNullException.ThrowIfNull(view);
            return new Command
            {
                Version = view.Version,
                ActualStart = view.ActualStart ?? view.StartsAt,
                ActualEnd = view.ActualEnd ?? view.EndsAt,
                Leaders = [.. view.LeadersPresent],
                Rows = [.. view.Members.Select(m => new Row
                {
                    ClientId = m.ClientId,
                    Status = m.Stored?.Status,
                    Late = m.Stored?.Late ?? false,
                    Reason = m.Stored?.Reason,
                    Note = m.Stored?.Note,
                })],
            };
        }
    }

    public sealed class Row
    {
        public int ClientId { get; set; }
        public AttendanceStatus? Status { get; set; }
        public bool Late { get; set; }
        public string? Reason { get; set; }
        public string? Note { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> t)
        {
            RuleFor(c => c.ActualStart).NotNull().WithMessage(t["Attendance.StartRequired"]);
            RuleFor(c => c.ActualEnd).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage(t["Attendance.EndRequired"])
                .Must((c, end) => c.ActualStart is null || end > c.ActualStart).WithMessage(t["Attendance.EndBeforeStart"]);
            RuleFor(c => c.Leaders).Cascade(CascadeMode.Stop)
                .Must(l => l.Count > 0).WithMessage(t["Attendance.LeaderRequired"])
                .Must((_, leaders, context) => leaders.All(context.Get<HashSet<string>>(LeadersKey).Contains)).WithMessage(t["Attendance.LeaderUnknown"]);
            RuleForEach(c => c.Rows).ChildRules(row =>
            {
                row.RuleFor(r => r.Status).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage(t["Attendance.StatusRequired"])
                    .IsInEnum().WithMessage(t["Attendance.StatusRequired"]);
                row.RuleFor(r => r.Reason).Cascade(CascadeMode.Stop)
                    .Must((r, reason) => r.Status != AttendanceStatus.Excused || !string.IsNullOrWhiteSpace(reason)).WithMessage(t["Attendance.ReasonRequired"])
                    .MaximumLength(AttendanceRecord.MaxReasonLength).WithMessage(t["Validation.MaxLength", AttendanceRecord.MaxReasonLength])
                    .Must(CaseRules.NoControlCharacters).WithMessage(t["Cases.ControlCharacters"]);
                row.RuleFor(r => r.Late)
                    .Must((r, late) => !late || r.Status is null or AttendanceStatus.Present).WithMessage(t["Attendance.LateOnlyPresent"]);
                row.RuleFor(r => r.Note).OptionalText(t, AttendanceRecord.MaxNoteLength);
            });
        }
    }

    public sealed class Handler(AppDbContext db, AccessScope scope, AuditLog audit, AttendanceSummaries summaries, TimeProvider clock)
    {
        /// <param name="whole">False: without the history of corrections and the missed-session runs (a save about to redirect).</param>
        public async Task<RegisterView?> LoadAsync(int sessionId, ClaimsPrincipal user, bool writeAudit, CancellationToken ct, bool whole = true)
        {
            var session = await db.GroupSessions.AsNoTracking().Where(s => s.Id == sessionId)
                .Join(db.ProgrammeGroups, s => s.GroupId, g => g.Id, (s, g) => new
                {
                    Session = s,
                    GroupName = g.Name,
                    Programme = db.Services.Where(x => x.Id == g.ServiceId).Select(x => x.Code + " " + x.Name).FirstOrDefault(),
                    Version = EF.Property<uint>(s, "Version"),
                })
                .FirstOrDefaultAsync(ct);
            if (session is null)
            {
                return null;
            }

            var s = session.Session;
            var canEdit = await AttendanceAccess.FillsRegisterAsync(db, user, s.GroupId, ct);
            var seesAll = canEdit || AccessScope.SeesEverything(user);
            var visible = scope.Clients(user).Select(c => c.Id);
            var members = await db.GroupEnrolments.AsNoTracking()
                .Where(e => e.GroupId == s.GroupId && (e.Status == EnrolmentStatus.Enrolled || (e.Status == EnrolmentStatus.Left && e.LeftOn > s.Date)))
                .Select(e => new { e.ClientId, e.LeftOn })
                .Union(db.AttendanceRecords.Where(r => r.SessionId == sessionId).Select(r => new { r.ClientId, LeftOn = (DateOnly?)null }))
                .ToListAsync(ct);
            var memberIds = members.Select(m => m.ClientId).Distinct().ToList();
            var people = await db.Clients.AsNoTracking().Where(c => memberIds.Contains(c.Id))
                .Select(c => new { c.Id, Name = c.LastName + " " + c.FirstName, Visible = seesAll || visible.Contains(c.Id) })
                .ToListAsync(ct);
            var stored = await db.AttendanceRecords.AsNoTracking().Where(r => r.SessionId == sessionId)
                .ToDictionaryAsync(r => r.ClientId, r => new StoredRow(r.Status, r.Late, r.Reason, r.Note), ct);
            var missed = whole ? await summaries.MissedInARowInGroupAsync(s.GroupId, ct) : new Dictionary<int, int>();
            var threshold = summaries.Settings.MissedInARow;
            var collation = StringComparer.Create(CultureInfo.GetCultureInfo(Cultures.Latvian), false);
            var rows = people.Where(p => p.Visible)
                .Select(p =>
                {
                    var run = missed.GetValueOrDefault(p.Id);
                    return new MemberRow(p.Id, p.Name, members.Where(m => m.ClientId == p.Id).Select(m => m.LeftOn).Max(), stored.GetValueOrDefault(p.Id), run, MissedSessions.Warns(run, threshold));
                })
                .OrderBy(m => m.Name, collation).ThenBy(m => m.ClientId)
                .ToList();

            var planned = await db.GroupLeaders.AsNoTracking().Where(l => l.GroupId == s.GroupId).Select(l => l.UserId).ToListAsync(ct);
            var present = await db.SessionLeaders.AsNoTracking().Where(l => l.SessionId == sessionId).Select(l => l.UserId).ToListAsync(ct);
            var others = await CaseData.ActiveStaffAsync(db, AttendanceAccess.LeaderRoles, ct);
            var names = await CaseData.UserNamesAsync(db, planned.Concat(present), ct);
            var options = planned.Select(id => new LeaderOption(id, names.GetValueOrDefault(id, id), true)).OrderBy(o => o.Name, collation)
                .Concat(others.Where(o => !planned.Contains(o.Id)).Select(o => new LeaderOption(o.Id, o.Name, false)))
                .Concat(present.Where(id => !planned.Contains(id) && others.All(o => o.Id != id)).Select(id => new LeaderOption(id, names.GetValueOrDefault(id, id), false)))
                .ToList();

            var visibleIds = rows.Select(r => r.ClientId).ToHashSet();
            var changes = !whole ? [] : await db.AttendanceChanges.AsNoTracking().Where(c => c.SessionId == sessionId)
                .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
                .Select(c => new { c.ChangedAt, c.ChangedByName, c.ClientId, c.Field, c.Before, c.After })
                .ToListAsync(ct);
            var nameOf = rows.ToDictionary(r => r.ClientId, r => r.Name);
            var changeRows = changes.Where(c => c.ClientId is null || visibleIds.Contains(c.ClientId.Value))
                .Select(c => new ChangeRow(c.ChangedAt, c.ChangedByName, c.ClientId, c.ClientId is { } id ? nameOf[id] : null, c.Field, c.Before, c.After))
                .ToList();

            Refusal? refusal = s.Status == SessionStatus.Cancelled ? Refusal.Cancelled
                : s.Date > LatvianTime.Today(clock) ? Refusal.Future
                : null;
            if (writeAudit)
            {
                foreach (var row in rows)
                {
                    audit.AddForClient(AuditActions.AttendanceRead, row.ClientId, null, "session=" + sessionId.ToString(CultureInfo.InvariantCulture));
                }

                await db.SaveChangesAsync(ct);
            }

            return new RegisterView(s.Id, s.GroupId, session.GroupName, session.Programme ?? string.Empty, s.Date, s.StartsAt, s.EndsAt, s.Room, s.Status, s.CancelReason,
                s.AttendanceRecorded, s.ActualStart, s.ActualEnd, session.Version, canEdit, refusal, rows, people.Count - rows.Count,
                options, s.AttendanceRecorded ? present : planned, changeRows, threshold);
        }

        /// <summary>
        /// Saves the whole register in one transaction: the session's actual times (RecordHeld), one row per member, the
        /// leaders present. The session row is locked first and its version compared with the form's, so of two people
        /// saving the same register the second gets a conflict, never an overwrite. Corrections of a saved register are
        /// kept field by field (attendance_changes) and in the audit log (before → after).
        /// </summary>
        public async Task<SaveOutcome> SaveAsync(int sessionId, Command command, ClaimsPrincipal user, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(command);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var locked = await db.Database.SqlQuery<int>($"SELECT id AS \"Value\" FROM group_sessions WHERE id = {sessionId} FOR UPDATE").ToListAsync(ct);
            var session = locked.Count == 0 ? null : await db.GroupSessions.FirstOrDefaultAsync(s => s.Id == sessionId, ct);
            if (session is null || !await AttendanceAccess.FillsRegisterAsync(db, user, session.GroupId, ct))
            {
                return SaveOutcome.NotFound;
            }

            if (session.Status == SessionStatus.Cancelled || !RowVersion.Matches(db, session, command.Version))
            {
                return SaveOutcome.Conflict;
            }

            var members = await db.GroupEnrolments
                .Where(e => e.GroupId == session.GroupId && (e.Status == EnrolmentStatus.Enrolled || (e.Status == EnrolmentStatus.Left && e.LeftOn > session.Date)))
                .Select(e => e.ClientId)
                .Union(db.AttendanceRecords.Where(r => r.SessionId == sessionId).Select(r => r.ClientId))
                .ToListAsync(ct);
            if (!members.ToHashSet().SetEquals(command.Rows.Select(r => r.ClientId)))
            {
                return SaveOutcome.Conflict;
            }

            var actor = CaseData.ActorOf(user);
            var now = clock.GetUtcNow();
            var correction = session.AttendanceRecorded;
            var id = sessionId.ToString(CultureInfo.InvariantCulture);
            var records = await db.AttendanceRecords.Where(r => r.SessionId == sessionId).ToDictionaryAsync(r => r.ClientId, ct);
            foreach (var row in command.Rows)
            {
                var entry = new AttendanceEntry(row.Status!.Value, row.Late, row.Reason, row.Note).Normalised();
                if (!records.TryGetValue(row.ClientId, out var record))
                {
                    db.AttendanceRecords.Add(new AttendanceRecord(sessionId, row.ClientId, entry.Status, entry.Late, entry.Reason, entry.Note));
                    audit.AddForClient(correction ? AuditActions.AttendanceCorrect : AuditActions.AttendanceRecord, row.ClientId, null,
                        $"session={id}; status={entry.Status}; late={(entry.Late ? "yes" : "no")}" + (correction ? "; added" : string.Empty));
                    continue;
                }

                var changes = entry.ChangesFrom(record.Entry);
                if (changes.Count == 0)
                {
                    continue;
                }

                record.Set(entry.Status, entry.Late, entry.Reason, entry.Note);
                db.AttendanceChanges.AddRange(changes.Select(c => new AttendanceChange(sessionId, row.ClientId, c, actor.UserId, actor.Name, now)));
                audit.AddForClient(AuditActions.AttendanceCorrect, row.ClientId, null, $"session={id}; " + Describe(changes));
            }

            var sessionChanges = new List<AttendanceFieldChange>();
            var times = Times(command.ActualStart!.Value, command.ActualEnd!.Value);
            if (correction && session.ActualStart is { } start && session.ActualEnd is { } end && Times(start, end) != times)
            {
                sessionChanges.Add(new(AttendanceChangeField.Times, Times(start, end), times));
            }

            session.RecordHeld(command.ActualStart.Value, command.ActualEnd.Value);
            // The session row is always written, so its version moves with every save of its register.
            db.Entry(session).Property(s => s.AttendanceRecorded).IsModified = true;

            var leaders = await db.SessionLeaders.Where(l => l.SessionId == sessionId).ToListAsync(ct);
            var wanted = command.Leaders.Distinct(StringComparer.Ordinal).ToList();
            var before = leaders.Select(l => l.UserId).ToList();
            db.SessionLeaders.RemoveRange(leaders.Where(l => !wanted.Contains(l.UserId)));
            db.SessionLeaders.AddRange(wanted.Where(w => !before.Contains(w)).Select(w => new SessionLeader(sessionId, w)));
            if (correction && !before.ToHashSet(StringComparer.Ordinal).SetEquals(wanted))
            {
                var names = await CaseData.UserNamesAsync(db, before.Concat(wanted), ct);
                string List(IEnumerable<string> ids) => string.Join(", ", ids.Select(i => names.GetValueOrDefault(i, i)).Order(StringComparer.Ordinal));
                sessionChanges.Add(new(AttendanceChangeField.Leaders, List(before), List(wanted)));
            }

            db.AttendanceChanges.AddRange(sessionChanges.Select(c => new AttendanceChange(sessionId, null, c, actor.UserId, actor.Name, now)));
            audit.Add(AuditActions.AttendanceSession, "GroupSession", id,
                $"times={times}; leaders={wanted.Count}; members={command.Rows.Count}" + (sessionChanges.Count > 0 ? "; " + Describe(sessionChanges) : string.Empty) + (correction ? "; correction" : string.Empty));
            try
            {
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return SaveOutcome.Saved;
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return SaveOutcome.Conflict;
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                db.ChangeTracker.Clear();
                return SaveOutcome.Conflict;
            }
        }

        private static string Times(TimeOnly start, TimeOnly end) => start.ToString("HH:mm", CultureInfo.InvariantCulture) + "-" + end.ToString("HH:mm", CultureInfo.InvariantCulture);

        private static string Describe(IEnumerable<AttendanceFieldChange> changes) =>
            string.Join("; ", changes.Select(c => $"{c.Field.ToString().ToLowerInvariant()}: {Short(c.Before)} -> {Short(c.After)}"));

        private static string Short(string? value) => value is null ? "-" : value.Length > 200 ? value[..200] + "…" : value.ReplaceLineEndings(" ");
    }
}
