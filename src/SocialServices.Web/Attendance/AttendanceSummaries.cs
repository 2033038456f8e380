using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Groups;
using SocialServices.Web.Data;

namespace SocialServices.Web.Attendance;

/// <summary>A client's attendance at the held sessions of one group.</summary>
public sealed record GroupAttendance(int GroupId, string GroupName, int ServiceId, AttendanceTally Tally, int MissedInARow, bool Warning, bool CurrentMember, DateOnly? LastSession);

/// <summary>A client's attendance in one service: group sessions and individual appointments (no service: <see cref="ServiceId"/> null).</summary>
public sealed record ServiceAttendance(int? ServiceId, string? ServiceCode, string? ServiceName, AttendanceTally Sessions, AttendanceTally Appointments)
{
    public AttendanceTally Total => Sessions.Add(Appointments);
}

/// <summary>An individual appointment as lists show it.</summary>
public sealed record AppointmentRow(int Id, int ClientId, string ClientName, DateTimeOffset StartsAt, AppointmentKind Kind, int DurationMinutes, AttendanceStatus Status,
    string SpecialistId, string SpecialistName, int? ServiceId, string? ServiceName, int? CaseFileId, string? CaseNumber, string? Note);

/// <summary>Everything about one client's attendance.</summary>
public sealed record ClientAttendance(int ClientId, IReadOnlyList<GroupAttendance> Groups, IReadOnlyList<ServiceAttendance> Services, IReadOnlyList<AppointmentRow> Appointments, int Threshold)
{
    public IEnumerable<GroupAttendance> Warnings => Groups.Where(g => g.Warning);

    public bool IsEmpty => Groups.Count == 0 && Appointments.Count == 0;
}

/// <summary>A current member who has missed the set number of sessions of a group in a row.</summary>
public sealed record MissedWarning(int ClientId, string ClientName, int GroupId, string GroupName, int Missed, DateOnly LastSession, string? WorkerName);

/// <summary>A held session with its attendance counts and the leaders present (for timesheets and reports).</summary>
public sealed record HeldSession(int SessionId, int GroupId, string GroupName, int ServiceId, DateOnly Date, TimeOnly Start, TimeOnly End, int Minutes,
    int Present, int Absent, int Excused, IReadOnlyList<string> LeaderIds);

/// <summary>An individual appointment as a fact for timesheets and reports.</summary>
public sealed record AppointmentFact(int Id, int ClientId, int? ServiceId, int? CaseFileId, string SpecialistId, AppointmentKind Kind, DateTimeOffset StartsAt, int Minutes, AttendanceStatus Status);

/// <summary>A service's attendance over a period: distinct clients who attended, sessions held, attendances, appointments.</summary>
public sealed record ServicePeriodAttendance(int? ServiceId, int ClientsAttended, int SessionsHeld, int SessionAttendances, int AppointmentsAttended, int AppointmentsMissed);

/// <summary>
/// The attendance queries the product shares: a client's summary (per group and per service), the "missed in a row"
/// warnings, and the held sessions and appointments of a period (the timesheet and the annual report read these).
/// A session counts when its register is saved (<see cref="GroupSession.AttendanceRecorded"/>) and it is not cancelled;
/// an appointment counts as attendance when its status is present. These queries apply no access scope: callers pass
/// clients from <c>AccessScope</c> (or are reports of the whole organisation for roles that may read them).
/// </summary>
public sealed class AttendanceSummaries(AppDbContext db, IOptions<AttendanceSettings> settings, TimeProvider clock)
{
    public AttendanceSettings Settings => settings.Value;

