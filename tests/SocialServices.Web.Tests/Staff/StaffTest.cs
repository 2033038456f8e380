using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Groups;
using SocialServices.Domain.Staff;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Tests.Cases;
using StaffMember = SocialServices.Domain.Staff.StaffMember;

namespace SocialServices.Web.Tests.Staff;

/// <summary>Helpers of the staff and timesheet tests: positions, staff members, held sessions and appointments made directly.</summary>
public abstract class StaffTest(WebFixture fixture) : CaseTest(fixture)
{
    protected static DateOnly D(int month, int day, int year = 2026) => new(year, month, day);

    protected async Task<int> PositionAsync(string name = "Sociālais darbinieks", string code = "2635 01", PositionCategory category = PositionCategory.SocialWorker, bool specialist = true) =>
        await WithDbAsync(async db =>
        {
            var position = new StaffPosition(name, code, category, specialist);
            db.StaffPositions.Add(position);
            await db.SaveChangesAsync();
            return position.Id;
        });

    protected async Task<int> StaffMemberAsync(string first, string last, int positionId, string? userId = null, bool children = false, DateOnly? from = null, Action<StaffMember>? entries = null) =>
        await WithDbAsync(async db =>
        {
            var member = new StaffMember(OrganisationId, new StaffDetails(first, last, userId, positionId, from ?? D(1, 1, 2020), null, children, null));
            db.StaffMembers.Add(member);
            await db.SaveChangesAsync();
            entries?.Invoke(member);
            await db.SaveChangesAsync();
            return member.Id;
        });

    protected async Task<int> GroupAsync(string name = "Esam ģimene, rudens 2026") =>
        await WithDbAsync(async db =>
        {
            var service = new Service("6.1.3-" + Guid.NewGuid().ToString("N")[..6], "Esam ģimene", ServiceType.EducationalAndSupportGroup, FundingSource.Municipal);
            db.Services.Add(service);
            await db.SaveChangesAsync();
            var group = new ProgrammeGroup(OrganisationId, service.Id, name, D(9, 1), null, 12, "Lielā iela 1");
            db.ProgrammeGroups.Add(group);
            await db.SaveChangesAsync();
            return group.Id;
        });

    /// <summary>A session of the group with the given leaders present and attendance (present, absent), held or only planned.</summary>
    protected async Task<int> SessionAsync(int groupId, DateOnly date, TimeOnly start, TimeOnly end, string[] leaders, int present, int absent, bool held = true, (TimeOnly Start, TimeOnly End)? actual = null, string? registeredBy = null)
    {
        var clients = new List<int>();
        for (var i = 0; i < present + absent; i++)
        {
            clients.Add(await ClientAsync("Dalībniece" + (char)('A' + i), "Žūriņa", registeredBy ?? leaders[0]));
        }

        return await WithDbAsync(async db =>
        {
            var session = new GroupSession(groupId, date, start, end, "12. telpa");
            db.GroupSessions.Add(session);
            await db.SaveChangesAsync();
            if (held)
            {
                session.RecordHeld(actual?.Start ?? start, actual?.End ?? end);
                foreach (var leader in leaders)
                {
                    db.SessionLeaders.Add(new SessionLeader(session.Id, leader));
                }

                for (var i = 0; i < clients.Count; i++)
                {
                    db.AttendanceRecords.Add(new AttendanceRecord(session.Id, clients[i], i < present ? AttendanceStatus.Present : AttendanceStatus.Absent, false, null, null));
                }
            }

            await db.SaveChangesAsync();
            return session.Id;
        });
    }

    protected async Task AppointmentAsync(string specialistId, int clientId, DateTimeOffset startsAt, int minutes, AttendanceStatus status, AppointmentKind kind = AppointmentKind.Consultation) =>
        await WithDbAsync(async db =>
        {
            db.Appointments.Add(new Appointment(OrganisationId, clientId, null, null, specialistId, kind, startsAt, minutes, status, null));
            return await db.SaveChangesAsync();
        });

    protected async Task<List<(string Action, string? EntityId, string? Details)>> AuditAsync(string prefix) =>
        (await WithDbAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith(prefix)).OrderBy(a => a.Id).Select(a => new { a.Action, a.EntityId, a.Details }).ToListAsync()))
        .Select(a => (a.Action, a.EntityId, a.Details)).ToList();

    protected static string Value(IHtmlDocument page, string name) =>
        ((IHtmlInputElement)page.QuerySelector($"input[name='{name}']")!).Value;

    protected static DateTimeOffset Riga(int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, month, day, hour, minute, 0, TimeSpan.FromHours(2)).ToUniversalTime();

    protected static readonly DateTimeOffset Now = AppFactory.DefaultNow;
}
