using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Groups;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Attendance;

public sealed class RegisterTests(WebFixture fixture) : AttendanceTest(fixture)
{
    [Fact]
    public async Task A_leader_saves_a_register_of_30_members_in_one_post_and_reopening_shows_it()
    {
        await SetUpCatalogueAsync();
        var (leader, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var (_, otherSpecialist) = await UserAsync(Roles.Specialist, "co.leader");
        var workerId = (await UserAsync(Roles.SocialWorker, "worker")).Id;
        var (groupId, sessions) = await GroupAsync(5, 2, leaderId);
        var members = await MembersAsync(groupId, 30, workerId);

        var page = await GetDocumentAsync(leader, RegisterUrl(sessions[0]));
        Assert.Equal(30, page.QuerySelectorAll("#register tbody tr").Length);
        Assert.Equal("17:00", page.QuerySelector("#Input_ActualStart")!.GetAttribute("value"));
        Assert.Single(page.QuerySelectorAll("input[name='Input.Leaders'][checked]"));
        Assert.NotNull(page.QuerySelector($"input[name='Input.Leaders'][value='{otherSpecialist}']"));

        string Status(int client) => (members.IndexOf(client) % 10) switch { 0 => "Absent", 1 => "Excused", _ => "Present" };
        var fields = RegisterFields(page, c => Status(c), c => (members.IndexOf(c) % 10 == 2, members.IndexOf(c) % 10 == 1 ? "Slimība" : null, members.IndexOf(c) == 5 ? "Aktīvi piedalījās" : null));
        fields.RemoveAll(f => f.Key == "Input.ActualEnd");
        fields.Add(new("Input.ActualEnd", "18:40"));
        fields.Add(new("Input.Leaders", otherSpecialist));
        var response = await PostPairsAsync(leader, RegisterUrl(sessions[0]), fields, null, page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var (session, records, leaders, audit) = await WithDbAsync(async db => (
            await db.GroupSessions.AsNoTracking().SingleAsync(s => s.Id == sessions[0]),
            await db.AttendanceRecords.AsNoTracking().Where(r => r.SessionId == sessions[0]).ToListAsync(),
            await db.SessionLeaders.AsNoTracking().Where(l => l.SessionId == sessions[0]).Select(l => l.UserId).ToListAsync(),
            await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.AttendanceRecord).CountAsync()));
        Assert.True(session.AttendanceRecorded);
        Assert.Equal(new TimeOnly(18, 40), session.ActualEnd);
        Assert.Equal(100, session.HeldMinutes);
        Assert.Equal(30, records.Count);
        Assert.Equal(3, records.Count(r => r.Status == AttendanceStatus.Absent));
        Assert.Equal(3, records.Count(r => r.Status == AttendanceStatus.Excused && r.Reason == "Slimība"));
        Assert.Equal(3, records.Count(r => r.Late));
        Assert.Equal("Aktīvi piedalījās", records.Single(r => r.ClientId == members[5]).Note);
        Assert.Equal(new[] { leaderId, otherSpecialist }.Order(StringComparer.Ordinal), leaders.Order(StringComparer.Ordinal));
        Assert.Equal(30, audit);

        var reopened = await GetDocumentAsync(leader, RegisterUrl(sessions[0]));
        Assert.Equal("18:40", reopened.QuerySelector("#Input_ActualEnd")!.GetAttribute("value"));
        Assert.Equal(2, reopened.QuerySelectorAll("input[name='Input.Leaders'][checked]").Length);
        var row = reopened.QuerySelector($"#register tr[data-client='{members[1]}']")!;
        Assert.NotNull(row.QuerySelector("input[value=Excused][checked]"));
        Assert.Equal("Slimība", row.QuerySelector("[data-reason]")!.GetAttribute("value"));
        Assert.NotNull(reopened.QuerySelector("#recorded-badge"));
        Assert.NotNull(reopened.QuerySelector("#no-changes"));
    }

    [Fact]
    public async Task A_correction_keeps_who_changed_what_before_and_after_in_the_changes_list_and_the_audit_log()
    {
        await SetUpCatalogueAsync();
        var (leader, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var (manager, _) = await UserAsync(Roles.ServiceManager, "manager");
        var (groupId, sessions) = await GroupAsync(3, 1, leaderId);
        var members = await MembersAsync(groupId, 3, leaderId);
        var page = await GetDocumentAsync(leader, RegisterUrl(sessions[0]));
        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(leader, RegisterUrl(sessions[0]), RegisterFields(page, c => c == members[0] ? "Absent" : "Present"), null, page)).StatusCode);

        // The manager corrects: the absent member was excused (ill), the second came late; the session ended later.
        page = await GetDocumentAsync(manager, RegisterUrl(sessions[0]));
        var fields = RegisterFields(page, c => c == members[0] ? "Excused" : "Present", c => (c == members[1], c == members[0] ? "Slimība, zvanīja māte" : null, null));
        fields.RemoveAll(f => f.Key == "Input.ActualEnd");
        fields.Add(new("Input.ActualEnd", "18:45"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(manager, RegisterUrl(sessions[0]), fields, null, page)).StatusCode);

        var (changes, audit) = await WithDbAsync(async db => (
            await db.AttendanceChanges.AsNoTracking().Where(c => c.SessionId == sessions[0]).ToListAsync(),
            await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.AttendanceCorrect).ToListAsync()));
        Assert.Contains(changes, c => c.ClientId == members[0] && c.Field == AttendanceChangeField.Status && c.Before == "Absent" && c.After == "Excused" && c.ChangedByName == "Tests manager");
        Assert.Contains(changes, c => c.ClientId == members[0] && c.Field == AttendanceChangeField.Reason && c.Before == null && c.After == "Slimība, zvanīja māte");
        Assert.Contains(changes, c => c.ClientId == members[1] && c.Field == AttendanceChangeField.Late && c.Before == "no" && c.After == "yes");
        Assert.Contains(changes, c => c.ClientId == null && c.Field == AttendanceChangeField.Times && c.Before == "17:00-18:30" && c.After == "17:00-18:45");
        Assert.DoesNotContain(changes, c => c.ClientId == members[2]);
        Assert.Equal(2, audit.Count);
        var first = audit.Single(a => a.ClientId == members[0]);
        Assert.Contains("status: Absent -> Excused", first.Details, StringComparison.Ordinal);
        Assert.Contains("reason: - -> Slimība, zvanīja māte", first.Details, StringComparison.Ordinal);
        Assert.Equal("manager", first.ActorName);

