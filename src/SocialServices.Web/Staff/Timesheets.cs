using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Groups;
using SocialServices.Domain.Staff;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Staff;

/// <summary>
/// Specialists' working time (000 §5, pay justification): a month of a person's sessions led (held sessions where they
/// are a leader present; the session's length; clients present), individual appointments (their duration; one client
/// when the client came) and other work recorded by hand, built into a <see cref="MonthlyTimesheet"/>.
/// </summary>
public sealed class Timesheets(AppDbContext db)
{
    /// <summary>The items of one person's month (Latvian days).</summary>
    public async Task<IReadOnlyList<TimesheetItem>> ItemsAsync(string userId, TimesheetMonth month, CancellationToken ct) =>
        (await ItemsOfAsync([userId], month, ct)).TryGetValue(userId, out var items) ? items : [];

    /// <summary>One person's month: the sheet, its approval and the other-work entries (withdrawn ones too).</summary>
    public async Task<TimesheetView?> MonthAsync(string userId, TimesheetMonth month, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Id, u.FullName }).FirstOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }

        var position = await PositionsAsync([userId], ct);
        var items = await ItemsAsync(userId, month, ct);
        var approval = await db.TimesheetApprovals.AsNoTracking().FirstOrDefaultAsync(a => a.UserId == userId && a.Year == month.Year && a.Month == month.Month, ct);
        var first = month.First;
        var last = month.Last;
        var entries = await db.OtherWorkEntries.AsNoTracking()
            .Where(e => e.UserId == userId && e.Date >= first && e.Date <= last)
            .OrderBy(e => e.Date).ThenBy(e => e.Id)
            .Select(e => new OtherWorkRow(e.Id, e.Date, e.Kind, e.Minutes, e.Note, e.WithdrawnAt, e.WithdrawReason))
            .ToListAsync(ct);
        var sheet = MonthlyTimesheet.Build(month, items);
        return new TimesheetView(user.Id, user.FullName, position.GetValueOrDefault(userId), sheet, approval is null ? null : ApprovalState.Of(approval), entries);
    }

    /// <summary>
    /// Everyone with working time in the month, or with a role that records it and an active account: totals and
    /// approval, by name.
    /// </summary>
    public async Task<IReadOnlyList<TimesheetSummary>> SummariesAsync(TimesheetMonth month, CancellationToken ct)
    {
        var roleUsers = await (from ur in db.UserRoles
                               join r in db.Roles on ur.RoleId equals r.Id
                               join u in db.Users on ur.UserId equals u.Id
                               where u.IsActive && (r.Name == Roles.SocialWorker || r.Name == Roles.Specialist)
                               select u.Id).Distinct().ToListAsync(ct);
        var items = await ItemsOfAsync(null, month, ct);
        var ids = roleUsers.Union(items.Keys).ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var positions = await PositionsAsync(ids, ct);
        var approvals = await db.TimesheetApprovals.AsNoTracking()
            .Where(a => a.Year == month.Year && a.Month == month.Month)
            .ToDictionaryAsync(a => a.UserId, ct);
        return ids
            .Select(id =>
            {
                var sheet = MonthlyTimesheet.Build(month, items.TryGetValue(id, out var list) ? list : []);
                return new TimesheetSummary(id, names.GetValueOrDefault(id, id), positions.GetValueOrDefault(id), month, sheet.TotalMinutes, sheet.TotalClientsServed,
                    approvals.TryGetValue(id, out var a) ? ApprovalState.Of(a) : null);
            })
            .OrderBy(s => s.FullName, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <summary>Ended months (up to <paramref name="monthsBack"/> before today's) with working time that no manager has approved.</summary>
    public async Task<IReadOnlyList<TimesheetSummary>> AwaitingApprovalAsync(DateOnly today, int monthsBack, CancellationToken ct)
    {
        var result = new List<TimesheetSummary>();
        var month = TimesheetMonth.Of(today);
        for (var i = 0; i < monthsBack; i++)
        {
            month = month.Previous;
            result.AddRange((await SummariesAsync(month, ct)).Where(s => s.Minutes > 0 && s.Approval is not { Approved: true }));
        }

        return result;
    }

    /// <summary>True while a manager's approval locks the person's month.</summary>
    public async Task<bool> IsLockedAsync(string userId, DateOnly day, CancellationToken ct) =>
        await db.TimesheetApprovals.AnyAsync(a => a.UserId == userId && a.Year == day.Year && a.Month == day.Month && a.IsApproved, ct);

    private async Task<Dictionary<string, string>> PositionsAsync(IReadOnlyCollection<string> userIds, CancellationToken ct) =>
        await db.StaffMembers.AsNoTracking()
            .Where(m => m.UserId != null && userIds.Contains(m.UserId))
            .Join(db.StaffPositions, m => m.PositionId, p => p.Id, (m, p) => new { UserId = m.UserId!, p.Name })
            .ToDictionaryAsync(x => x.UserId, x => x.Name, ct);

    /// <summary>The items of the month per user (all users when <paramref name="userIds"/> is null).</summary>
    private async Task<Dictionary<string, List<TimesheetItem>>> ItemsOfAsync(IReadOnlyCollection<string>? userIds, TimesheetMonth month, CancellationToken ct)
    {
        var first = month.First;
        var last = month.Last;

        var leaders = db.SessionLeaders.AsNoTracking();
        if (userIds is not null)
        {
            leaders = leaders.Where(l => userIds.Contains(l.UserId));
        }

        var sessions = await (from l in leaders
                              join s in db.GroupSessions on l.SessionId equals s.Id
                              where s.AttendanceRecorded && s.Status != SessionStatus.Cancelled && s.Date >= first && s.Date <= last
                              select new
                              {
                                  l.UserId,
                                  s.Date,
                                  s.StartsAt,
                                  s.EndsAt,
                                  s.ActualStart,
                                  s.ActualEnd,
                                  Group = db.ProgrammeGroups.Where(g => g.Id == s.GroupId).Select(g => g.Name).FirstOrDefault(),
                                  Present = db.AttendanceRecords.Count(a => a.SessionId == s.Id && a.Status == AttendanceStatus.Present),
                              }).ToListAsync(ct);

        var from = LatvianTime.StartOfDay(first);
        var to = LatvianTime.StartOfDay(last.AddDays(1));
        var appointmentQuery = db.Appointments.AsNoTracking().Where(a => a.StartsAt >= from && a.StartsAt < to);
        if (userIds is not null)
        {
            appointmentQuery = appointmentQuery.Where(a => userIds.Contains(a.SpecialistId));
        }

        var appointments = await appointmentQuery.Select(a => new { a.SpecialistId, a.StartsAt, a.Kind, a.DurationMinutes, a.Status }).ToListAsync(ct);

        var otherQuery = db.OtherWorkEntries.AsNoTracking().Where(e => e.WithdrawnAt == null && e.Date >= first && e.Date <= last);
        if (userIds is not null)
        {
            otherQuery = otherQuery.Where(e => userIds.Contains(e.UserId));
        }

        var other = await otherQuery.Select(e => new { e.UserId, e.Date, e.Kind, e.Minutes }).ToListAsync(ct);

        var items = sessions.Select(s => (s.UserId, Item: new TimesheetItem(s.Date, TimesheetActivity.GroupSession,
                Minutes(s.ActualStart ?? s.StartsAt, s.ActualEnd ?? s.EndsAt), s.Present, s.Group)))
            .Concat(appointments.Select(a => (UserId: a.SpecialistId, Item: new TimesheetItem(DateOnly.FromDateTime(LatvianTime.ToLocal(a.StartsAt).DateTime), Activity(a.Kind),
                a.DurationMinutes, a.Status == AttendanceStatus.Present ? 1 : 0, null))))
            .Concat(other.Select(e => (e.UserId, Item: new TimesheetItem(e.Date, OtherWorkEntry.ActivityOf(e.Kind), e.Minutes, 0, null))));
        return items.GroupBy(x => x.UserId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.Item).ToList(), StringComparer.Ordinal);
    }

    private static int Minutes(TimeOnly start, TimeOnly end) => end > start ? (int)(end - start).TotalMinutes : 0;

    public static TimesheetActivity Activity(AppointmentKind kind) => kind switch
    {
        AppointmentKind.Consultation => TimesheetActivity.Consultation,
        AppointmentKind.IndividualSupport => TimesheetActivity.IndividualSupport,
        _ => TimesheetActivity.HomeVisit,
    };
}

/// <summary>A month's approval as the pages show it.</summary>
public sealed record ApprovalState(bool Approved, DateTimeOffset? ApprovedAt, string? ApprovedBy, int ApprovedMinutes, int ApprovedClientsServed, DateTimeOffset? ReopenedAt, string? ReopenedBy, string? ReopenReason)
{
    public static ApprovalState Of(TimesheetApproval a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.IsApproved, a.ApprovedAt, a.ApprovedByName, a.ApprovedMinutes, a.ApprovedClientsServed, a.ReopenedAt, a.ReopenedByName, a.ReopenReason);
    }
}

/// <summary>An other-work entry on the timesheet page.</summary>
public sealed record OtherWorkRow(int Id, DateOnly Date, OtherWorkKind Kind, int Minutes, string? Note, DateTimeOffset? WithdrawnAt, string? WithdrawReason);

/// <summary>One person's month.</summary>
public sealed record TimesheetView(string UserId, string FullName, string? Position, MonthlyTimesheet Sheet, ApprovalState? Approval, IReadOnlyList<OtherWorkRow> Entries)
{
    public bool Locked => Approval is { Approved: true };
}

/// <summary>One person's month in the managers' list.</summary>
public sealed record TimesheetSummary(string UserId, string FullName, string? Position, TimesheetMonth Month, int Minutes, int ClientsServed, ApprovalState? Approval);
