using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Groups;
using SocialServices.Web.Data;

namespace SocialServices.Web.Groups;

/// <summary>A member (or former member) of a group with their attendance and the evaluation in force, if any.</summary>
public sealed record GroupMemberRow(int EnrolmentId, int ClientId, string ClientName, DateOnly? BirthDate, DateOnly JoinedOn, DateOnly? LeftOn, int Attended, int Held, GroupMemberEvaluation? Current);

/// <summary>Which case an evaluation goes into, or why none.</summary>
public enum EvaluationCaseChoice
{
    /// <summary>The open case that holds the application the client came with.</summary>
    ApplicationCase,

    /// <summary>The client's only open case.</summary>
    OnlyOpenCase,

    /// <summary>The client has no open case: the evaluation is kept with the group only.</summary>
    NoOpenCase,

    /// <summary>Several open cases and none holds the application: the evaluation is kept with the group only.</summary>
    SeveralOpenCases,
}

/// <summary>Reads for the end-of-group evaluation pages: members with attendance counted from the attendance register.</summary>
public static class GroupEvaluationData
{
    /// <summary>Members and former members of the group (not the waiting list), by name.</summary>
    public static async Task<List<GroupMemberRow>> MembersAsync(AppDbContext db, int groupId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        // A join on the client's key, not a subquery with First(): EF turns that into a window over the whole clients table.
        var enrolments = await db.GroupEnrolments.AsNoTracking().Where(e => e.GroupId == groupId && e.Status != EnrolmentStatus.WaitingList)
            .Join(db.Clients, e => e.ClientId, c => c.Id, (e, c) => new
            {
                e.Id,
                e.ClientId,
                Client = new { c.FirstName, c.LastName, c.BirthDate },
                e.EnrolledOn,
                e.LeftOn,
            })
            .ToListAsync(ct);
        var sessions = await db.GroupSessions.AsNoTracking().Where(s => s.GroupId == groupId)
            .Select(s => new { s.Id, s.Date, Cancelled = s.Status == SessionStatus.Cancelled, s.AttendanceRecorded }).ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var present = await db.AttendanceRecords.AsNoTracking().Where(a => sessionIds.Contains(a.SessionId) && a.Status == AttendanceStatus.Present)
            .Select(a => new { a.ClientId, a.SessionId }).ToListAsync(ct);
        var evaluations = await db.GroupMemberEvaluations.AsNoTracking().Where(e => e.GroupId == groupId).ToListAsync(ct);
        var latvian = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(Infrastructure.Cultures.Latvian), false);
        return enrolments.Select(e =>
            {
                var (attended, held) = GroupAttendance.Count(sessions.Select(s => (s.Id, s.Date, s.Cancelled, s.AttendanceRecorded)),
                    present.Where(p => p.ClientId == e.ClientId).Select(p => p.SessionId), e.EnrolledOn, e.LeftOn);
                var current = evaluations.Where(v => v.EnrolmentId == e.Id).MaxBy(v => v.VersionNumber);
                return new GroupMemberRow(e.Id, e.ClientId, e.Client.FirstName + " " + e.Client.LastName, e.Client.BirthDate, e.EnrolledOn, e.LeftOn, attended, held, current);
            })
            .OrderBy(r => r.ClientName, latvian)
            .ToList();
    }

    /// <summary>Sessions held in the group (attendance recorded, not cancelled).</summary>
    public static Task<int> HeldAsync(AppDbContext db, int groupId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GroupSessions.CountAsync(s => s.GroupId == groupId && s.Status != SessionStatus.Cancelled && s.AttendanceRecorded, ct);
    }

    /// <summary>
    /// The case an evaluation of the member goes into: the open case holding the application the client came with,
    /// else the client's only open case; none when there is no open case or several without the application's.
    /// </summary>
    public static async Task<(EvaluationCaseChoice Choice, int? CaseId, string? Number)> CaseForAsync(AppDbContext db, int enrolmentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var enrolment = await db.GroupEnrolments.AsNoTracking().Where(e => e.Id == enrolmentId).Select(e => new { e.ClientId, e.ApplicationId }).FirstAsync(ct);
        var open = await db.CaseFiles.AsNoTracking().Where(c => c.ClientId == enrolment.ClientId && c.Status == CaseStatus.Open && !c.IsArchived)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Number }).ToListAsync(ct);
        var applicationCase = enrolment.ApplicationId is null
            ? null
            : await db.Applications.AsNoTracking().Where(a => a.Id == enrolment.ApplicationId).Select(a => a.CaseFileId).FirstOrDefaultAsync(ct);
        if (open.FirstOrDefault(c => c.Id == applicationCase) is { } held)
        {
            return (EvaluationCaseChoice.ApplicationCase, held.Id, held.Number);
        }

        return open.Count switch
        {
            0 => (EvaluationCaseChoice.NoOpenCase, null, null),
            1 => (EvaluationCaseChoice.OnlyOpenCase, open[0].Id, open[0].Number),
            _ => (EvaluationCaseChoice.SeveralOpenCases, null, null),
        };
    }
}