        var shown = await GetDocumentAsync(leader, RegisterUrl(sessions[0]));
        var rows = shown.QuerySelectorAll("#changes-table tbody tr");
        Assert.Equal(4, rows.Length);
        var status = rows.Single(r => r.GetAttribute("data-field") == "Status");
        Assert.Equal("Nav", status.QuerySelector("[data-col=before]")!.TextContent.Trim());
        Assert.Equal("Attaisnots", status.QuerySelector("[data-col=after]")!.TextContent.Trim());
        Assert.Contains("Tests manager", status.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_of_two_people_saving_the_same_register_gets_a_conflict_and_keeps_the_input()
    {
        await SetUpCatalogueAsync();
        var (leader, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var (manager, _) = await UserAsync(Roles.ServiceManager, "manager");
        var (groupId, sessions) = await GroupAsync(3, 1, leaderId);
        var members = await MembersAsync(groupId, 2, leaderId);
        var leaderPage = await GetDocumentAsync(leader, RegisterUrl(sessions[0]));
        var managerPage = await GetDocumentAsync(manager, RegisterUrl(sessions[0]));

        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(leader, RegisterUrl(sessions[0]), RegisterFields(leaderPage, _ => "Present"), null, leaderPage)).StatusCode);
        var response = await PostPairsAsync(manager, RegisterUrl(sessions[0]), RegisterFields(managerPage, c => c == members[0] ? "Absent" : "Present", c => (false, null, c == members[0] ? "Nezvanīja" : null)), null, managerPage);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#conflict"));
        var row = page.QuerySelector($"#register tr[data-client='{members[0]}']")!;
        Assert.NotNull(row.QuerySelector("input[value=Absent][checked]"));
        Assert.Equal("Nezvanīja", row.QuerySelector("[data-note]")!.GetAttribute("value"));
        Assert.Contains("Piedalījās", row.QuerySelector("[data-stored]")!.TextContent, StringComparison.Ordinal);
        var stored = await WithDbAsync(db => db.AttendanceRecords.AsNoTracking().Where(r => r.SessionId == sessions[0]).Select(r => r.Status).ToListAsync());
        Assert.All(stored, s => Assert.Equal(AttendanceStatus.Present, s));

        // Saving again from the conflict page is deliberate: it carries the new version and goes through.
        var again = await PostPairsAsync(manager, RegisterUrl(sessions[0]), RegisterFields(page, c => c == members[0] ? "Absent" : "Present"), null, page);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task Invalid_rows_are_refused_next_to_their_field_without_losing_the_other_rows()
    {
        await SetUpCatalogueAsync();
        var (leader, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var (groupId, sessions) = await GroupAsync(3, 1, leaderId);
        var members = await MembersAsync(groupId, 4, leaderId);
        var page = await GetDocumentAsync(leader, RegisterUrl(sessions[0]));

        var fields = RegisterFields(page,
            c => c == members[0] ? "Excused" : c == members[1] ? null : c == members[2] ? "Sometimes" : "Absent",
            c => (c == members[3], null, c == members[0] ? "Zvanīja vecmāmiņa" : null));
        fields.RemoveAll(f => f.Key == "Input.Leaders");
        var response = await PostPairsAsync(leader, RegisterUrl(sessions[0]), fields, null, page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ParseAsync(response);
        int Index(int client) => int.Parse(result.QuerySelector($"#register tr[data-client='{client}']")!.GetAttribute("data-row")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("Attaisnotam kavējumam norādiet iemeslu.", FieldError(result, $"Input.Rows[{Index(members[0])}].Reason"));
        Assert.Equal("Norādiet: piedalījās, nav vai attaisnots.", FieldError(result, $"Input.Rows[{Index(members[1])}].Status"));
        Assert.False(string.IsNullOrEmpty(FieldError(result, $"Input.Rows[{Index(members[2])}].Status")));
        Assert.Equal("Kavēt var tikai dalībnieks, kurš piedalījās.", FieldError(result, $"Input.Rows[{Index(members[3])}].Late"));
        Assert.Equal("Atzīmējiet vismaz vienu klātesošo vadītāju.", FieldError(result, "Input.Leaders"));
        Assert.NotNull(result.QuerySelector("#register-errors"));
        var first = result.QuerySelector($"#register tr[data-client='{members[0]}']")!;
        Assert.NotNull(first.QuerySelector("input[value=Excused][checked]"));
        Assert.Equal("Zvanīja vecmāmiņa", first.QuerySelector("[data-note]")!.GetAttribute("value"));
        Assert.NotNull(result.QuerySelector($"#register tr[data-client='{members[3]}'] input[value=Absent][checked]"));
        Assert.Equal(0, await WithDbAsync(db => db.AttendanceRecords.CountAsync()));
        Assert.False(await WithDbAsync(db => db.GroupSessions.Where(s => s.Id == sessions[0]).Select(s => s.AttendanceRecorded).SingleAsync()));
    }

    [Fact]
    public async Task Everyone_present_fills_only_the_rows_without_a_status_and_saves_nothing()
    {
        await SetUpCatalogueAsync();
        var (leader, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var (groupId, sessions) = await GroupAsync(3, 1, leaderId);
        var members = await MembersAsync(groupId, 3, leaderId);
        var page = await GetDocumentAsync(leader, RegisterUrl(sessions[0]));

        var response = await PostPairsAsync(leader, RegisterUrl(sessions[0]), RegisterFields(page, c => c == members[0] ? "Absent" : null), "AllPresent", page);

        var result = await ParseAsync(response);
        Assert.NotNull(result.QuerySelector($"#register tr[data-client='{members[0]}'] input[value=Absent][checked]"));
        Assert.NotNull(result.QuerySelector($"#register tr[data-client='{members[1]}'] input[value=Present][checked]"));
        Assert.Null(result.QuerySelector("#register-errors"));
        Assert.Equal(0, await WithDbAsync(db => db.AttendanceRecords.CountAsync()));
    }

    [Fact]
    public async Task A_cancelled_session_has_no_register_and_a_future_one_opens_on_its_day()
    {
        await SetUpCatalogueAsync();
        var (leader, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var (groupId, sessions) = await GroupAsync(3, 1, leaderId);
        await MembersAsync(groupId, 2, leaderId);
        await WithDbAsync(async db =>
        {
            (await db.GroupSessions.SingleAsync(s => s.Id == sessions[0])).Cancel("Vadītāja slimība");
            return await db.SaveChangesAsync();
        });

        var cancelled = await GetDocumentAsync(leader, RegisterUrl(sessions[0]));
        Assert.Contains("Vadītāja slimība", cancelled.QuerySelector("#session-cancelled")!.TextContent, StringComparison.Ordinal);
        Assert.Null(cancelled.QuerySelector("#register-form"));
        var future = await GetDocumentAsync(leader, RegisterUrl(sessions[2]));
        Assert.NotNull(future.QuerySelector("#session-future"));

        // A post to the cancelled session (a form opened before it was cancelled) saves nothing.
        var open = await GetDocumentAsync(leader, RegisterUrl(sessions[1]));
        var fields = RegisterFields(open, _ => "Present");
        var response = await PostPairsAsync(leader, RegisterUrl(sessions[0]), fields, null, open);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await ParseAsync(response)).QuerySelector("#session-cancelled"));
        Assert.Equal(0, await WithDbAsync(db => db.AttendanceRecords.CountAsync()));
    }

    [Fact]
    public async Task Only_the_groups_leaders_and_managers_fill_a_register_others_read_it()
    {
        await SetUpCatalogueAsync();
        var (leader, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var (other, _) = await UserAsync(Roles.Specialist, "other.specialist");
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "worker");
        var (auditor, _) = await UserAsync(Roles.Auditor, "auditor");
        var (admin, _) = await UserAsync(Roles.Administrator, "admin");
        var (groupId, sessions) = await GroupAsync(3, 1, leaderId);
        var members = await MembersAsync(groupId, 2, leaderId);
        var mine = await ClientAsync("Viesturs", "Darbinieka", workerId);
        await WithDbAsync(async db =>
        {
            db.GroupEnrolments.Add(new GroupEnrolment(mine, SkillsServiceId, groupId, null, Today.AddDays(-30)));
            return await db.SaveChangesAsync();
        });
        var page = await GetDocumentAsync(leader, RegisterUrl(sessions[0]));
        var fields = RegisterFields(page, _ => "Present");

        // The worker reads the register with only their own client's name; a post is forbidden.
        var read = await GetDocumentAsync(worker, RegisterUrl(sessions[0]));
        Assert.Null(read.QuerySelector("#register-form"));
        Assert.NotNull(read.QuerySelector("#read-only"));
        Assert.Single(read.QuerySelectorAll("#register-read tbody tr"));
        Assert.Contains("Darbinieka", read.QuerySelector("#register-read")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(read.QuerySelector("#hidden-members"));
        AssertAccessDenied(await PostPairsAsync(worker, RegisterUrl(sessions[0]), fields, null, read));

        var otherPage = await GetDocumentAsync(other, RegisterUrl(sessions[0]));
        Assert.Null(otherPage.QuerySelector("#register-form"));
        AssertAccessDenied(await PostPairsAsync(other, RegisterUrl(sessions[0]), fields, null, otherPage));

        var audited = await GetDocumentAsync(auditor, RegisterUrl(sessions[0]));
        Assert.Equal(3, audited.QuerySelectorAll("#register-read tbody tr").Length);
        AssertAccessDenied(await PostPairsAsync(auditor, RegisterUrl(sessions[0]), fields, null, audited));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync(new Uri(RegisterUrl(sessions[0]), UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(new Uri(RegisterUrl(sessions[2] + 1000), UriKind.Relative))).StatusCode);
        Assert.Equal(0, await WithDbAsync(db => db.AttendanceRecords.CountAsync()));

        // Reading leaves an audit entry per member shown.
        var reads = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.AttendanceRead && a.ActorName == "worker").Select(a => a.ClientId).ToListAsync());
        Assert.Equal([mine], reads);
        Assert.DoesNotContain(members[0], reads);
    }
}

public sealed class AttendanceStartPageTests(WebFixture fixture) : AttendanceTest(fixture)
{
    [Fact]
    public async Task A_leader_sees_the_past_sessions_of_own_groups_with_registers_to_fill_first()
    {
        await SetUpCatalogueAsync();
        var (leader, leaderId) = await UserAsync(Roles.Specialist, "leader");
        var (other, _) = await UserAsync(Roles.Specialist, "other.specialist");
        var (manager, _) = await UserAsync(Roles.ServiceManager, "manager");
        var (groupId, sessions) = await GroupAsync(4, 2, leaderId);
        await MembersAsync(groupId, 2, leaderId);
        var page = await GetDocumentAsync(leader, RegisterUrl(sessions[0]));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await PostPairsAsync(leader, RegisterUrl(sessions[0]), RegisterFields(page, _ => "Present"), null, page)).StatusCode);

        var mine = await GetDocumentAsync(leader, "/Attendance");
        // Today's session and last week's wait (newest first); next week's is not there yet.
        Assert.Equal([sessions[2].ToString(System.Globalization.CultureInfo.InvariantCulture), sessions[1].ToString(System.Globalization.CultureInfo.InvariantCulture)], mine.QuerySelectorAll("#waiting-sessions tr[data-session]").Select(r => r.GetAttribute("data-session")));
        Assert.Single(mine.QuerySelectorAll("#recorded-sessions tr[data-session]"));
        Assert.NotNull((await GetDocumentAsync(other, "/Attendance")).QuerySelector("#no-waiting"));
        Assert.Equal(2, (await GetDocumentAsync(manager, "/Attendance")).QuerySelectorAll("#waiting-sessions tr[data-session]").Length);
    }
}
