using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Staff;
using SocialServices.Web.Identity;
using UglyToad.PdfPig;

namespace SocialServices.Web.Tests.Staff;

/// <summary>Specialists' working time: sums from sessions, appointments and other work; approval locks a month; reopening; exports.</summary>
public sealed class TimesheetTests(WebFixture fixture) : StaffTest(fixture)
{
    /// <summary>
    /// Pēteris in November: two held sessions he led (90 min with 5 present, 1 absent; 100 min actual with 4 present),
    /// a planned session and a session led by someone else (not counted), a consultation (45 min, came) and a home
    /// visit (60 min, did not come), plus an appointment of another specialist and one in October (not counted).
    /// </summary>
    private async Task<(HttpClient Client, string Id)> NovemberAsync()
    {
        await SetUpOrganisationAsync();
        var (specialist, id) = await UserAsync(Roles.Specialist, "peteris.kalnins");
        var otherId = (await CreateUserAsync("laura.sila", Roles.Specialist)).Id;
        var group = await GroupAsync();
        await SessionAsync(group, D(11, 3), new TimeOnly(17, 0), new TimeOnly(18, 30), [id, otherId], present: 5, absent: 1);
        await SessionAsync(group, D(11, 10), new TimeOnly(17, 0), new TimeOnly(18, 30), [id], present: 4, absent: 0, actual: (new TimeOnly(17, 0), new TimeOnly(18, 40)));
        await SessionAsync(group, D(11, 24), new TimeOnly(17, 0), new TimeOnly(18, 30), [id], present: 0, absent: 0, held: false);
        await SessionAsync(group, D(11, 17), new TimeOnly(17, 0), new TimeOnly(18, 30), [otherId], present: 3, absent: 0);
        var client = await ClientAsync("Ņina", "Žūriņa", id);
        await AppointmentAsync(id, client, Riga(11, 5, 10), 45, AttendanceStatus.Present);
        await AppointmentAsync(id, client, Riga(11, 12, 14), 60, AttendanceStatus.Absent, AppointmentKind.HomeVisit);
        await AppointmentAsync(otherId, client, Riga(11, 12, 9), 30, AttendanceStatus.Present);
        await AppointmentAsync(id, client, Riga(10, 31, 23, 30), 30, AttendanceStatus.Present); // the last evening of October in Riga
        return (specialist, id);
    }

    [Fact]
    public async Task The_month_sums_sessions_led_appointments_and_other_work()
    {
        var (specialist, _) = await NovemberAsync();
        var added = await PostFormAsync(specialist, "/Staff/Timesheets/Sheet?month=2026-11", new()
        {
            ["Work.Date"] = "2026-11-20", ["Work.Minutes"] = "30", ["Work.Kind"] = "Documentation", ["Work.Note"] = "Apmeklējuma ieraksti",
        }, "Add");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var page = await GetDocumentAsync(specialist, "/Staff/Timesheets/Sheet?month=2026-11");

        // 90 + 100 + 45 + 60 + 30 = 325 minutes = 5,42 h; clients 5 + 4 + 1 = 10.
        Assert.Equal("5,42", page.QuerySelector("#total-hours")!.TextContent);
        Assert.Equal("10", page.QuerySelector("#total-clients")!.TextContent);
        Assert.Equal("5", page.QuerySelector("#days-worked")!.TextContent);
        var sessions = page.QuerySelector("#activity-totals tr[data-activity=GroupSession]")!;
        Assert.Equal("3,17", sessions.QuerySelector("[data-col=hours]")!.TextContent);
        Assert.Equal("9", sessions.QuerySelector("[data-col=clients]")!.TextContent);
        Assert.Equal("0", page.QuerySelector("#activity-totals tr[data-activity=HomeVisit] [data-col=clients]")!.TextContent);
        Assert.Contains("Esam ģimene, rudens 2026", page.QuerySelector("#days")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Žūriņa", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Apmeklējuma ieraksti", page.QuerySelector("#entries")!.TextContent, StringComparison.Ordinal);

        // The start page shows this month's hours so far.
        var home = await GetDocumentAsync(specialist, "/");
        Assert.Equal("5,42", home.QuerySelector("#my-hours")!.TextContent);

        Assert.Contains(await AuditAsync("timesheet."), a => a.Action == AuditActions.TimesheetWorkAdd && a.Details == "Documentation 30 min 2026-11-20");
    }

