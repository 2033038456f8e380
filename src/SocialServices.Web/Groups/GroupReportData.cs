using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Groups;
using SocialServices.Reports.Documents;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Groups;

/// <summary>The plain records of a group's PDFs and CSV (programme and schedule; all members' evaluations).</summary>
public static class GroupReportData
{
    public static async Task<GroupScheduleReport?> ScheduleAsync(AppDbContext db, int groupId, ClaimsPrincipal user, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var g = await db.ProgrammeGroups.AsNoTracking().FirstOrDefaultAsync(x => x.Id == groupId, ct);
        if (g is null)
        {
            return null;
        }

        var service = await db.Services.AsNoTracking().Where(s => s.Id == g.ServiceId).Select(s => new { s.Code, s.Name, s.TargetGroup, s.Description, s.SessionCount }).FirstAsync(ct);
        var (organisation, details) = await OrganisationAsync(db, g.OrganisationId, ct);
        var leaders = (await GroupAccess.LeaderNamesAsync(db, [groupId], ct)).GetValueOrDefault(groupId) ?? [];
        var members = await db.GroupEnrolments.CountAsync(e => e.GroupId == groupId && e.Status == EnrolmentStatus.Enrolled, ct);
        var sessions = await db.GroupSessions.AsNoTracking().Where(s => s.GroupId == groupId).OrderBy(s => s.Date).ThenBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync(ct);
        var number = 0;
        var rows = sessions.Select(s => s.Status == SessionStatus.Cancelled
            ? new GroupScheduleSession(null, s.Date, s.StartsAt, s.EndsAt, s.Room, false, s.CancelReason)
            : new GroupScheduleSession(++number, s.Date, s.StartsAt, s.EndsAt, s.Room, s.AttendanceRecorded, null)).ToList();
        return new GroupScheduleReport(organisation, details, service.Code, service.Name, service.TargetGroup, service.Description, service.SessionCount,
            g.Name, leaders, g.Location, g.Room, g.Capacity, members, g.StartsOn, g.EndsOn, PatternText(g.Pattern), rows, user.FullName(), now);
    }

    public static async Task<(GroupEvaluationsReport Report, IReadOnlyList<GroupMemberRow> Members)?> EvaluationsAsync(AppDbContext db, int groupId, ClaimsPrincipal user, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var g = await db.ProgrammeGroups.AsNoTracking().FirstOrDefaultAsync(x => x.Id == groupId, ct);
        if (g is null)
        {
            return null;
        }

        var service = await db.Services.AsNoTracking().Where(s => s.Id == g.ServiceId).Select(s => new { s.Code, s.Name }).FirstAsync(ct);
        var (organisation, details) = await OrganisationAsync(db, g.OrganisationId, ct);
        var leaders = (await GroupAccess.LeaderNamesAsync(db, [groupId], ct)).GetValueOrDefault(groupId) ?? [];
        var members = await GroupEvaluationData.MembersAsync(db, groupId, ct);
        var entries = members.Where(m => m.Current is not null).Select(m => (Member: m, Evaluation: m.Current!))
            .Select(x => new GroupMemberEvaluationEntry(x.Member.ClientName, x.Member.BirthDate, x.Evaluation.SessionsAttended, x.Evaluation.SessionsHeld, x.Member.LeftOn,
                x.Evaluation.Results, x.Evaluation.Recommendations, x.Evaluation.AuthorName, x.Evaluation.EvaluatedOn, x.Evaluation.VersionNumber, x.Evaluation.CorrectionReason))
            .ToList();
        var report = new GroupEvaluationsReport(organisation, details, service.Code, service.Name, g.Name, leaders, g.StartsOn, g.EndsOn,
            await GroupEvaluationData.HeldAsync(db, groupId, ct), entries, members.Where(m => m.Current is null).Select(m => m.ClientName).ToList(), user.FullName(), now);
        return (report, members);
    }

    /// <summary>"otrdiena, ceturtdiena 17:00–18:30; 10 nodarbības".</summary>
    public static string? PatternText(SchedulePattern? pattern) =>
        pattern is null
            ? null
            : string.Join(", ", pattern.Weekdays.Select(GroupScheduleDocument.DayName))
              + " " + pattern.StartsAt.ToString("HH:mm", CultureInfo.InvariantCulture) + "–" + pattern.EndsAt.ToString("HH:mm", CultureInfo.InvariantCulture)
              + "; " + pattern.Sessions.ToString(CultureInfo.InvariantCulture) + (pattern.Sessions % 10 == 1 && pattern.Sessions % 100 != 11 ? " nodarbība" : " nodarbības");

    private static async Task<(string Name, string? Details)> OrganisationAsync(AppDbContext db, int organisationId, CancellationToken ct)
    {
        var o = await db.Organisations.AsNoTracking().Where(x => x.Id == organisationId).Select(x => new { x.Name, x.RegistrationNumber, x.Address }).FirstAsync(ct);
        var details = string.Join(", ", new[] { string.IsNullOrWhiteSpace(o.RegistrationNumber) ? null : "Reģ. Nr. " + o.RegistrationNumber, o.Address }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return (o.Name, details.Length == 0 ? null : details);
    }
}