    public async Task<ClientAttendance> ForClientAsync(int clientId, CancellationToken ct)
    {
        var rows = await HeldRecords(db.AttendanceRecords.Where(r => r.ClientId == clientId)).ToListAsync(ct);
        var current = await db.GroupEnrolments.Where(e => e.ClientId == clientId && e.Status == EnrolmentStatus.Enrolled && e.GroupId != null)
            .Select(e => e.GroupId!.Value).ToListAsync(ct);
        var threshold = Settings.MissedInARow;
        var groups = rows.GroupBy(r => r.GroupId)
            .Select(g =>
            {
                var ordered = g.OrderBy(r => r.Date).ThenBy(r => r.Start).ToList();
                var missed = MissedSessions.InARow(ordered.Select(r => r.Status), Settings.ExcusedCountsAsMissed);
                var member = current.Contains(g.Key);
                return new GroupAttendance(g.Key, ordered[0].GroupName, ordered[0].ServiceId, AttendanceTally.Of(ordered.Select(r => (r.Status, r.Late))),
                    missed, member && MissedSessions.Warns(missed, threshold), member, ordered[^1].Date);
            })
            .OrderByDescending(g => g.LastSession).ThenBy(g => g.GroupName, StringComparer.Ordinal)
            .ToList();

        var appointments = await AppointmentRows(db.Appointments.Where(a => a.ClientId == clientId)).ToListAsync(ct);
        appointments = [.. appointments.OrderByDescending(a => a.StartsAt).ThenByDescending(a => a.Id)];

        var serviceIds = rows.Select(r => (int?)r.ServiceId).Concat(appointments.Select(a => a.ServiceId)).Distinct().ToList();
        var names = await db.Services.Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => new { s.Code, s.Name }, ct);
        var services = serviceIds
            .Select(id => new ServiceAttendance(id, id is { } i ? names[i].Code : null, id is { } j ? names[j].Name : null,
                AttendanceTally.Of(rows.Where(r => r.ServiceId == id).Select(r => (r.Status, r.Late))),
                AttendanceTally.Of(appointments.Where(a => a.ServiceId == id).Select(a => (a.Status, false)))))
            .OrderBy(s => s.ServiceId is null).ThenBy(s => s.ServiceCode, StringComparer.Ordinal)
            .ToList();
        return new ClientAttendance(clientId, groups, services, appointments, threshold);
    }

    /// <summary>Days after a group's end during which its "missed in a row" warnings stay on the boards (time to follow up).</summary>
    public const int WarningDaysAfterGroupEnd = 30;

    /// <summary>
    /// Members (current enrolments) of the given clients who missed the set number of sessions in a row, most missed first,
    /// in groups that still run or ended at most <see cref="WarningDaysAfterGroupEnd"/> days ago (a group's run ends on its
    /// end date, or on the last day of its start year without one): enrolments stay "enrolled" after a group ends, and
    /// the boards would otherwise keep every past year's warnings.
    /// </summary>
    public async Task<IReadOnlyList<MissedWarning>> WarningsAsync(IQueryable<int> clientIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clientIds);
        var cutoff = Infrastructure.LatvianTime.Today(clock).AddDays(-WarningDaysAfterGroupEnd);
        // written as OR of plain comparisons, not a CASE, so PostgreSQL estimates it from the columns' statistics (with a
        // CASE it joined every attendance row before filtering: 2.1 s instead of 0.36 s for a manager at 100,000 clients)
        var startOfCutoffYear = new DateOnly(cutoff.Year, 1, 1);
        var running = db.ProgrammeGroups.Where(g => g.EndsOn >= cutoff || (g.EndsOn == null && g.StartsOn >= startOfCutoffYear)).Select(g => g.Id);
        var members = db.GroupEnrolments.Where(e => e.Status == EnrolmentStatus.Enrolled && e.GroupId != null && running.Contains(e.GroupId.Value) && clientIds.Contains(e.ClientId));
        // Only the held sessions of the groups the clients are members of now, joined in PostgreSQL by (client, group):
        // neither their other groups' history nor the group names of rows that warn of nothing (issue 9).
        var rows = await (
                from m in members
                join r in db.AttendanceRecords on m.ClientId equals r.ClientId
                join s in db.GroupSessions on r.SessionId equals s.Id
                where s.GroupId == m.GroupId && s.AttendanceRecorded && s.Status == SessionStatus.Planned
                select new { r.ClientId, s.GroupId, r.SessionId, s.Date, s.StartsAt, r.Status })
            .ToListAsync(ct);
        var threshold = Settings.MissedInARow;
        var found = rows.DistinctBy(r => (r.ClientId, r.SessionId))
            .GroupBy(r => (r.ClientId, r.GroupId))
            .Select(g =>
            {
                var ordered = g.OrderBy(r => r.Date).ThenBy(r => r.StartsAt).ToList();
                return (g.Key.ClientId, g.Key.GroupId, Missed: MissedSessions.InARow(ordered.Select(r => r.Status), Settings.ExcusedCountsAsMissed), Last: ordered[^1].Date);
            })
            .Where(x => MissedSessions.Warns(x.Missed, threshold))
            .ToList();
        if (found.Count == 0)
        {
            return [];
        }

        var groupIds = found.Select(f => f.GroupId).Distinct().ToList();
        var groupNames = await db.ProgrammeGroups.Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        var ids = found.Select(f => f.ClientId).Distinct().ToList();
        var people = await db.Clients.Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                Name = c.FirstName + " " + c.LastName,
                Worker = db.CaseFiles.Where(f => f.ClientId == c.Id && f.Status == Domain.Cases.CaseStatus.Open)
                    .Select(f => db.Users.Where(u => u.Id == f.ResponsibleWorkerId).Select(u => u.FullName).FirstOrDefault()).FirstOrDefault(),
            })
            .ToDictionaryAsync(c => c.Id, ct);
        return found.Select(f => new MissedWarning(f.ClientId, people[f.ClientId].Name, f.GroupId, groupNames[f.GroupId], f.Missed, f.Last, people[f.ClientId].Worker))
            .OrderByDescending(w => w.Missed).ThenBy(w => w.ClientName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Sessions missed in a row per member of a group, over its held sessions so far.</summary>
    public async Task<IReadOnlyDictionary<int, int>> MissedInARowInGroupAsync(int groupId, CancellationToken ct)
    {
        var rows = await HeldRecords(db.AttendanceRecords).Where(r => r.GroupId == groupId).ToListAsync(ct);
        return rows.GroupBy(r => r.ClientId)
            .ToDictionary(g => g.Key, g => MissedSessions.InARow(g.OrderBy(r => r.Date).ThenBy(r => r.Start).Select(r => r.Status), Settings.ExcusedCountsAsMissed));
    }

    /// <summary>Held sessions between two days (inclusive), optionally of one group or led by one user (a leader present).</summary>
    public async Task<IReadOnlyList<HeldSession>> HeldSessionsAsync(DateOnly from, DateOnly to, int? groupId, string? leaderId, CancellationToken ct)
    {
        var sessions = db.GroupSessions.Where(s => s.AttendanceRecorded && s.Status == SessionStatus.Planned && s.Date >= from && s.Date <= to);
        if (groupId is { } g)
        {
            sessions = sessions.Where(s => s.GroupId == g);
        }

        if (leaderId is not null)
        {
            sessions = sessions.Where(s => db.SessionLeaders.Any(l => l.SessionId == s.Id && l.UserId == leaderId));
        }

        var rows = await sessions
            .Join(db.ProgrammeGroups, s => s.GroupId, pg => pg.Id, (s, pg) => new
            {
                s.Id,
                s.GroupId,
                pg.Name,
                pg.ServiceId,
                s.Date,
                Start = s.ActualStart ?? s.StartsAt,
                End = s.ActualEnd ?? s.EndsAt,
                Present = db.AttendanceRecords.Count(r => r.SessionId == s.Id && r.Status == AttendanceStatus.Present),
                Absent = db.AttendanceRecords.Count(r => r.SessionId == s.Id && r.Status == AttendanceStatus.Absent),
                Excused = db.AttendanceRecords.Count(r => r.SessionId == s.Id && r.Status == AttendanceStatus.Excused),
                Leaders = db.SessionLeaders.Where(l => l.SessionId == s.Id).Select(l => l.UserId).ToList(),
            })
            .OrderBy(s => s.Date).ThenBy(s => s.Start).ThenBy(s => s.Id)
            .ToListAsync(ct);
        return rows.Select(s => new HeldSession(s.Id, s.GroupId, s.Name, s.ServiceId, s.Date, s.Start, s.End, (int)(s.End - s.Start).TotalMinutes,
            s.Present, s.Absent, s.Excused, s.Leaders)).ToList();
    }

    /// <summary>Individual appointments starting between two instants (from inclusive, to exclusive), optionally of one specialist.</summary>
    public async Task<IReadOnlyList<AppointmentFact>> AppointmentsAsync(DateTimeOffset from, DateTimeOffset to, string? specialistId, CancellationToken ct)
    {
        var query = db.Appointments.Where(a => a.StartsAt >= from && a.StartsAt < to);
        if (specialistId is not null)
        {
            query = query.Where(a => a.SpecialistId == specialistId);
        }

        return await query.OrderBy(a => a.StartsAt).ThenBy(a => a.Id)
            .Select(a => new AppointmentFact(a.Id, a.ClientId, a.ServiceId, a.CaseFileId, a.SpecialistId, a.Kind, a.StartsAt, a.DurationMinutes, a.Status))
            .ToListAsync(ct);
    }

    /// <summary>Per service, over a period: distinct clients who attended (a session or an appointment), sessions held, attendances, appointments.</summary>
    public async Task<IReadOnlyList<ServicePeriodAttendance>> PerServiceAsync(DateOnly from, DateOnly to, DateTimeOffset fromInstant, DateTimeOffset toInstant, CancellationToken ct)
    {
        var sessions = await HeldSessionsAsync(from, to, null, null, ct);
        var sessionIds = sessions.Select(s => s.SessionId).ToList();
        var attended = await db.AttendanceRecords.Where(r => sessionIds.Contains(r.SessionId) && r.Status == AttendanceStatus.Present)
            .Select(r => new { r.SessionId, r.ClientId }).ToListAsync(ct);
        var serviceOf = sessions.ToDictionary(s => s.SessionId, s => (int?)s.ServiceId);
        var appointments = await AppointmentsAsync(fromInstant, toInstant, null, ct);
        var ids = sessions.Select(s => (int?)s.ServiceId).Concat(appointments.Select(a => a.ServiceId)).Distinct();
        return ids.Select(id => new ServicePeriodAttendance(id,
                attended.Where(a => serviceOf[a.SessionId] == id).Select(a => a.ClientId)
                    .Concat(appointments.Where(a => a.ServiceId == id && a.Status == AttendanceStatus.Present).Select(a => a.ClientId)).Distinct().Count(),
                sessions.Count(s => s.ServiceId == id),
                attended.Count(a => serviceOf[a.SessionId] == id),
                appointments.Count(a => a.ServiceId == id && a.Status == AttendanceStatus.Present),
                appointments.Count(a => a.ServiceId == id && a.Status != AttendanceStatus.Present)))
            .OrderBy(s => s.ServiceId is null).ThenBy(s => s.ServiceId)
            .ToList();
    }

    /// <summary>Appointment rows with names, for lists (the caller filters by scope first).</summary>
    public IQueryable<AppointmentRow> AppointmentRows(IQueryable<Appointment> appointments)
    {
        ArgumentNullException.ThrowIfNull(appointments);
        return appointments.Select(a => new AppointmentRow(a.Id, a.ClientId,
            db.Clients.Where(c => c.Id == a.ClientId).Select(c => c.FirstName + " " + c.LastName).FirstOrDefault() ?? string.Empty,
            a.StartsAt, a.Kind, a.DurationMinutes, a.Status, a.SpecialistId,
            db.Users.Where(u => u.Id == a.SpecialistId).Select(u => u.FullName).FirstOrDefault() ?? string.Empty,
            a.ServiceId, db.Services.Where(s => s.Id == a.ServiceId).Select(s => s.Name).FirstOrDefault(),
            a.CaseFileId, db.CaseFiles.Where(f => f.Id == a.CaseFileId).Select(f => f.Number).FirstOrDefault(), a.Note));
    }

    /// <summary>A member's row at a held session (a class with setters, so that queries can be composed over it).</summary>
    private sealed class HeldRecord
    {
        public int ClientId { get; init; }
        public int GroupId { get; init; }
        public string GroupName { get; init; } = string.Empty;
        public int ServiceId { get; init; }
        public DateOnly Date { get; init; }
        public TimeOnly Start { get; init; }
        public AttendanceStatus Status { get; init; }
        public bool Late { get; init; }
    }

    private IQueryable<HeldRecord> HeldRecords(IQueryable<AttendanceRecord> records) =>
        from r in records
        join s in db.GroupSessions on r.SessionId equals s.Id
        where s.AttendanceRecorded && s.Status == SessionStatus.Planned
        join g in db.ProgrammeGroups on s.GroupId equals g.Id
        select new HeldRecord { ClientId = r.ClientId, GroupId = g.Id, GroupName = g.Name, ServiceId = g.ServiceId, Date = s.Date, Start = s.StartsAt, Status = r.Status, Late = r.Late };
}
