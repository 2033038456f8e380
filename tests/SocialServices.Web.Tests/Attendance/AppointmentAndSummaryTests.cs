using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Groups;
using SocialServices.Web.Attendance;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Attendance;

public sealed class AppointmentAndSummaryTests(WebFixture fixture) : AttendanceTest(fixture)
{
    [Fact]
    public async Task A_team_specialist_records_an_appointment_from_the_case_and_it_counts_as_attendance()
    {
        await SetUpCatalogueAsync();
        var (_, workerId) = await UserAsync(Roles.SocialWorker, "worker");
        var (specialist, specialistId) = await UserAsync(Roles.Specialist, "specialist");
        var clientId = await ClientAsync("Laura", "Priede", workerId);
        var caseId = await CaseAsync(clientId, workerId, "2026/0007", null, specialistId);

        var casePage = await GetDocumentAsync(specialist, "/Cases/Details/" + caseId);
        var link = casePage.QuerySelector("#case-record-appointment")!.GetAttribute("href")!;
        var form = await GetDocumentAsync(specialist, link);
        Assert.Equal(specialistId, form.QuerySelector("#Input_SpecialistId option[selected]")!.GetAttribute("value"));
        var response = await PostPairsAsync(specialist, "/Attendance/Appointments/Create", Fields(
            ("Input.ClientId", clientId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.CaseFileId", caseId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.SpecialistId", specialistId), ("Input.Kind", "HomeVisit"), ("Input.Date", Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.Time", "10:30"), ("Input.DurationMinutes", "90"), ("Input.ServiceId", ConsultationServiceId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.Status", "Present"), ("Input.Note", "Apmeklējām ģimeni mājās, runājām par dienas režīmu.")), null, form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Cases/Details/" + caseId, response.Headers.Location!.ToString(), StringComparison.Ordinal);

        var stored = await WithDbAsync(db => db.Appointments.AsNoTracking().SingleAsync());
        Assert.Equal((AppointmentKind.HomeVisit, 90, specialistId, caseId, AttendanceStatus.Present), (stored.Kind, stored.DurationMinutes, stored.SpecialistId, stored.CaseFileId, stored.Status));
        Assert.Equal(new DateTimeOffset(Today.AddDays(-1).ToDateTime(new TimeOnly(8, 30)), TimeSpan.Zero), stored.StartsAt); // 10:30 in Riga in winter
        var audit = await WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditActions.AppointmentRecord));
        Assert.Equal((clientId, (int?)caseId), (audit.ClientId!.Value, audit.CaseFileId));

        var shown = await GetDocumentAsync(specialist, "/Cases/Details/" + caseId);
        Assert.NotNull(shown.QuerySelector("#case-appointments tr[data-appointment]"));
        Assert.Equal("1 no 1", shown.QuerySelector($"#case-attendance-services tr[data-service='{ConsultationServiceId}'] [data-col=appointments]")!.TextContent.Trim());

