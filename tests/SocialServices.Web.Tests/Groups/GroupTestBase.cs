using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Groups;
using SocialServices.Web.Tests.Applications;

namespace SocialServices.Web.Tests.Groups;

/// <summary>Groups made directly through the domain: leaders, sessions (optionally held, with attendance), members.</summary>
public abstract class GroupTestBase(WebFixture fixture) : DecisionTestBase(fixture)
{
    protected static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A group of the programme with weekly sessions from <paramref name="firstSession"/> (17:00-18:30 in "Zāle") and its leaders.</summary>
    protected async Task<(int GroupId, List<int> SessionIds)> GroupWithSessionsAsync(string programmeCode, string name, DateOnly firstSession, int sessions, int capacity, params string[] leaderIds) =>
        await WithDbAsync(async db =>
        {
            var serviceId = await db.Services.Where(s => s.Code == programmeCode).Select(s => s.Id).SingleAsync();
            var group = new ProgrammeGroup(OrganisationId, serviceId, name, firstSession, firstSession.AddDays(7 * (sessions - 1)), capacity, "Lielā iela 1, Jelgava");
            group.Update(name, "Lielā iela 1, Jelgava", "Zāle", capacity, 0);
            db.ProgrammeGroups.Add(group);
            await db.SaveChangesAsync();
            var rows = Enumerable.Range(0, sessions).Select(i => new GroupSession(group.Id, firstSession.AddDays(7 * i), new TimeOnly(17, 0), new TimeOnly(18, 30), "Zāle")).ToList();
            db.GroupSessions.AddRange(rows);
            db.GroupLeaders.AddRange(leaderIds.Select(l => new GroupLeader(group.Id, l)));
            await db.SaveChangesAsync();
            return (group.Id, rows.Select(r => r.Id).ToList());
        });

    protected async Task<int> EnrolAsync(int clientId, int groupId, DateOnly on, int? applicationId = null) =>
        await WithDbAsync(async db =>
        {
            var group = await db.ProgrammeGroups.SingleAsync(g => g.Id == groupId);
            var enrolment = new GroupEnrolment(clientId, group.ServiceId, groupId, applicationId, on);
            db.GroupEnrolments.Add(enrolment);
            await db.SaveChangesAsync();
            return enrolment.Id;
        });

    /// <summary>Records the session as held, with the clients present (and the others of <paramref name="absent"/> absent).</summary>
    protected async Task HoldAsync(int sessionId, int[] present, params int[] absent) =>
        await WithDbAsync(async db =>
        {
            var session = await db.GroupSessions.SingleAsync(s => s.Id == sessionId);
            session.RecordHeld(new TimeOnly(17, 0), new TimeOnly(18, 30));
            db.AttendanceRecords.AddRange(present.Select(c => new AttendanceRecord(sessionId, c, AttendanceStatus.Present, false, null, null)));
            db.AttendanceRecords.AddRange(absent.Select(c => new AttendanceRecord(sessionId, c, AttendanceStatus.Absent, false, null, null)));
            return await db.SaveChangesAsync();
        });
}
