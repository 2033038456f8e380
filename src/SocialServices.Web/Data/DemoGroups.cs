using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Groups;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Data;

/// <summary>
/// Demo groups: the two groups of <see cref="DemoApplications"/> get leaders, rooms and schedules generated from a
/// pattern (the running "Sociālās prasmes — bērnu grupa" began 40 days ago, so its first sessions are past; one of them
/// was cancelled with a reason and made up at the end), children of the right age as members of it, and a finished
/// parents' group from the spring whose members await their end-of-group evaluations. Attendance of past sessions is
/// seeded by <c>DemoAttendance</c>, which runs after this. Does nothing when groups already have leaders.
/// </summary>
internal static class DemoGroups
{
    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.GroupLeaders.AnyAsync(ct) || !await db.ProgrammeGroups.AnyAsync(ct))
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToLatvian().DateTime);
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        string User(string name) => users[name];
        var services = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Code, ct);

        // The running children's group: once a week after school, 28 sessions (the programme's number).
        var skills = await db.ProgrammeGroups.FirstAsync(g => g.Name == "Sociālās prasmes — bērnu grupa", ct);
        skills.Update(skills.Name, "Katoļu iela 4, Jelgava", "Radošā darbnīca (1. stāvs)", skills.Capacity, 0);
        var skillsSessions = Schedule(db, skills, new SchedulePattern([skills.StartsOn.DayOfWeek], new TimeOnly(15, 30), new TimeOnly(17, 0), services["6.1.5"].SessionCount ?? 28), []);
        skillsSessions[2].Cancel("Vadītājs slimības dēļ nevarēja vadīt nodarbību; vecāki informēti telefoniski iepriekšējā dienā. Nodarbība tiks aizvietota grafika beigās.");
        var makeUp = skillsSessions.Where(s => s.Status == SessionStatus.Planned).Max(s => s.Date).AddDays(7);
        while (!Domain.Common.LatvianCalendar.IsWorkingDay(makeUp))
        {
            makeUp = makeUp.AddDays(7);
        }

        db.GroupSessions.Add(new GroupSession(skills.Id, makeUp, new TimeOnly(15, 30), new TimeOnly(17, 0), skills.Room));
        skills.ScheduleChanged(skillsSessions.Where(s => s.Status == SessionStatus.Planned).Min(s => s.Date), makeUp);
        Lead(db, skills.Id, User("peteris.kalnins"), User("edgars.zarins"));

        // Children aged 8 to 12 without an application of their own for the programme: members since before the start.
        var pending = await db.Applications.AsNoTracking().Where(a => a.ServiceId == skills.ServiceId).Select(a => a.ClientId).ToListAsync(ct);
        var children = await db.Clients.AsNoTracking().Where(c => c.BirthDate != null && !pending.Contains(c.Id)).OrderBy(c => c.Id).Select(c => new { c.Id, c.BirthDate }).ToListAsync(ct);
        foreach (var child in children.Where(c => Domain.Common.Age.On(c.BirthDate!.Value, skills.StartsOn) is >= 8 and <= 12).Take(skills.Capacity - 2))
        {
            db.GroupEnrolments.Add(new GroupEnrolment(child.Id, skills.ServiceId, skills.Id, null, skills.StartsOn.AddDays(-6)));
        }

        // The parents' group that starts in two weeks: Thursday evenings, school winter holidays left out.
        var spring = await db.ProgrammeGroups.FirstAsync(g => g.ServiceId == services["6.1.3"].Id, ct);
        spring.Update(spring.Name, "Lielā iela 1, Jelgava", "2. stāva zāle", spring.Capacity, await db.GroupEnrolments.CountAsync(e => e.GroupId == spring.Id && e.Status == EnrolmentStatus.Enrolled, ct));
        var winter = new DateOnly(spring.StartsOn.Month == 1 ? spring.StartsOn.Year - 1 : spring.StartsOn.Year, 12, 27);
        var holidays = Enumerable.Range(0, 7).Select(winter.AddDays).ToList();
        var springSessions = Schedule(db, spring, new SchedulePattern([spring.StartsOn.DayOfWeek], new TimeOnly(17, 30), new TimeOnly(19, 0), services["6.1.3"].SessionCount ?? 10), holidays);
        spring.ScheduleChanged(springSessions.Min(s => s.Date), springSessions.Max(s => s.Date));
        Lead(db, spring.Id, User("peteris.kalnins"), User("marta.kalnina"));

        // A finished parents' group of the spring: its members (parents of small children) await their evaluations.
        var emotional = services["6.1.2"];
        var start = today.AddDays(-200);
        while (start.DayOfWeek != DayOfWeek.Wednesday)
        {
            start = start.AddDays(1);
        }

        var finished = new ProgrammeGroup(skills.OrganisationId, emotional.Id, "Bērna emocionālā audzināšana — pavasara grupa", start, start.AddDays(7 * 12), 8, "Lielā iela 1, Jelgava");
        finished.Update(finished.Name, finished.Location, "Mazā zāle (1. stāvs)", 8, 0);
        db.ProgrammeGroups.Add(finished);
        await db.SaveChangesAsync(ct);
        var finishedSessions = Schedule(db, finished, new SchedulePattern([DayOfWeek.Wednesday], new TimeOnly(10, 0), new TimeOnly(11, 30), emotional.SessionCount ?? 12), []);
        finished.ScheduleChanged(finishedSessions.Min(s => s.Date), finishedSessions.Max(s => s.Date));
        Lead(db, finished.Id, User("peteris.kalnins"), User("sandra.ozolina"));
        var parents = await db.Clients.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).Take(7).ToListAsync(ct);
        var members = new[] { parents[0], parents[1], parents[5], parents[6] }.Select(id => new GroupEnrolment(id, emotional.Id, finished.Id, null, start.AddDays(-10))).ToList();
        db.GroupEnrolments.AddRange(members);
        await db.SaveChangesAsync(ct);
        members[3].Leave(start.AddDays(7 * 4), "Sāka strādāt maiņu darbu; nodarbību laiks vairs nav piemērots. Ieteikts pieteikties rudens grupai.");
        await db.SaveChangesAsync(ct);
    }

    private static List<GroupSession> Schedule(AppDbContext db, ProgrammeGroup group, SchedulePattern pattern, IReadOnlyList<DateOnly> skip)
    {
        group.UsePattern(pattern, skip);
        var sessions = GroupSchedule.Generate(group.StartsOn, pattern, skip).Sessions
            .Select(s => new GroupSession(group.Id, s.Date, s.StartsAt, s.EndsAt, group.Room)).ToList();
        db.GroupSessions.AddRange(sessions);
        return sessions;
    }

    private static void Lead(AppDbContext db, int groupId, params string[] userIds)
    {
        foreach (var userId in userIds)
        {
            db.GroupLeaders.Add(new GroupLeader(groupId, userId));
        }
    }
}