        var list = await GetDocumentAsync(specialist, "/Attendance/Appointments");
        Assert.Single(list.QuerySelectorAll("#appointments tbody tr"));
        Assert.Contains("Laura Priede", list.QuerySelector("#appointments")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appointments_are_refused_for_auditors_and_clients_out_of_scope_and_invalid_input_stays()
    {
        await SetUpCatalogueAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "worker");
        var (other, _) = await UserAsync(Roles.SocialWorker, "other.worker");
        var (auditor, _) = await UserAsync(Roles.Auditor, "auditor");
        var clientId = await ClientAsync("Laura", "Priede", workerId);

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, "/Attendance/Appointments/Create?clientId=" + clientId));
        AssertAccessDenied(await auditor.GetAsync(new Uri("/Attendance/Appointments/Create?clientId=" + clientId, UriKind.Relative)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(auditor, "/Attendance/Client/" + clientId));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, "/Attendance/Client/" + clientId));

        var form = await GetDocumentAsync(worker, "/Attendance/Appointments/Create?clientId=" + clientId);
        var response = await PostPairsAsync(worker, "/Attendance/Appointments/Create", Fields(
            ("Input.ClientId", clientId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.SpecialistId", workerId), ("Input.Kind", "Consultation"),
            ("Input.Date", Today.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("Input.Time", "10:00"), ("Input.DurationMinutes", "0"),
            ("Input.Status", "Absent"), ("Input.Note", "Nezvanīja")), null, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.False(string.IsNullOrEmpty(FieldError(page, "Input.Date")));
        Assert.False(string.IsNullOrEmpty(FieldError(page, "Input.DurationMinutes")));
        Assert.Equal("Nezvanīja", page.QuerySelector("#Input_Note")!.TextContent);
        Assert.Equal(0, await WithDbAsync(db => db.Appointments.CountAsync()));

        // A post for a client out of scope is not found, whatever the form said.
        var foreign = await PostPairsAsync(other, "/Attendance/Appointments/Create", Fields(("Input.ClientId", clientId.ToString(System.Globalization.CultureInfo.InvariantCulture))), null,
            await GetDocumentAsync(other, "/Attendance/Appointments/Create"));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task The_summary_counts_attended_of_held_per_group_and_per_service_and_warns_after_three_missed_in_a_row()
    {
        await SetUpCatalogueAsync();
        var (leader, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "worker");
        var (manager, _) = await UserAsync(Roles.ServiceManager, "manager");
        var (groupId, sessions) = await GroupAsync(6, 5, leaderId);
        var members = await MembersAsync(groupId, 2, workerId);
        await CaseAsync(members[0], workerId, "2026/0011");

        // Four sessions: the first member comes to the first only, then misses three in a row (one excused).
        string[][] plan = [["Present", "Present"], ["Absent", "Present"], ["Excused", "Absent"], ["Absent", "Present"]];
        for (var i = 0; i < plan.Length; i++)
        {
            var page = await GetDocumentAsync(leader, RegisterUrl(sessions[i]));
            var statuses = plan[i];
            var response = await PostPairsAsync(leader, RegisterUrl(sessions[i]), RegisterFields(page, c => statuses[members.IndexOf(c)], c => (false, statuses[members.IndexOf(c)] == "Excused" ? "Slimība" : null, null)), null, page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        await WithDbAsync(async db =>
        {
            db.Appointments.Add(new Appointment(OrganisationId, members[0], SkillsServiceId, null, leaderId, AppointmentKind.IndividualSupport, Now.AddDays(-3), 45, AttendanceStatus.Present, null));
            db.Appointments.Add(new Appointment(OrganisationId, members[0], null, null, leaderId, AppointmentKind.Consultation, Now.AddDays(-2), 30, AttendanceStatus.Absent, null));
            return await db.SaveChangesAsync();
        });

        var summary = await InScopeAsync(sp => sp.GetRequiredService<AttendanceSummaries>().ForClientAsync(members[0], default));
        var group = Assert.Single(summary.Groups);
        Assert.Equal((4, 1, 3, true), (group.Tally.Held, group.Tally.Present, group.MissedInARow, group.Warning));
        var skills = summary.Services.Single(s => s.ServiceId == SkillsServiceId);
        Assert.Equal((1, 4, 1, 1, 2, 5), (skills.Sessions.Present, skills.Sessions.Held, skills.Appointments.Present, skills.Appointments.Held, skills.Total.Present, skills.Total.Held));
        Assert.Equal((0, 1), (summary.Services.Single(s => s.ServiceId is null).Appointments.Present, summary.Services.Single(s => s.ServiceId is null).Appointments.Held));

        // The warning: on the register, on the client and case pages, on the worker's and the manager's boards.
        var register = await GetDocumentAsync(leader, RegisterUrl(sessions[4]));
        Assert.Equal("3", register.QuerySelector($"#register tr[data-client='{members[0]}'] [data-missed]")!.GetAttribute("data-missed"));
        Assert.Null(register.QuerySelector($"#register tr[data-client='{members[1]}'] [data-missed]"));
        var client = await GetDocumentAsync(worker, "/Attendance/Client/" + members[0]);
        Assert.NotNull(client.QuerySelector($"[data-missed-warning='{groupId}']"));
        Assert.Equal("1 no 4", client.QuerySelector($"#client-groups tr[data-group='{groupId}'] [data-col=attended]")!.TextContent.Trim());
        var board = await GetDocumentAsync(worker, "/");
        Assert.Equal("3", board.QuerySelector($"#worker-missed-sessions-table tr[data-client='{members[0]}'] [data-col=missed]")!.TextContent.Trim());
        var managerBoard = await GetDocumentAsync(manager, "/");
        Assert.Single(managerBoard.QuerySelectorAll("#manager-missed-sessions-table tbody tr"));
        Assert.Contains("Tests worker", managerBoard.QuerySelector("#manager-missed-sessions-table")!.TextContent, StringComparison.Ordinal);

        // Coming to the next session ends the warning; leaving the group ends it too.
        var next = await GetDocumentAsync(leader, RegisterUrl(sessions[4]));
        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(leader, RegisterUrl(sessions[4]), RegisterFields(next, _ => "Present"), null, next)).StatusCode);
        Assert.NotNull((await GetDocumentAsync(worker, "/")).QuerySelector("#worker-missed-sessions-empty"));
    }

    [Fact]
    public async Task The_boards_keep_a_missed_in_a_row_warning_for_thirty_days_after_the_group_ends()
    {
        await SetUpCatalogueAsync();
        var (leader, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "worker");
        var (manager, _) = await UserAsync(Roles.ServiceManager, "manager");
        var (groupId, sessions) = await GroupAsync(6, 5, leaderId);
        var members = await MembersAsync(groupId, 1, workerId);
        await CaseAsync(members[0], workerId, "2026/0012");
        for (var i = 0; i < 3; i++)
        {
            var page = await GetDocumentAsync(leader, RegisterUrl(sessions[i]));
            Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(leader, RegisterUrl(sessions[i]), RegisterFields(page, _ => "Absent"), null, page)).StatusCode);
        }

        async Task<(bool Worker, bool Manager)> WarnedAsync() =>
            ((await GetDocumentAsync(worker, "/")).QuerySelector($"#worker-missed-sessions-table tr[data-client='{members[0]}']") is not null,
             (await GetDocumentAsync(manager, "/")).QuerySelector($"#manager-missed-sessions-table tr[data-client='{members[0]}']") is not null);
        Task<int> EndGroupAsync(DateOnly endsOn) => WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE programme_groups SET ends_on = {endsOn} WHERE id = {groupId}"));
        var today = DateOnly.FromDateTime(Now.UtcDateTime);

        Assert.Equal((true, true), await WarnedAsync());
        await EndGroupAsync(today.AddDays(-AttendanceSummaries.WarningDaysAfterGroupEnd));
        Assert.Equal((true, true), await WarnedAsync());
        await EndGroupAsync(today.AddDays(-AttendanceSummaries.WarningDaysAfterGroupEnd - 1));
        Assert.Equal((false, false), await WarnedAsync());

        // The client's own attendance page keeps the group's history.
        var client = await GetDocumentAsync(worker, "/Attendance/Client/" + members[0]);
        Assert.NotNull(client.QuerySelector($"#client-groups tr[data-group='{groupId}']"));
    }

    [Fact]
    public async Task A_member_who_left_after_the_session_is_on_its_register_and_not_warned_about_later()
    {
        await SetUpCatalogueAsync();
        var (leader, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var (groupId, sessions) = await GroupAsync(4, 3, leaderId);
        var members = await MembersAsync(groupId, 2, leaderId);
        await WithDbAsync(async db =>
        {
            var enrolment = await db.GroupEnrolments.SingleAsync(e => e.ClientId == members[1]);
            enrolment.Leave(Today.AddDays(-10), "Ģimene pārcēlās uz citu pilsētu");
            return await db.SaveChangesAsync();
        });

        var early = await GetDocumentAsync(leader, RegisterUrl(sessions[0]));
        Assert.Equal(2, early.QuerySelectorAll("#register tbody tr").Length);
        Assert.Contains("izstājās", early.QuerySelector($"#register tr[data-client='{members[1]}']")!.TextContent, StringComparison.Ordinal);
        var late = await GetDocumentAsync(leader, RegisterUrl(sessions[2]));
        Assert.Single(late.QuerySelectorAll("#register tbody tr"));
    }

    [Fact]
    public async Task Held_sessions_and_appointments_of_a_period_are_there_for_timesheets_and_reports()
    {
        await SetUpCatalogueAsync();
        var (leader, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var (groupId, sessions) = await GroupAsync(3, 2, leaderId);
        var members = await MembersAsync(groupId, 3, leaderId);
        var page = await GetDocumentAsync(leader, RegisterUrl(sessions[0]));
        var fields = RegisterFields(page, c => c == members[2] ? "Absent" : "Present");
        fields.RemoveAll(f => f.Key == "Input.ActualStart");
        fields.Add(new("Input.ActualStart", "17:15"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(leader, RegisterUrl(sessions[0]), fields, null, page)).StatusCode);
        await WithDbAsync(async db =>
        {
            db.Appointments.Add(new Appointment(OrganisationId, members[0], SkillsServiceId, null, leaderId, AppointmentKind.Consultation, Now.AddDays(-1), 50, AttendanceStatus.Present, null));
            return await db.SaveChangesAsync();
        });

        var (held, appointments, perService) = await InScopeAsync(async sp =>
        {
            var summaries = sp.GetRequiredService<AttendanceSummaries>();
            return (await summaries.HeldSessionsAsync(Today.AddDays(-30), Today, null, leaderId, default),
                await summaries.AppointmentsAsync(Now.AddDays(-30), Now, leaderId, default),
                await summaries.PerServiceAsync(Today.AddDays(-30), Today, Now.AddDays(-30), Now, default));
        });
        var session = Assert.Single(held);
        Assert.Equal((75, 2, 1, leaderId), (session.Minutes, session.Present, session.Absent, session.LeaderIds.Single()));
        Assert.Equal(50, Assert.Single(appointments).Minutes);
        var service = Assert.Single(perService);
        Assert.Equal((SkillsServiceId, 2, 1, 2, 1), (service.ServiceId!.Value, service.ClientsAttended, service.SessionsHeld, service.SessionAttendances, service.AppointmentsAttended));
    }
}
