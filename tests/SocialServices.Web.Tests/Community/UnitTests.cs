using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Community;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Community;

public sealed class UnitTests(WebFixture fixture) : CommunityTest(fixture)
{
    private static readonly string[] Names = ["Ozols", "Liepa", "Bērziņš"];

    [Fact]
    public async Task A_day_care_centre_daily_list_is_saved_in_one_post_and_corrected_by_withdrawing()
    {
        await SetUpCatalogueAsync();
        var (client, workerId) = await UserAsync(Roles.SocialWorker, "ilze.berzina");
        var episodes = new List<int>();
        foreach (var (name, i) in Names.Select((n, i) => (n, i)))
        {
            var (_, caseId) = await ClientWithCaseAsync("Jānis", name, workerId, "2026/000" + Id(i + 1));
            episodes.Add(await EpisodeAsync(caseId, "DAC", Today.AddDays(-30), null, ServiceUnit.Day));
        }

        var url = $"/Community/Units?serviceId={Id(await ServiceIdAsync("DAC"))}&on={Iso(Today)}";
        var page = await GetDocumentAsync(client, url);
        Assert.Equal(3, page.QuerySelectorAll("#units-table tbody tr").Length);
        var response = await PostPairsAsync(client, url, UnitFields(page, e => e == episodes[2] ? string.Empty : "1"), null, page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var units = await WithDbAsync(db => db.DeliveredUnits.AsNoTracking().ToListAsync());
        Assert.Equal([episodes[0], episodes[1]], units.Select(u => u.EpisodeId).Order());
        Assert.All(units, u => Assert.Equal((Today, 1m, UnitSource.Manual), (u.On, u.Quantity, u.Source)));
        Assert.Equal(2, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.UnitsRecord)));
        Assert.Equal(3, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.UnitsRead)));

        // a correction needs a reason; then the stored entry is withdrawn and a new one added
        page = await GetDocumentAsync(client, url);
        var refused = await ParseAsync(await PostPairsAsync(client, url, UnitFields(page, e => e == episodes[0] ? "0.5" : null), null, page));
        Assert.Equal("Jau saglabātu daudzumu labojot, norādiet iemeslu.", FieldError(refused, "Input.Reason"));
        response = await PostPairsAsync(client, url, UnitFields(page, e => e == episodes[0] ? "0.5" : null, "Aizgāja pusdienlaikā"), null, page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var first = await WithDbAsync(db => db.DeliveredUnits.AsNoTracking().Where(u => u.EpisodeId == episodes[0]).OrderBy(u => u.Id).ToListAsync());
        Assert.Equal(2, first.Count);
        Assert.Equal(("Aizgāja pusdienlaikā", false, 0.5m), (first[0].WithdrawReason, first[1].IsWithdrawn, first[1].Quantity));

        // the same form posted again (stale entry version): a conflict, nothing saved
        var stale = await ParseAsync(await PostPairsAsync(client, url, UnitFields(page, e => e == episodes[0] ? "0.75" : null, "Vēlreiz"), null, page));
        Assert.NotNull(stale.QuerySelector("#conflict"));
        Assert.Equal(3, await WithDbAsync(db => db.DeliveredUnits.CountAsync()));
    }

    [Fact]
    public async Task Attendance_and_appointments_are_imported_once()
    {
        await SetUpCatalogueAsync();
        var (client, workerId) = await UserAsync(Roles.SocialWorker, "ilze.berzina");
        var (group, sessions) = await GroupAsync(4, 2, workerId);
        var members = await MembersAsync(group, 1, workerId);
        var caseId = await CaseAsync(members[0], workerId, "2026/0001");
        var programme = await WithDbAsync(db => db.Services.Where(s => s.Id == SkillsServiceId).Select(s => s.Code).SingleAsync());
        await EpisodeAsync(caseId, programme, Today.AddDays(-60), null, ServiceUnit.Session);
        await EpisodeAsync(caseId, "SKIA", Today.AddDays(-60), null, ServiceUnit.Hour);
        await WithDbAsync(async db =>
        {
            var session = await db.GroupSessions.SingleAsync(s => s.Id == sessions[0]);
            session.RecordHeld(new TimeOnly(17, 0), new TimeOnly(18, 30));
            db.AttendanceRecords.Add(new AttendanceRecord(sessions[0], members[0], AttendanceStatus.Present, false, null, null));
            var organisationId = await db.Organisations.Select(o => o.Id).FirstAsync();
            db.Appointments.Add(new Appointment(organisationId, members[0], null, caseId, workerId, AppointmentKind.Consultation, Now.AddDays(-3), 90, AttendanceStatus.Present, null));
            return await db.SaveChangesAsync();
        });

        for (var i = 0; i < 2; i++)
        {
            var response = await PostAsync(client, "/Community", Fields(("Month", Iso(Today))), "Import");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var units = await WithDbAsync(db => db.DeliveredUnits.AsNoTracking().ToListAsync());
        Assert.Equal([(UnitSource.Attendance, 1m), (UnitSource.Appointment, 1.5m)], units.OrderBy(u => u.Source).Select(u => (u.Source, u.Quantity)));
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.UnitsImport)));
    }
}
