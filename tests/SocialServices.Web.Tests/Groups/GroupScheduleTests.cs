using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Groups;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Groups;

public sealed class GroupScheduleTests(WebFixture fixture) : GroupTestBase(fixture)
{
    private async Task<(HttpClient Manager, string SpecialistId)> SetUpAsync()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "manager");
        await CreateUserAsync("peteris", Roles.Specialist);
        return (manager, await UserIdAsync("peteris"));
    }

    [Fact]
    public async Task A_manager_creates_a_group_whose_schedule_skips_Christmas_and_a_listed_day()
    {
        var (manager, leader) = await SetUpAsync();
        var serviceId = await ServiceIdAsync("6.1.3");

        var response = await SubmitAsync(manager, "/Groups/Create?serviceId=" + S(serviceId), Fields(
            ("Input.ServiceId", S(serviceId)), ("Input.Name", "Esam ģimene — ziemas grupa"), ("Input.LeaderIds", leader),
            ("Input.Capacity", "10"), ("Input.Location", "Lielā iela 1, Jelgava"), ("Input.Room", "2. stāva zāle"),
            ("Input.StartsOn", "2026-12-22"), ("Input.StartsAt", "17:00"), ("Input.EndsAt", "18:30"), ("Input.Sessions", "4"),
            ("Input.Weekdays", "2"), ("Input.Weekdays", "4"), ("Input.SkipDates", "29.12.2026")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var group = await WithDbAsync(db => db.ProgrammeGroups.AsNoTracking().SingleAsync());
        Assert.Equal(("Esam ģimene — ziemas grupa", "2. stāva zāle", new DateOnly(2026, 12, 22), (DateOnly?)new DateOnly(2027, 1, 12)), (group.Name, group.Room, group.StartsOn, group.EndsOn));
        Assert.Equal(("2,4", "2026-12-29", 4), (group.PatternWeekdays, group.PatternSkipDates, group.PatternSessions));
        var sessions = await WithDbAsync(db => db.GroupSessions.AsNoTracking().Where(s => s.GroupId == group.Id).OrderBy(s => s.Date).ToListAsync());
        Assert.Equal([new DateOnly(2026, 12, 22), new DateOnly(2027, 1, 5), new DateOnly(2027, 1, 7), new DateOnly(2027, 1, 12)], sessions.Select(s => s.Date));
        Assert.All(sessions, s => Assert.Equal((new TimeOnly(17, 0), new TimeOnly(18, 30), "2. stāva zāle"), (s.StartsAt, s.EndsAt, s.Room)));
        Assert.Equal(leader, (await WithDbAsync(db => db.GroupLeaders.SingleAsync(l => l.GroupId == group.Id))).UserId);
        Assert.Contains("sessions=4", (await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.GroupCreate))).Details, StringComparison.Ordinal);

        var page = await GetDocumentAsync(manager, response.Headers.Location!.ToString());
        var rows = page.QuerySelectorAll("#sessions tbody tr");
        Assert.Equal(4, rows.Length);
        Assert.Equal(sessions.Select(s => "/Attendance/Register/" + S(s.Id)), rows.Select(r => r.QuerySelector("a[data-link=register]")!.GetAttribute("href")));
        Assert.Contains("Tests peteris", page.QuerySelector("#leaders")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_programmes_number_of_sessions_is_the_default_and_bad_input_is_shown_next_to_its_field()
    {
        var (manager, leader) = await SetUpAsync();
        var serviceId = await ServiceIdAsync("6.1.5");
        var form = await GetDocumentAsync(manager, "/Groups/Create?serviceId=" + S(serviceId));
        Assert.Equal("28", form.QuerySelector("input[name='Input.Sessions']")!.GetAttribute("value"));

        var refused = await SubmitAsync(manager, "/Groups/Create", Fields(
            ("Input.ServiceId", S(serviceId)), ("Input.Name", "Bērnu grupa"), ("Input.Capacity", "8"), ("Input.StartsOn", "2026-12-01"), ("Input.LeaderIds", "nobody"),
            ("Input.StartsAt", "17:00"), ("Input.EndsAt", "16:00"), ("Input.Sessions", "0"), ("Input.SkipDates", "31.02.2026"), ("Input.Weekdays", "8")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await ParseAsync(refused);
        Assert.False(string.IsNullOrEmpty(FieldError(page, "Input.Weekdays")));
        Assert.False(string.IsNullOrEmpty(FieldError(page, "Input.LeaderIds")));
        Assert.False(string.IsNullOrEmpty(FieldError(page, "Input.EndsAt")));
        Assert.False(string.IsNullOrEmpty(FieldError(page, "Input.Sessions")));
        Assert.False(string.IsNullOrEmpty(FieldError(page, "Input.SkipDates")));
        Assert.Equal("Bērnu grupa", page.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Equal(0, await WithDbAsync(db => db.ProgrammeGroups.CountAsync()));

        // Without a number of sessions the programme's 28 are generated; without a weekday, on the first date's (a Tuesday).
        var created = await SubmitAsync(manager, "/Groups/Create", Fields(
            ("Input.ServiceId", S(serviceId)), ("Input.Name", "Bērnu grupa"), ("Input.LeaderIds", leader), ("Input.Capacity", "8"), ("Input.StartsOn", "2026-12-01"),
            ("Input.StartsAt", "15:30"), ("Input.EndsAt", "17:00")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var dates = await WithDbAsync(db => db.GroupSessions.Select(s => s.Date).ToListAsync());
        Assert.Equal(28, dates.Count);
        Assert.All(dates, d => Assert.Equal(DayOfWeek.Tuesday, d.DayOfWeek));
    }

    [Fact]
    public async Task A_leader_moves_cancels_with_a_reason_and_adds_sessions_and_every_change_is_audited()
    {
        var (manager, leaderId) = await SetUpAsync();
        var leader = await SignInAgainAsync("peteris");
        var (groupId, sessions) = await GroupWithSessionsAsync("6.1.3", "Esam ģimene", Today.AddDays(1), 3, 10, leaderId);

        var moved = await SubmitAsync(leader, "/Groups/Session/" + S(sessions[0]), Fields(
            ("Input.Date", Iso(Today.AddDays(2))), ("Input.StartsAt", "16:00"), ("Input.EndsAt", "17:30"), ("Input.Room", "Mazā zāle")));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var cancelPage = await GetDocumentAsync(leader, "/Groups/Session/" + S(sessions[1]));
        var cancelled = await PostPairsAsync(leader, "/Groups/Session/" + S(sessions[1]), Fields(
            ("Cancel.Version", cancelPage.QuerySelector("input[name='Cancel.Version']")!.GetAttribute("value")!), ("Cancel.Reason", "Vadītāja slimība; vecāki informēti")), "Cancel", cancelPage);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        var added = await SubmitAsync(leader, "/Groups/AddSession/" + S(groupId), Fields(
            ("Input.Date", Iso(Today.AddDays(29))), ("Input.StartsAt", "17:00"), ("Input.EndsAt", "18:30"), ("Input.Room", "Zāle")));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var stored = await WithDbAsync(db => db.GroupSessions.AsNoTracking().Where(s => s.GroupId == groupId).OrderBy(s => s.Id).ToListAsync());
        Assert.Equal((Today.AddDays(2), new TimeOnly(16, 0), "Mazā zāle"), (stored[0].Date, stored[0].StartsAt, stored[0].Room));
        Assert.Equal((SessionStatus.Cancelled, "Vadītāja slimība; vecāki informēti"), (stored[1].Status, stored[1].CancelReason));
        Assert.Equal(4, stored.Count);
        var group = await WithDbAsync(db => db.ProgrammeGroups.AsNoTracking().SingleAsync());
        Assert.Equal((Today.AddDays(2), (DateOnly?)Today.AddDays(29)), (group.StartsOn, group.EndsOn));
        var actions = await WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditActions.GroupSessionMove, actions);
        Assert.Contains(AuditActions.GroupSessionCancel, actions);
        Assert.Contains(AuditActions.GroupSessionAdd, actions);

        var page = await GetDocumentAsync(manager, "/Groups/Details/" + S(groupId));
        var row = page.QuerySelector($"tr[data-session='{S(sessions[1])}']")!;
        Assert.NotNull(row.QuerySelector("del"));
        Assert.Contains("Vadītāja slimība; vecāki informēti", row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("a[data-link=register]"));
        Assert.Equal(3, page.QuerySelectorAll("#sessions a[data-link=register]").Length);
    }

    [Fact]
    public async Task A_stale_form_shows_the_stored_session_and_keeps_the_input_and_a_held_session_does_not_change()
    {
        var (_, leaderId) = await SetUpAsync();
        var leader = await SignInAgainAsync("peteris");
        var (_, sessions) = await GroupWithSessionsAsync("6.1.3", "Esam ģimene", Today.AddDays(1), 2, 10, leaderId);
        var form = await GetDocumentAsync(leader, "/Groups/Session/" + S(sessions[0]));
        var version = form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        await WithDbAsync(async db =>
        {
            (await db.GroupSessions.SingleAsync(s => s.Id == sessions[0])).Move(Today.AddDays(3), new TimeOnly(10, 0), new TimeOnly(11, 0), "Cita");
            return await db.SaveChangesAsync();
        });

        var conflict = await PostPairsAsync(leader, "/Groups/Session/" + S(sessions[0]), Fields(
            ("Input.Version", version), ("Input.Date", Iso(Today.AddDays(4))), ("Input.StartsAt", "12:00"), ("Input.EndsAt", "13:00"), ("Input.Room", "Mana telpa")), null, form);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await ParseAsync(conflict);
        Assert.NotNull(page.QuerySelector("#conflict"));
        Assert.Contains("10:00", page.QuerySelector("#stored")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mana telpa", page.QuerySelector("input[name='Input.Room']")!.GetAttribute("value"));
        Assert.Equal(Today.AddDays(3), (await WithDbAsync(db => db.GroupSessions.SingleAsync(s => s.Id == sessions[0]))).Date);

        await HoldAsync(sessions[1], []);
        var held = await GetDocumentAsync(leader, "/Groups/Session/" + S(sessions[1]));
        Assert.NotNull(held.QuerySelector("#no-change"));
        Assert.Null(held.QuerySelector("#cancel-form"));
    }

    [Fact]
    public async Task Only_managers_and_the_groups_leaders_change_sessions_and_auditors_read()
    {
        var (manager, leaderId) = await SetUpAsync();
        var other = await SignedInAsync(Roles.Specialist, "other.specialist");
        var auditor = await SignedInAsync(Roles.Auditor, "auditor");
        var (groupId, sessions) = await GroupWithSessionsAsync("6.1.3", "Esam ģimene", Today.AddDays(1), 2, 10, leaderId);

        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(new Uri("/Groups/Session/" + S(sessions[0]), UriKind.Relative))).StatusCode);
        foreach (var client in new[] { other, auditor })
        {
            AssertAccessDenied(await client.GetAsync(new Uri("/Groups/Session/" + S(sessions[0]), UriKind.Relative)));
            AssertAccessDenied(await client.GetAsync(new Uri("/Groups/AddSession/" + S(groupId), UriKind.Relative)));
            var details = await GetDocumentAsync(client, "/Groups/Details/" + S(groupId));
            Assert.Null(details.QuerySelector("a[data-link=edit-session]"));
            Assert.Null(details.QuerySelector("a[data-link=add-session]"));
        }

        var page = await GetDocumentAsync(auditor, "/Groups/Details/" + S(groupId));
        Assert.Equal(2, page.QuerySelectorAll("#sessions tbody tr").Length);
    }

    [Fact]
    public async Task The_schedule_exports_as_CSV_for_Latvian_Excel_and_as_a_Latvian_PDF()
    {
        var (manager, leaderId) = await SetUpAsync();
        var (groupId, sessions) = await GroupWithSessionsAsync("6.1.3", "Esam ģimene — Ķekavas grupa", new DateOnly(2026, 12, 1), 3, 10, leaderId);
        await WithDbAsync(async db =>
        {
            (await db.GroupSessions.SingleAsync(s => s.Id == sessions[1])).Cancel("Telpa aizņemta; \"Ziemassvētku\" pasākums");
            return await db.SaveChangesAsync();
        });

        var csv = await manager.GetAsync(new Uri($"/Groups/Export/{S(groupId)}?format=csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Programma;Grupa;Vadītāji;Vieta;Nr.;Datums;Diena;Laiks;Telpa;Piezīmes", lines[0]);
        Assert.Equal("6.1.3 Esam ģimene;Esam ģimene — Ķekavas grupa;Tests peteris;Lielā iela 1, Jelgava;1.;01.12.2026;otrdiena;17:00–18:30;Zāle;", lines[1]);
        Assert.Equal("6.1.3 Esam ģimene;Esam ģimene — Ķekavas grupa;Tests peteris;Lielā iela 1, Jelgava;–;08.12.2026;otrdiena;17:00–18:30;Zāle;\"Atcelta: Telpa aizņemta; \"\"Ziemassvētku\"\" pasākums\"", lines[2]);
        Assert.StartsWith("6.1.3 Esam ģimene;Esam ģimene — Ķekavas grupa;Tests peteris;Lielā iela 1, Jelgava;2.;15.12.2026;", lines[3], StringComparison.Ordinal);

        var pdf = await manager.GetAsync(new Uri($"/Groups/Export/{S(groupId)}?format=pdf", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var pdfBytes = await pdf.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR") is { Length: > 0 } dir)
        {
            await File.WriteAllBytesAsync(Path.Combine(dir, "group-schedule.pdf"), pdfBytes);
        }

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdfBytes);
        var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Esam ģimene — Ķekavas grupa", text, StringComparison.Ordinal);
        Assert.Contains("GRUPAS PROGRAMMA UN NORISES GRAFIKS", text, StringComparison.Ordinal);
        Assert.Contains("Biedrība \"Atbalsts ģimenei\"", text, StringComparison.Ordinal);
        Assert.Contains("Atcelta: Telpa aizņemta;", text, StringComparison.Ordinal);
        Assert.Contains("otrdiena", text, StringComparison.Ordinal);
        Assert.Equal(2, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.GroupExport)));
    }
}