    [Fact]
    public async Task Other_work_is_checked_and_can_be_withdrawn_with_a_reason()
    {
        var (specialist, id) = await NovemberAsync();
        var bad = await ParseAsync(await PostFormAsync(specialist, "/Staff/Timesheets/Sheet", new() { ["Work.Date"] = "2026-11-25", ["Work.Minutes"] = "800", ["Work.Kind"] = "Training" }, "Add"));
        Assert.Equal("Darba laiku nevar reģistrēt dienai, kas vēl nav pienākusi.", FieldError(bad, "Work.Date"));
        Assert.Equal("Norādiet ilgumu minūtēs: no 1 līdz 720.", FieldError(bad, "Work.Minutes"));
        Assert.Equal("800", ((AngleSharp.Html.Dom.IHtmlInputElement)bad.QuerySelector("input[name='Work.Minutes']")!).Value);

        await PostFormAsync(specialist, "/Staff/Timesheets/Sheet", new() { ["Work.Date"] = "2026-11-20", ["Work.Minutes"] = "120", ["Work.Kind"] = "Training" }, "Add");
        var entryId = await WithDbAsync(db => db.OtherWorkEntries.Select(e => e.Id).SingleAsync());
        var page = await GetDocumentAsync(specialist, "/Staff/Timesheets/Sheet");
        var noReason = await ParseAsync(await PostPairsAsync(specialist, $"/Staff/Timesheets/Sheet?month=2026-11&entryId={entryId}", [new("Reason.Text", "")], "Withdraw", page));
        Assert.Equal("Norādiet iemeslu.", FieldError(noReason, $"Withdraw{entryId}"));

        var withdrawn = await PostPairsAsync(specialist, $"/Staff/Timesheets/Sheet?month=2026-11&entryId={entryId}", [new("Reason.Text", "Mācības atceltas")], "Withdraw", page);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        page = await GetDocumentAsync(specialist, "/Staff/Timesheets/Sheet");
        Assert.Equal("4,92", page.QuerySelector("#total-hours")!.TextContent);
        Assert.Contains("Mācības atceltas", page.QuerySelector("#entries")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await WithDbAsync(db => db.OtherWorkEntries.Select(e => e.WithdrawnAt).SingleAsync()));

        // Nobody records work in someone else's timesheet.
        var (other, _) = await UserAsync(Roles.Specialist, "laura.sila2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri($"/Staff/Timesheets/Sheet?user={id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_approved_month_is_locked_until_a_manager_reopens_it_with_a_reason()
    {
        var (specialist, id) = await NovemberAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        await PostFormAsync(specialist, "/Staff/Timesheets/Sheet?month=2026-10", new() { ["Work.Date"] = "2026-10-20", ["Work.Minutes"] = "60", ["Work.Kind"] = "Preparation" }, "Add");

        // The running month cannot be approved; October can.
        var november = await GetDocumentAsync(manager, $"/Staff/Timesheets/Sheet?user={id}&month=2026-11");
        Assert.Null(november.QuerySelector("form[action*='handler=Approve']"));
        var index = await GetDocumentAsync(manager, "/Staff/Timesheets");
        Assert.NotNull(index.QuerySelector($"#awaiting li[data-awaiting='{id}/2026-10']"));
        var home = await GetDocumentAsync(manager, "/");
        Assert.NotNull(home.QuerySelector($"#timesheets-awaiting li[data-awaiting='{id}/2026-10']"));

        var url = $"/Staff/Timesheets/Sheet?user={id}&month=2026-10";
        var approved = await PostFormAsync(manager, url, [], "Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var approval = await WithDbAsync(db => db.TimesheetApprovals.SingleAsync());
        Assert.True(approval.IsApproved);
        Assert.Equal("Tests ilze.berzina", approval.ApprovedByName);
        Assert.Equal(60 + 30, approval.ApprovedMinutes);
        home = await GetDocumentAsync(manager, "/");
        Assert.Null(home.QuerySelector($"#timesheets-awaiting li[data-awaiting='{id}/2026-10']"));

        // Locked: a new entry for October is refused with a clear message, nothing is saved.
        var refused = await ParseAsync(await PostFormAsync(specialist, "/Staff/Timesheets/Sheet?month=2026-10", new() { ["Work.Date"] = "2026-10-21", ["Work.Minutes"] = "30", ["Work.Kind"] = "Documentation" }, "Add"));
        Assert.Equal("Mēnesis „oktobris 2026” ir apstiprināts un slēgts: ierakstus tajā vairs nevar pievienot vai atsaukt. Lai labotu, vadītājam tas jāatver no jauna.", FieldError(refused, "Work.Date"));
        Assert.Equal(1, await WithDbAsync(db => db.OtherWorkEntries.CountAsync()));
        var ownPage = await GetDocumentAsync(specialist, "/Staff/Timesheets/Sheet?month=2026-10");
        Assert.Equal("approved", ownPage.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        Assert.Null(ownPage.QuerySelector("#entries form"));

        // Reopening needs a reason.
        var noReason = await ParseAsync(await PostFormAsync(manager, url, new() { ["Reason.Text"] = "" }, "Reopen"));
        Assert.Equal("Norādiet iemeslu.", FieldError(noReason, "Reason.Text"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(manager, url, new() { ["Reason.Text"] = "Nav ievadīta 28. oktobra sagatavošanās" }, "Reopen")).StatusCode);

        var reopened = await GetDocumentAsync(manager, url);
        Assert.Contains("Nav ievadīta 28. oktobra sagatavošanās", reopened.QuerySelector("#reopened")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(specialist, "/Staff/Timesheets/Sheet?month=2026-10", new() { ["Work.Date"] = "2026-10-28", ["Work.Minutes"] = "30", ["Work.Kind"] = "Preparation" }, "Add")).StatusCode);

        var audit = await AuditAsync("timesheet.");
        Assert.Contains(audit, a => a.Action == AuditActions.TimesheetApprove && a.EntityId == $"{id}/2026-10" && a.Details == "minutes=90; clients=1");
        Assert.Contains(audit, a => a.Action == AuditActions.TimesheetReopen && a.Details == "reason: Nav ievadīta 28. oktobra sagatavošanās");
    }

    [Fact]
    public async Task A_manager_approves_neither_a_running_month_nor_their_own_and_an_auditor_only_reads()
    {
        var (_, id) = await NovemberAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var (auditor, _) = await UserAsync(Roles.Auditor, "janis.liepins");

        var running = await ParseAsync(await PostFormAsync(manager, $"/Staff/Timesheets/Sheet?user={id}&month=2026-11", [], "Approve", $"/Staff/Timesheets/Sheet?user={id}&month=2026-11"));
        Assert.Contains("Mēnesi var apstiprināt tikai pēc tā beigām.", running.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        var own = await ParseAsync(await PostFormAsync(manager, "/Staff/Timesheets/Sheet?month=2026-10", [], "Approve"));
        Assert.Contains("Savu darba laiku apstiprināt nevar", own.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.TimesheetApprovals.AnyAsync()));

        var read = await GetDocumentAsync(auditor, $"/Staff/Timesheets/Sheet?user={id}&month=2026-11");
        Assert.Equal("4,92", read.QuerySelector("#total-hours")!.TextContent);
        Assert.Null(read.QuerySelector("form[action*='handler=Approve']"));
        var page = await GetDocumentAsync(auditor, $"/Staff/Timesheets/Sheet?user={id}&month=2026-10");
        var refused = await PostPairsAsync(auditor, $"/Staff/Timesheets/Sheet?user={id}&month=2026-10", [], "Approve", page);
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        var everyone = await GetDocumentAsync(auditor, "/Staff/Timesheets?month=2026-11");
        Assert.Equal("4,92", everyone.QuerySelector($"#summaries tr[data-user='{id}'] [data-col=hours]")!.TextContent);
    }

    [Fact]
    public async Task The_csv_export_has_a_bom_semicolons_and_the_sums()
    {
        var (specialist, id) = await NovemberAsync();

        var response = await specialist.GetAsync(new Uri("/Staff/Timesheets/Export?month=2026-11&format=csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Speciālists;Tests peteris.kalnins", lines[0]);
        Assert.Equal("Datums;Darbība;Apraksts;Minūtes;Stundas;Klienti", lines[4]);
        Assert.Contains("03.11.2026;Grupas nodarbība;\"Esam ģimene, rudens 2026\";90;\"1,50\";5", lines);
        Assert.Contains("12.11.2026;Mājas vizīte;;60;\"1,00\";0", lines);
        Assert.Equal("Kopā;;;295;\"4,92\";10", lines[^1]);
        Assert.DoesNotContain("Žūriņa", string.Join("\n", lines), StringComparison.Ordinal);
        Assert.Contains(await AuditAsync("timesheet."), a => a.Action == AuditActions.TimesheetExport && a.EntityId == $"{id}/2026-11" && a.Details == "csv");
    }

    [Fact]
    public async Task The_pdf_export_holds_the_totals_in_Latvian()
    {
        var (specialist, _) = await NovemberAsync();

        var response = await specialist.GetAsync(new Uri("/Staff/Timesheets/Export?month=2026-11&format=pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var keep = Environment.GetEnvironmentVariable("REPORTS_SAMPLE_DIR");
        if (!string.IsNullOrWhiteSpace(keep))
        {
            Directory.CreateDirectory(keep);
            await File.WriteAllBytesAsync(Path.Combine(keep, "timesheet-web.pdf"), pdf);
        }

        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Speciālista darba laika uzskaites tabele", text, StringComparison.Ordinal);
        Assert.Contains("Biedrība \"Atbalsts ģimenei\"", text, StringComparison.Ordinal);
        Assert.Contains("Periods: 2026. gada novembris", text, StringComparison.Ordinal);
        Assert.Contains("Kopā stundas: 4,92", text, StringComparison.Ordinal);
        Assert.Contains("Kopā apkalpoti klienti: 10", text, StringComparison.Ordinal);
        Assert.Contains("Grupas nodarbība 2 3,17 9", text, StringComparison.Ordinal);
        Assert.Contains("Statuss: nav apstiprināts", text, StringComparison.Ordinal);
        Assert.Contains("(paraksts)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Žūriņa", text, StringComparison.Ordinal);
    }
}
