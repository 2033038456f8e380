using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Groups;
using SocialServices.Web.Infrastructure;

namespace SocialServices.Web.Data;

/// <summary>
/// Demo attendance, after the demo groups: registers for the past sessions of "Sociālās prasmes — bērnu grupa" (mostly
/// present, a few absent or excused, one member who has missed the last three in a row) and a handful of individual
/// appointments by Pēteris Kalniņš (specialist) and Sandra Ozoliņa (social worker). It reads the sessions that exist at
/// that point; without sessions or members it records no register. Created once.
/// </summary>
internal static class DemoAttendance
{
    public const string GroupName = "Sociālās prasmes — bērnu grupa";

    private static readonly string[] Notes =
    [
        "Aktīvi iesaistījās lomu spēlē.",
        "Sākumā kautrējās, vēlāk strādāja pārī.",
        "Palīdzēja jaunākiem dalībniekiem.",
        "Grūti noturēja uzmanību, vajadzēja pārtraukumu.",
    ];

    private static readonly string[] Excuses = ["Slimība, zvanīja māte", "Ārsta apmeklējums", "Skolas ekskursija"];

    public static async Task SeedAsync(AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.AttendanceRecords.AnyAsync(ct) || await db.Appointments.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = LatvianTime.Today(clock);
        var peteris = await db.Users.Where(u => u.UserName == "peteris.kalnins").Select(u => new { u.Id, u.FullName }).FirstOrDefaultAsync(ct);
        var sandra = await db.Users.Where(u => u.UserName == "sandra.ozolina").Select(u => new { u.Id, u.FullName }).FirstOrDefaultAsync(ct);
        if (peteris is null || sandra is null)
        {
            return;
        }

        await RegistersAsync(db, today, peteris.Id, ct);

        // Individual appointments: the specialist with clients of the cases whose team he is on, the social worker with her own.
        var organisationId = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(ct);
        var services = await db.Services.AsNoTracking().Where(s => s.Type != ServiceType.EducationalAndSupportGroup).ToDictionaryAsync(s => s.Code, s => s.Id, ct);
        int? Service(string code) => services.TryGetValue(code, out var id) ? id : null;
        var teamCases = await db.CaseFiles.AsNoTracking().Where(c => c.Status == CaseStatus.Open && c.Team.Any(t => t.UserId == peteris.Id && t.RemovedAt == null))
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.ClientId }).Take(3).ToListAsync(ct);
        var ownCases = await db.CaseFiles.AsNoTracking().Where(c => c.Status == CaseStatus.Open && c.ResponsibleWorkerId == sandra.Id)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.ClientId }).Take(3).ToListAsync(ct);
        DateTimeOffset At(int daysAgo, int hour)
        {
            var local = today.AddDays(-daysAgo).ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Unspecified);
            return new DateTimeOffset(local, LatvianTime.Zone.GetUtcOffset(local)).ToUniversalTime();
        }

        var appointments = new List<Appointment>();
        for (var i = 0; i < teamCases.Count; i++)
        {
            var c = teamCases[i];
            appointments.Add(new Appointment(organisationId, c.ClientId, Service("SR"), c.Id, peteris.Id, AppointmentKind.Consultation, At(3 + i * 6, 10 + i), 60,
                AttendanceStatus.Present, "Psihologa konsultācija: runājām par emociju atpazīšanu un dusmu vadīšanu."));
            appointments.Add(new Appointment(organisationId, c.ClientId, Service("SR"), c.Id, peteris.Id, AppointmentKind.IndividualSupport, At(10 + i * 6, 14), 45,
                i == 1 ? AttendanceStatus.Absent : AttendanceStatus.Present, i == 1 ? "Klients neieradās un nebrīdināja; piezvanīju, vienojāmies par jaunu laiku." : "Individuāls atbalsts pēc grupas nodarbības."));
        }

        for (var i = 0; i < ownCases.Count; i++)
        {
            var c = ownCases[i];
            appointments.Add(new Appointment(organisationId, c.ClientId, null, c.Id, sandra.Id, i % 2 == 0 ? AppointmentKind.HomeVisit : AppointmentKind.Consultation, At(2 + i * 5, 11), i % 2 == 0 ? 90 : 40,
                i == 2 ? AttendanceStatus.Excused : AttendanceStatus.Present,
                i % 2 == 0 ? "Mājas vizīte: pārrunājām bērnu dienas režīmu un skolas apmeklējumu." : i == 2 ? "Kliente atteica iepriekš — bērns saslima." : "Konsultācija par pabalstu pieteikšanu."));
        }

        db.Appointments.AddRange(appointments.Where(a => a.StartsAt < now));
        await db.SaveChangesAsync(ct);
    }

    private static async Task RegistersAsync(AppDbContext db, DateOnly today, string fallbackLeaderId, CancellationToken ct)
    {
        var group = await db.ProgrammeGroups.AsNoTracking().Where(g => g.Name == GroupName).Select(g => new { g.Id }).FirstOrDefaultAsync(ct);
        if (group is null)
        {
            return;
        }

        var sessions = await db.GroupSessions.Where(s => s.GroupId == group.Id && s.Status == SessionStatus.Planned && s.Date < today && !s.AttendanceRecorded)
            .OrderBy(s => s.Date).ThenBy(s => s.StartsAt).ToListAsync(ct);
        var enrolments = await db.GroupEnrolments.AsNoTracking().Where(e => e.GroupId == group.Id && e.Status != EnrolmentStatus.WaitingList)
            .OrderBy(e => e.Id).Select(e => new { e.ClientId, e.Status, e.LeftOn }).ToListAsync(ct);
        if (sessions.Count == 0 || enrolments.Count == 0)
        {
            return;
        }

        var leaders = await db.GroupLeaders.AsNoTracking().Where(l => l.GroupId == group.Id).OrderBy(l => l.Id).Select(l => l.UserId).ToListAsync(ct);
        if (leaders.Count == 0)
        {
            leaders = [fallbackLeaderId];
        }

        // The first current member misses the last three sessions in a row (when there are at least four).
        var truant = enrolments.FirstOrDefault(e => e.Status == EnrolmentStatus.Enrolled)?.ClientId;
        for (var s = 0; s < sessions.Count; s++)
        {
            var session = sessions[s];
            var late = s % 3 == 1 ? 10 : 0;
            session.RecordHeld(session.StartsAt.AddMinutes(late / 2), session.EndsAt.AddMinutes(s % 4 == 2 ? 10 : 0));
            // Every other session one leader alone (when there are two), so the leaders' hours differ.
            foreach (var leader in leaders.Take(s % 2 == 0 ? leaders.Count : 1))
            {
                db.SessionLeaders.Add(new SessionLeader(session.Id, leader));
            }

            for (var m = 0; m < enrolments.Count; m++)
            {
                var member = enrolments[m];
                if (member.Status == EnrolmentStatus.Left && member.LeftOn <= session.Date)
                {
                    continue;
                }

                (AttendanceStatus status, string? reason) = member.ClientId == truant && sessions.Count >= 4 && s >= sessions.Count - 3 ? (AttendanceStatus.Absent, (string?)null)
                    : (s + m) % 7 == 3 ? (AttendanceStatus.Excused, (string?)Excuses[(s + m) % Excuses.Length])
                    : (s * 3 + m) % 11 == 5 ? (AttendanceStatus.Absent, null)
                    : (AttendanceStatus.Present, null);
                var isLate = status == AttendanceStatus.Present && (s + m * 2) % 9 == 4;
                var note = status == AttendanceStatus.Present && (s + m) % 5 == 0 ? Notes[(s + m) % Notes.Length] : null;
                db.AttendanceRecords.Add(new AttendanceRecord(session.Id, member.ClientId, status, isLate, reason, note));
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
