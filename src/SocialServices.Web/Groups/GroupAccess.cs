using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Groups;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Groups;

/// <summary>
/// Who may do what with a group. Service managers run groups (create, edit, members, schedule); a group's own leaders
/// edit its sessions, let members leave and write the end-of-group evaluations; auditors read everything and change
/// nothing. The leaders and managers see the names of all the group's members (their work needs them); anyone else
/// sees only the members in their own client scope.
/// </summary>
public static class GroupAccess
{
    /// <summary>The roles a group leader is chosen from: specialists and social workers.</summary>
    public static readonly string[] LeaderRoles = [Roles.Specialist, Roles.SocialWorker];

    public static Task<bool> IsLeaderAsync(AppDbContext db, int groupId, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var me = user.UserId() ?? string.Empty;
        return db.GroupLeaders.AnyAsync(l => l.GroupId == groupId && l.UserId == me, ct);
    }

    /// <summary>What the user may do with the group.</summary>
    public static async Task<GroupRights> RightsAsync(AppDbContext db, int groupId, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var manager = user.IsInRole(Roles.ServiceManager);
        var leader = (user.IsInRole(Roles.Specialist) || user.IsInRole(Roles.SocialWorker)) && await IsLeaderAsync(db, groupId, user, ct);
        var auditor = user.IsInRole(Roles.Auditor);
        return new GroupRights(manager, leader, auditor);
    }

    /// <summary>The leaders of the groups, by group, with their names.</summary>
    public static async Task<Dictionary<int, List<string>>> LeaderNamesAsync(AppDbContext db, IReadOnlyCollection<int> groupIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.GroupLeaders.AsNoTracking().Where(l => groupIds.Contains(l.GroupId))
            .Join(db.Users, l => l.UserId, u => u.Id, (l, u) => new { l.GroupId, u.FullName })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.GroupId).ToDictionary(g => g.Key, g => g.Select(r => r.FullName).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Dates and states of a group's sessions, for <see cref="GroupEnd"/>.</summary>
    public static async Task<bool> HasEndedAsync(AppDbContext db, int groupId, DateOnly? endsOn, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sessions = await db.GroupSessions.AsNoTracking().Where(s => s.GroupId == groupId)
            .Select(s => new { s.Date, Cancelled = s.Status == SessionStatus.Cancelled, s.AttendanceRecorded }).ToListAsync(ct);
        return GroupEnd.HasEnded(sessions.Select(s => (s.Date, s.Cancelled, s.AttendanceRecorded)), endsOn, today);
    }

    /// <summary>Keeps the group's start and end in step with its sessions that are not cancelled (call before saving a schedule change).</summary>
    public static async Task SyncDatesAsync(AppDbContext db, ProgrammeGroup group, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(group);
        var stored = await db.GroupSessions.Where(s => s.GroupId == group.Id).ToListAsync(ct);
        var added = db.ChangeTracker.Entries<GroupSession>().Where(e => e.State == EntityState.Added && e.Entity.GroupId == group.Id).Select(e => e.Entity);
        var dates = stored.Concat(added).Distinct().Where(s => s.Status != SessionStatus.Cancelled).Select(s => s.Date).ToList();
        if (dates.Count > 0)
        {
            group.ScheduleChanged(dates.Min(), dates.Max());
        }
    }
}

/// <summary>What one user may do with one group.</summary>
public sealed record GroupRights(bool IsManager, bool IsLeader, bool IsAuditor)
{
    /// <summary>Move, cancel and add sessions; let a member leave; write evaluations.</summary>
    public bool EditsSessions => IsManager || IsLeader;

    /// <summary>Sees the names of every member (leaders and managers by their work, auditors by theirs).</summary>
    public bool SeesAllMembers => IsManager || IsLeader || IsAuditor;

    /// <summary>Reads the end-of-group evaluations.</summary>
    public bool ReadsEvaluations => IsManager || IsLeader || IsAuditor;
}
