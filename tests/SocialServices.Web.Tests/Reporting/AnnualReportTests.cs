using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Attendance;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Evaluations;
using SocialServices.Domain.Groups;
using SocialServices.Domain.Reporting;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;
using SocialServices.Web.Tests.Evaluations;
using UglyToad.PdfPig;

namespace SocialServices.Web.Tests.Reporting;

/// <summary>
/// The annual provider report against a fixture with known answers: who was served (attendance, appointments, episodes),
/// counted once per service and once in total, ages at the end of the year, evaluations of the year, preview = PDF,
/// freezing when final, new versions, traceability, roles and audit.
/// </summary>
public sealed class AnnualReportTests(WebFixture fixture) : CaseWorkTest(fixture)
{
    private sealed record Known(int ContractId, int Group, int Dac, int Skia, int Anna, int Janis, int Cilda, int Franca, int AnnaCase);

    private async Task<Known> ArrangeAsync()
    {
        await SetUpOrganisationAsync();
        var workerId = (await UserAsync(Roles.SocialWorker, "marta.kalnina")).Id;
        var specialistId = (await UserAsync(Roles.Specialist, "peteris.kalnins")).Id;
        await WithDbAsync(async db =>
        {
            db.Services.AddRange(ServiceCatalogueSeed.Create(await db.Organisations.Select(o => o.MunicipalityId).FirstAsync()));
            return await db.SaveChangesAsync();
        });
        var ids = await WithDbAsync(db => db.Services.ToDictionaryAsync(s => s.Code, s => s.Id));
        var (programme, dac, skia) = (ids["6.1.5"], ids["DAC"], ids["SKIA"]);

        async Task<int> Person(string first, string last, DateOnly? birth, Gender? gender) => await WithDbAsync(async db =>
        {
            var client = new Client(OrganisationId, new ClientDetails(null, first, last, birth, gender, null, null, null, null, "lv", null, null, null, [], null), workerId, AppFactory.DefaultNow);
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            return client.Id;
        });

        var anna = await Person("Anna", "Ozola", new DateOnly(2016, 6, 1), Gender.Female); // 10 at 31.12.2026
        var janis = await Person("Jānis", "Bērziņš", new DateOnly(2016, 12, 31), Gender.Male); // turns 10 on 31.12.2026
        var cilda = await Person("Cilda", "Ābele", new DateOnly(1960, 1, 1), Gender.Female); // 66
        var dace = await Person("Dace", "Liepa", new DateOnly(1990, 3, 3), Gender.Female); // episode ended in 2025
        var edgars = await Person("Edgars", "Kļaviņš", new DateOnly(2010, 8, 8), Gender.Male); // appointment missed; one on 31.12.2025
        var franca = await Person("Franča", "Ķēniņa", null, null); // birth date and gender unknown

        var annaCase = await CaseAsync(anna, workerId, "2026/0001", new DateOnly(2026, 1, 10));
        var cildaCase = await CaseAsync(cilda, workerId, "2026/0002", new DateOnly(2026, 1, 12));
        var daceCase = await CaseAsync(dace, workerId, "2025/0009", new DateOnly(2025, 4, 1));

        var group = await WithDbAsync(async db =>
        {
            var g = new ProgrammeGroup(OrganisationId, programme, "Sociālās prasmes — pavasaris", new DateOnly(2026, 3, 3), new DateOnly(2026, 9, 30), 8, "Katoļu iela 4");
            var unused = new ProgrammeGroup(OrganisationId, programme, "Sociālās prasmes — rudens (nenotika)", new DateOnly(2026, 10, 1), null, 8, null);
            db.ProgrammeGroups.AddRange(g, unused);
            await db.SaveChangesAsync();
            db.GroupEnrolments.AddRange(new GroupEnrolment(anna, programme, g.Id, null, new DateOnly(2026, 3, 1)), new GroupEnrolment(janis, programme, g.Id, null, new DateOnly(2026, 3, 1)));
            var s1 = new GroupSession(g.Id, new DateOnly(2026, 3, 3), new TimeOnly(17, 0), new TimeOnly(18, 30), null);
            var s2 = new GroupSession(g.Id, new DateOnly(2026, 3, 10), new TimeOnly(17, 0), new TimeOnly(18, 30), null);
            var cancelled = new GroupSession(g.Id, new DateOnly(2026, 3, 17), new TimeOnly(17, 0), new TimeOnly(18, 30), null);
            var notRecorded = new GroupSession(unused.Id, new DateOnly(2026, 10, 6), new TimeOnly(17, 0), new TimeOnly(18, 30), null);
            s1.RecordHeld(new TimeOnly(17, 0), new TimeOnly(18, 30));
            s2.RecordHeld(new TimeOnly(17, 5), new TimeOnly(18, 30));
            cancelled.Cancel("Vadītāja slimība");
            db.GroupSessions.AddRange(s1, s2, cancelled, notRecorded);
            await db.SaveChangesAsync();
            db.AttendanceRecords.AddRange(
                new AttendanceRecord(s1.Id, anna, AttendanceStatus.Present, false, null, null),
                new AttendanceRecord(s1.Id, janis, AttendanceStatus.Absent, false, null, null),
                new AttendanceRecord(s2.Id, anna, AttendanceStatus.Excused, false, "Slimība", null),
                new AttendanceRecord(s2.Id, janis, AttendanceStatus.Present, true, null, null));

            var at = (int y, int m, int d, int h) => new DateTimeOffset(y, m, d, h, 0, 0, TimeSpan.FromHours(2)).ToUniversalTime();
            db.Appointments.AddRange(
                new Appointment(OrganisationId, anna, skia, annaCase, specialistId, AppointmentKind.Consultation, at(2026, 4, 2, 10), 45, AttendanceStatus.Present, null),
                new Appointment(OrganisationId, franca, skia, null, specialistId, AppointmentKind.IndividualSupport, at(2026, 5, 5, 11), 60, AttendanceStatus.Present, null),
                new Appointment(OrganisationId, edgars, skia, null, specialistId, AppointmentKind.Consultation, at(2026, 5, 6, 11), 60, AttendanceStatus.Absent, null),
                new Appointment(OrganisationId, edgars, skia, null, specialistId, AppointmentKind.HomeVisit, new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.FromHours(2)).ToUniversalTime(), 30, AttendanceStatus.Present, null));

            var running = new Domain.Cases.ServiceEpisode(cildaCase, cilda, dac, null, new DateOnly(2025, 5, 1), null, "Biedrība");
            var ended = new Domain.Cases.ServiceEpisode(daceCase, dace, dac, null, new DateOnly(2025, 4, 1), null, "Biedrība");
            ended.End(new DateOnly(2025, 12, 31), "Mērķi sasniegti");
            db.ServiceEpisodes.AddRange(running, ended);
            await db.SaveChangesAsync();
            return g.Id;
        });

        // Anna: a plan with two goals, evaluated twice this year (the latest, October, counts: regress); Cilda once without a plan; Dace was not served.
        await PlanAsync(annaCase, new DateOnly(2026, 2, 1), "Bērns apgūst sadarbības prasmes", "Bērns apmeklē nodarbības");
        await EvaluationAsync(annaCase, EvaluationDecision.Continue, OverallResult.Progress, new DateOnly(2026, 6, 1));
        await EvaluationAsync(annaCase, EvaluationDecision.RevisePlan, OverallResult.Regress, new DateOnly(2026, 10, 1));
        await EvaluationAsync(cildaCase, EvaluationDecision.Continue, OverallResult.Progress, new DateOnly(2026, 3, 1));
        await EvaluationAsync(daceCase, EvaluationDecision.Continue, OverallResult.NoChange, new DateOnly(2026, 2, 1));

        var contract = await WithDbAsync(async db =>
        {
            var c = new DelegationContract(OrganisationId, await db.Organisations.Select(o => o.MunicipalityId).FirstAsync(), "JSLP-2026/1", new DateOnly(2025, 12, 20),
                new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), "Sociālās rehabilitācijas pakalpojumi bērniem un pieaugušajiem", [programme, dac, skia]);
            db.DelegationContracts.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        return new Known(contract, programme, dac, skia, anna, janis, cilda, franca, annaCase);
    }

    private static async Task<int> StartAsync(HttpClient manager, int contractId)
    {
        var response = await PostFormAsync(manager, "/Reports", new() { ["contractId"] = contractId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["year"] = "2026" }, "Start");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Cell(AngleSharp.Html.Dom.IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "(missing " + selector + ")";

    [Fact]
    public async Task The_figures_match_the_records_and_the_preview_links_each_to_its_records()
    {
        var f = await ArrangeAsync();
        var manager = await SignedInAsync(Roles.ServiceManager, "ilze.berzina");
        var id = await StartAsync(manager, f.ContractId);

        var page = await GetDocumentAsync(manager, $"/Reports/Annual/{id}");
        Assert.Equal("01.01.2026 – 31.12.2026", Cell(page, "#period"));
        Assert.Equal("1", Cell(page, $"#deliveries tr[data-service='{f.Group}'] [data-col=groups]"));
        Assert.Equal("2", Cell(page, $"#deliveries tr[data-service='{f.Group}'] [data-col=sessions]"));
        Assert.Equal("2", Cell(page, $"#deliveries tr[data-service='{f.Group}'] [data-col=clients]"));
        Assert.Equal("1", Cell(page, $"#deliveries tr[data-service='{f.Dac}'] [data-col=episodes]"));
        Assert.Equal("1", Cell(page, $"#deliveries tr[data-service='{f.Dac}'] [data-col=clients]"));
        Assert.Equal("2", Cell(page, $"#deliveries tr[data-service='{f.Skia}'] [data-col=appointments]"));
        Assert.Equal("2", Cell(page, $"#deliveries tr[data-service='{f.Skia}'] [data-col=clients]"));
        Assert.Equal("4", Cell(page, "#deliveries-total [data-col=clients]")); // Anna in two services counts once

        // Section 2: Anna's latest (regress, both goals) and Cilda's (progress, no plan); Dace was not served.
        Assert.Contains("2", Cell(page, "#plan-totals a[data-figure='s2.clients']"), StringComparison.Ordinal);
        Assert.Equal("1", Cell(page, "#plan-totals a[data-figure='s2.Progress']"));
        Assert.Equal("1", Cell(page, "#plan-totals a[data-figure='s2.Regress']"));
        Assert.Equal(["2026/0001", "2026/0002"], page.QuerySelectorAll("#plan-results tbody tr td:first-child").Select(td => td.TextContent.Trim()));

        // Section 3: ages at 31.12.2026, each client once.
        Assert.Equal("1", Cell(page, "#age-gender tr[data-band='7–12'] td:nth-child(2)"));
        Assert.Equal("1", Cell(page, "#age-gender tr[data-band='7–12'] td:nth-child(3)"));
        Assert.Equal("1", Cell(page, "#age-gender tr[data-band='65+'] td:nth-child(2)"));
        Assert.NotNull(page.QuerySelector($"#age-gender tr[data-band='{AgeBands.Unknown}']"));
        Assert.Equal("4", Cell(page, "#age-gender-total"));
        Assert.Equal("2", Cell(page, "#by-service-type tr[data-type=SpecialistConsultations] td"));

        // Traceability: the programme's clients are Anna and Jānis, each read audited.
        var link = page.QuerySelector($"#deliveries tr[data-service='{f.Group}'] [data-col=clients] a")!.GetAttribute("href")!;
        var records = await GetDocumentAsync(manager, link);
        Assert.Equal(new[] { f.Janis, f.Anna }.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(), records.QuerySelectorAll("#records tr[data-kind=client]").Select(r => r.GetAttribute("data-id")!).Order());
        Assert.Contains("Jānis Bērziņš", records.QuerySelector("#records")!.TextContent, StringComparison.Ordinal);
        var audited = await WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.AnnualReportRecords && e.ClientId != null).Select(e => e.ClientId!.Value).ToListAsync());
        Assert.Equal(new[] { f.Anna, f.Janis }.Order(), audited.Order());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(new Uri($"/Reports/Records/{id}?key=nonsense", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_client_present_at_many_sessions_of_several_groups_and_services_counts_once_per_service_and_once_in_total()
    {
        var f = await ArrangeAsync();
        await WithDbAsync(async db =>
        {
            // A second group of the programme: Anna and Jānis again (present twice), Cilda too (she also has the DAC episode).
            var autumn = new ProgrammeGroup(OrganisationId, f.Group, "Sociālās prasmes — vasara", new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 31), 8, null);
            db.ProgrammeGroups.Add(autumn);
            await db.SaveChangesAsync();
            var first = new GroupSession(autumn.Id, new DateOnly(2026, 6, 2), new TimeOnly(17, 0), new TimeOnly(18, 30), null);
            var second = new GroupSession(autumn.Id, new DateOnly(2026, 6, 9), new TimeOnly(17, 0), new TimeOnly(18, 30), null);
            var nextYear = new GroupSession(autumn.Id, new DateOnly(2027, 1, 5), new TimeOnly(17, 0), new TimeOnly(18, 30), null);
            foreach (var session in new[] { first, second, nextYear })
            {
                session.RecordHeld(new TimeOnly(17, 0), new TimeOnly(18, 30));
            }

            db.GroupSessions.AddRange(first, second, nextYear);
            await db.SaveChangesAsync();
            var late = await db.Clients.SingleAsync(c => c.FirstName == "Edgars");
            db.AttendanceRecords.AddRange(
                new AttendanceRecord(first.Id, f.Anna, AttendanceStatus.Present, false, null, null),
                new AttendanceRecord(second.Id, f.Anna, AttendanceStatus.Present, false, null, null),
                new AttendanceRecord(first.Id, f.Janis, AttendanceStatus.Present, false, null, null),
                new AttendanceRecord(second.Id, f.Cilda, AttendanceStatus.Present, true, null, null),
                new AttendanceRecord(nextYear.Id, late.Id, AttendanceStatus.Present, false, null, null)); // outside the year: not served
            return await db.SaveChangesAsync();
        });
        var manager = await SignedInAsync(Roles.ServiceManager, "ilze.berzina");
        var id = await StartAsync(manager, f.ContractId);

        var page = await GetDocumentAsync(manager, $"/Reports/Annual/{id}");
        Assert.Equal("2", Cell(page, $"#deliveries tr[data-service='{f.Group}'] [data-col=groups]"));
        Assert.Equal("4", Cell(page, $"#deliveries tr[data-service='{f.Group}'] [data-col=sessions]"));
        Assert.Equal("3", Cell(page, $"#deliveries tr[data-service='{f.Group}'] [data-col=clients]"));
        Assert.Equal("1", Cell(page, $"#deliveries tr[data-service='{f.Dac}'] [data-col=clients]"));
        Assert.Equal("2", Cell(page, $"#deliveries tr[data-service='{f.Skia}'] [data-col=clients]"));
        Assert.Equal("4", Cell(page, "#deliveries-total [data-col=clients]"));
        Assert.Equal("4", Cell(page, "#age-gender-total"));
        Assert.Equal("1", Cell(page, "#age-gender tr[data-band='65+'] td:nth-child(2)")); // Cilda once, though in two services

        var link = page.QuerySelector($"#deliveries tr[data-service='{f.Group}'] [data-col=clients] a")!.GetAttribute("href")!;
        var records = await GetDocumentAsync(manager, link);
        Assert.Equal(new[] { f.Anna, f.Janis, f.Cilda }.Order(), records.QuerySelectorAll("#records tr[data-kind=client]").Select(r => int.Parse(r.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public async Task The_records_behind_a_large_figure_are_shown_a_page_at_a_time()
    {
        var f = await ArrangeAsync();
        var specialistId = await UserIdAsync("peteris.kalnins");
        await WithDbAsync(db =>
        {
            // 2 appointments from the fixture + 201 more: 203 records, two pages.
            for (var i = 0; i < 201; i++)
            {
                db.Appointments.Add(new Appointment(OrganisationId, f.Cilda, f.Skia, null, specialistId, AppointmentKind.Consultation,
                    new DateTimeOffset(2026, 2, 2, 8, 0, 0, TimeSpan.Zero).AddDays(i), 30, AttendanceStatus.Present, null));
            }

            return db.SaveChangesAsync();
        });
        var manager = await SignedInAsync(Roles.ServiceManager, "ilze.berzina");
        var id = await StartAsync(manager, f.ContractId);
        var page = await GetDocumentAsync(manager, $"/Reports/Annual/{id}");
        Assert.Equal("203", Cell(page, $"#deliveries tr[data-service='{f.Skia}'] [data-col=appointments]"));

        var link = page.QuerySelector($"#deliveries tr[data-service='{f.Skia}'] [data-col=appointments] a")!.GetAttribute("href")!;
        var first = await GetDocumentAsync(manager, link);
        Assert.Equal(200, first.QuerySelectorAll("#records tr[data-kind=appointment]").Length);
        Assert.Contains("203", Cell(first, "#records-shown"), StringComparison.Ordinal);
        var pages = first.QuerySelectorAll("nav .pagination a");
        var next = pages[pages.Length - 1].GetAttribute("href")!;
        var second = await GetDocumentAsync(manager, next);
        Assert.Equal(3, second.QuerySelectorAll("#records tr[data-kind=appointment]").Length);
        var ids = first.QuerySelectorAll("#records tr").Concat(second.QuerySelectorAll("#records tr")).Select(r => r.GetAttribute("data-id")).Where(i => i is not null).ToList();
        Assert.Equal(203, ids.Distinct().Count());
        var beyond = await GetDocumentAsync(manager, next.Replace("p=2", "p=99", StringComparison.Ordinal));
        Assert.Equal(3, beyond.QuerySelectorAll("#records tr[data-kind=appointment]").Length); // past the end: the last page
        Assert.Contains(await WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.AnnualReportRecords).Select(e => e.Details).ToListAsync()),
            d => d != null && d.Contains("records=203; page=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_final_report_is_frozen_and_a_new_version_with_a_reason_shows_the_changed_records()
    {
        var f = await ArrangeAsync();
        var manager = await SignedInAsync(Roles.ServiceManager, "ilze.berzina");
        var id = await StartAsync(manager, f.ContractId);

        // Marking final needs the manager's account of the results first (message next to the field).
        var refused = await PostFormAsync(manager, $"/Reports/Annual/{id}", new() { ["version"] = ReportVersion(await GetDocumentAsync(manager, $"/Reports/Annual/{id}")) }, "Finalise");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.False(string.IsNullOrEmpty(FieldError(await ParseAsync(refused), "Texts.ResultsText")));

        var page = await GetDocumentAsync(manager, $"/Reports/Annual/{id}");
        var saved = await PostPairsAsync(manager, $"/Reports/Annual/{id}", [new("Texts.Version", page.QuerySelector("#Texts_Version")!.GetAttribute("value")!),
            new("Texts.ResultsText", "Programma īstenota pilnā apjomā; klienti apguvuši sadarbības prasmes."), new("Texts.OtherText", "Nav")], "Texts", page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stale = page.QuerySelector("#Texts_Version")!.GetAttribute("value")!;
        var conflict = await PostPairsAsync(manager, $"/Reports/Annual/{id}", [new("Texts.Version", stale), new("Texts.ResultsText", "Vecā versija"), new("Texts.OtherText", "")], "Texts", page);
        Assert.NotNull((await ParseAsync(conflict)).QuerySelector("#conflict"));

        page = await GetDocumentAsync(manager, $"/Reports/Annual/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(manager, $"/Reports/Annual/{id}", [new("version", ReportVersion(page))], "Finalise", page)).StatusCode);
        var report = await WithDbAsync(db => db.AnnualReports.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(AnnualReportStatus.Final, report.Status);
        Assert.NotNull(report.Snapshot);

        // A client served later (a back-dated appointment) does not change the final report.
        var workerId = await UserIdAsync("peteris.kalnins");
        await WithDbAsync(async db =>
        {
            var late = await db.Clients.SingleAsync(c => c.FirstName == "Edgars");
            db.Appointments.Add(new Appointment(OrganisationId, late.Id, f.Skia, null, workerId, AppointmentKind.Consultation, new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), 30, AttendanceStatus.Present, null));
            return await db.SaveChangesAsync();
        });
        page = await GetDocumentAsync(manager, $"/Reports/Annual/{id}");
        Assert.Equal("4", Cell(page, "#deliveries-total [data-col=clients]"));
        Assert.Equal("Final", page.QuerySelector("#status")!.GetAttribute("data-status"));
        Assert.Null(page.QuerySelector("#texts-form"));

        // The texts cannot be changed any more; a new version needs a reason.
        AssertAccessDenied(await PostPairsAsync(manager, $"/Reports/Annual/{id}", [new("Texts.Version", ReportVersion(page)), new("Texts.ResultsText", "x")], "Texts", page));
        var noReason = await PostPairsAsync(manager, $"/Reports/Annual/{id}", [new("Reason", " ")], "NewVersion", page);
        Assert.False(string.IsNullOrEmpty(FieldError(await ParseAsync(noReason), "Reason")));
        var next = await PostPairsAsync(manager, $"/Reports/Annual/{id}", [new("Reason", "Reģistrēta novēlota konsultācija")], "NewVersion", page);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        var v2 = await GetDocumentAsync(manager, next.Headers.Location!.OriginalString);
        Assert.Equal("5", Cell(v2, "#deliveries-total [data-col=clients]"));
        Assert.Equal("Draft", v2.QuerySelector("#status")!.GetAttribute("data-status"));
        Assert.Contains("Programma īstenota pilnā apjomā", v2.QuerySelector("#Texts_ResultsText")!.TextContent, StringComparison.Ordinal);

        var v2Id = int.Parse(next.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(manager, $"/Reports/Annual/{v2Id}", [new("version", ReportVersion(v2))], "Finalise", v2)).StatusCode);
        var statuses = await WithDbAsync(db => db.AnnualReports.OrderBy(r => r.VersionNumber).Select(r => r.Status).ToListAsync());
        Assert.Equal([AnnualReportStatus.Superseded, AnnualReportStatus.Final], statuses);
        Assert.Contains(await WithDbAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync()), a => a == AuditActions.AnnualReportFinalise);
    }

    [Fact]
    public async Task The_auditor_previews_and_exports_a_pdf_with_every_section_and_the_same_totals_but_cannot_change_it()
    {
        var f = await ArrangeAsync();
        var manager = await SignedInAsync(Roles.ServiceManager, "ilze.berzina");
        var id = await StartAsync(manager, f.ContractId);
        var auditor = await SignedInAsync(Roles.Auditor, "janis.liepins");

        var page = await GetDocumentAsync(auditor, $"/Reports/Annual/{id}");
        Assert.Null(page.QuerySelector("#texts-form"));
        Assert.Null(page.QuerySelector("#finalise-form"));
        AssertAccessDenied(await PostPairsAsync(auditor, $"/Reports/Annual/{id}", [new("version", "0")], "Finalise", page));

        var response = await auditor.GetAsync(new Uri($"/Reports/Pdf/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var heading in new[] { "1. Pārvaldes uzdevuma izpilde", "2. Klientu sociālās rehabilitācijas", "3. Klientu skaits", "4. Klientu apmierinātība", "5. Pakalpojumu sniegšanā", "6. Personālam sniegtās", "7. Cita informācija" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        Assert.Contains("MELNRAKSTS", text, StringComparison.Ordinal);
        Assert.Contains("JSLP-2026/1", text, StringComparison.Ordinal);
        Assert.Contains("Izvērtēti 2 klienti: progress 1, bez izmaiņām 0, regress 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bērziņš", text, StringComparison.Ordinal); // clients appear by case number only
        Assert.Contains("2026/0001", text, StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("REPORT_PDF_DIR") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            await File.WriteAllBytesAsync(Path.Combine(directory, "annual.pdf"), bytes);
        }

        Assert.Contains(await WithDbAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync()), a => a == AuditActions.AnnualReportExport);
        var worker = await SignedInAsync(Roles.SocialWorker, "sandra.ozolina");
        AssertAccessDenied(await worker.GetAsync(new Uri($"/Reports/Annual/{id}", UriKind.Relative)));
        AssertAccessDenied(await worker.GetAsync(new Uri($"/Reports/Pdf/{id}", UriKind.Relative)));
    }

    [Fact]
    public async Task Satisfaction_complaints_qualifications_training_and_group_evaluations_come_from_their_registers()
    {
        var f = await ArrangeAsync();
        var workerId = await UserIdAsync("marta.kalnina");
        var specialistId = await UserIdAsync("peteris.kalnins");
        var (manager, managerId) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var other = await WithDbAsync(db => db.Services.Where(s => s.Code == "6.1.1").Select(s => s.Id).SingleAsync());
        var by = new Domain.Cases.Actor(managerId, "Ilze Bērziņa");

        // Complaints: three received in the year about the contract's services or none in particular (one justified,
        // one unjustified, one still open) and one withdrawn; one about another service and one of 2025 do not count.
        async Task Complaint(DateOnly received, int? serviceId, Domain.Feedback.ComplaintVerdict? verdict, bool withdrawn = false) => await WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var number = await SocialServices.Web.Feedback.ComplaintNumbers.NextAsync(db, OrganisationId, received.Year, default);
            var complaint = new Domain.Feedback.Complaint(OrganisationId, number, new Domain.Feedback.ComplaintDetails(received, Domain.Feedback.ComplainantKind.Anonymous, null, null,
                Domain.Feedback.ComplaintChannel.Paper, "Nodarbība sākās novēloti", serviceId, [], null), received.AddMonths(1), by, AppFactory.DefaultNow);
            if (verdict is { } v)
            {
                complaint.Close(new Domain.Feedback.ComplaintHandling("Pārbaudīts", v, "Atbildēts rakstiski", received.AddDays(9), null), received.AddDays(9), by, AppFactory.DefaultNow);
            }

            if (withdrawn)
            {
                complaint.Withdraw("Iesniedzējs atsauca", AppFactory.DefaultNow);
            }

            db.Complaints.Add(complaint);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return 0;
        });
        await Complaint(new DateOnly(2026, 2, 1), f.Skia, Domain.Feedback.ComplaintVerdict.Justified);
        await Complaint(new DateOnly(2026, 3, 1), null, Domain.Feedback.ComplaintVerdict.Unjustified);
        await Complaint(new DateOnly(2026, 11, 1), f.Dac, null);
        await Complaint(new DateOnly(2026, 4, 1), f.Skia, null, withdrawn: true);
        await Complaint(new DateOnly(2026, 5, 1), other, Domain.Feedback.ComplaintVerdict.Justified);
        await Complaint(new DateOnly(2025, 12, 20), f.Skia, Domain.Feedback.ComplaintVerdict.Justified);

        // Surveys: two answers for the consultations (scores 5, 4 and 3: average 4.0); one for another service and one of 2025 do not count.
        await WithDbAsync(async db =>
        {
            var questionnaire = new Domain.Feedback.Questionnaire(OrganisationId, "Apmierinātības aptauja", null, 1, managerId, AppFactory.DefaultNow);
            questionnaire.ReplaceQuestions(
            [
                new Domain.Feedback.QuestionDraft(Domain.Feedback.QuestionKind.Scale, "Cik apmierināts esat?", "slikti", "labi"),
                new Domain.Feedback.QuestionDraft(Domain.Feedback.QuestionKind.Scale, "Vai laiks bija ērts?", "nē", "jā"),
            ], inUse: false);
            db.Questionnaires.Add(questionnaire);
            await db.SaveChangesAsync();
            var (q1, q2) = (questionnaire.Questions.Single(q => q.Position == 1).Id, questionnaire.Questions.Single(q => q.Position == 2).Id);
            Domain.Feedback.SurveyResponse Response(int serviceId, DateOnly on, Dictionary<int, (int? Score, string? Text)> answers) =>
                new(OrganisationId, questionnaire, serviceId, null, on, Domain.Feedback.SurveyMethod.AnonymousBox, answers, managerId, AppFactory.DefaultNow);
            db.SurveyResponses.AddRange(
                Response(f.Skia, new DateOnly(2026, 6, 1), new() { [q1] = (5, null), [q2] = (4, null) }),
                Response(f.Skia, new DateOnly(2026, 7, 1), new() { [q1] = (3, null) }),
                Response(other, new DateOnly(2026, 7, 1), new() { [q1] = (1, null) }),
                Response(f.Skia, new DateOnly(2025, 7, 1), new() { [q1] = (1, null) }));
            return await db.SaveChangesAsync();
        });

        // Staff: Pēteris gave the consultations (section 5); Marta is short of supervision and training; Olga left in 2025.
        var (peteris, marta) = await WithDbAsync(async db =>
        {
            var psychologist = new Domain.Staff.StaffPosition("Psihologs", "2634 01", Domain.Staff.PositionCategory.Other, false);
            var social = new Domain.Staff.StaffPosition("Sociālais darbinieks", "2635 01", Domain.Staff.PositionCategory.SocialWorker, true);
            db.StaffPositions.AddRange(psychologist, social);
            await db.SaveChangesAsync();
            var p = new Domain.Staff.StaffMember(OrganisationId, new Domain.Staff.StaffDetails("Pēteris", "Kalniņš", specialistId, psychologist.Id, new DateOnly(2020, 1, 1), null, true, null));
            var m = new Domain.Staff.StaffMember(OrganisationId, new Domain.Staff.StaffDetails("Marta", "Kalniņa", workerId, social.Id, new DateOnly(2019, 9, 1), null, false, null));
            var o = new Domain.Staff.StaffMember(OrganisationId, new Domain.Staff.StaffDetails("Olga", "Šmite", null, social.Id, new DateOnly(2018, 1, 1), new DateOnly(2025, 6, 30), false, null));
            db.StaffMembers.AddRange(p, m, o);
            await db.SaveChangesAsync();
            p.AddEducation(Domain.Staff.EducationLevel.Master, "Latvijas Universitāte", "Psiholoģija", new DateOnly(2012, 6, 20));
            p.AddCertificate(Domain.Staff.CertificateKind.ChildRightsProtection, "Bērnu tiesību aizsardzība", "VBTAI", new DateOnly(2025, 3, 1), new DateOnly(2030, 3, 1));
            p.AddTraining(new DateOnly(2026, 4, 10), "Krīzes intervence", "RSU", 16);
            m.AddTraining(new DateOnly(2026, 5, 10), "Gadījuma vadīšana", null, 8);
            for (var month = 1; month <= 3; month++)
            {
                m.AddSupervision(new DateOnly(2026, month, 15), "Inga Saulīte", Domain.Staff.SupervisionForm.Group, 2);
            }

            await db.SaveChangesAsync();
            return (p.Id, m.Id);
        });

        // End-of-group evaluations: Anna attended 1 of 2 sessions, Jānis 1 of 2.
        await WithDbAsync(async db =>
        {
            foreach (var enrolment in await db.GroupEnrolments.Where(e => e.GroupId != null).ToListAsync())
            {
                db.GroupMemberEvaluations.Add(GroupMemberEvaluation.First(enrolment.GroupId!.Value, enrolment, null, 1, 2,
                    new GroupEvaluationContent(new DateOnly(2026, 9, 30), "Apguva sadarbības prasmes", "Turpināt individuālās konsultācijas"), by, AppFactory.DefaultNow));
            }

            return await db.SaveChangesAsync();
        });

        var auditor = await SignedInAsync(Roles.Auditor, "janis.liepins");
        var id = await StartAsync(manager, f.ContractId);
        var page = await GetDocumentAsync(auditor, $"/Reports/Annual/{id}");

        Assert.Equal("2", Cell(page, $"#group-evaluations tr[data-service='{f.Group}'] [data-col=members]"));
        Assert.Contains("2", Cell(page, $"#group-evaluations tr[data-service='{f.Group}'] td:last-child"), StringComparison.Ordinal);
        Assert.Equal("2", Cell(page, $"#satisfaction tr[data-service='{f.Skia}'] td:nth-child(2)"));
        Assert.Equal(4.0m.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("lv-LV")), Cell(page, $"#satisfaction tr[data-service='{f.Skia}'] td:nth-child(3)"));
        Assert.Single(page.QuerySelectorAll("#satisfaction tbody tr"));
        Assert.Equal("3", Cell(page, "#complaints a[data-figure='s4.complaints.received']"));
        Assert.Equal("1", Cell(page, "#complaints a[data-figure='s4.complaints.justified']"));
        Assert.Equal("1", Cell(page, "#complaints a[data-figure='s4.complaints.unjustified']"));
        Assert.Equal("1", Cell(page, "#complaints a[data-figure='s4.complaints.open']"));
        Assert.Equal("1", Cell(page, "#complaints a[data-figure='s4.complaints.withdrawn']"));
        Assert.Null(page.QuerySelector("#complaints a[data-figure='s4.complaints.partly']"));

        Assert.Equal([peteris.ToString(System.Globalization.CultureInfo.InvariantCulture)], page.QuerySelectorAll("#qualifications tbody tr").Select(r => r.GetAttribute("data-staff")!));
        Assert.Contains("Psiholoģija", Cell(page, "#qualifications tbody tr"), StringComparison.Ordinal);
        Assert.Contains("Bērnu tiesību aizsardzība", Cell(page, "#qualifications tbody tr"), StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("#development tbody tr").Length);
        Assert.Contains("3 / 10", Cell(page, $"#development tr[data-staff='{marta}'] [data-col=supervision]"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#development tr[data-staff='{marta}'] [data-shortfall=Supervision]"));
        Assert.NotNull(page.QuerySelector($"#development tr[data-staff='{marta}'] [data-shortfall=Training]"));
        Assert.Null(page.QuerySelector($"#development tr[data-staff='{peteris}'] [data-shortfall]"));
        Assert.Equal("1", Cell(page, "#development-totals a[data-figure='s6.short']"));

        // Each of these numbers opens its records: the complaints by number, the staff member by name.
        var complaints = await GetDocumentAsync(auditor, page.QuerySelector("#complaints a[data-figure='s4.complaints.received']")!.GetAttribute("href")!);
        Assert.Equal(3, complaints.QuerySelectorAll("#records tr[data-kind=complaint]").Length);
        Assert.Contains("SŪDZ-2026/", complaints.QuerySelector("#records")!.TextContent, StringComparison.Ordinal);
        var shortStaff = await GetDocumentAsync(auditor, page.QuerySelector("#development-totals a[data-figure='s6.short']")!.GetAttribute("href")!);
        Assert.Contains("Marta Kalniņa", shortStaff.QuerySelector("#records")!.TextContent, StringComparison.Ordinal);
        var evaluations = await GetDocumentAsync(auditor, page.QuerySelector("#group-evaluations a[data-figure]")!.GetAttribute("href")!);
        Assert.Equal(2, evaluations.QuerySelectorAll("#records tr[data-kind=group-evaluation]").Length);
        var responses = await GetDocumentAsync(auditor, page.QuerySelector("#satisfaction a[data-figure]")!.GetAttribute("href")!);
        Assert.Equal(2, responses.QuerySelectorAll("#records tr[data-kind=survey-response]").Length);

        // The PDF says the same.
        var bytes = await (await auditor.GetAsync(new Uri($"/Reports/Pdf/{id}", UriKind.Relative))).Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("REPORT_PDF_DIR") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            await File.WriteAllBytesAsync(Path.Combine(directory, "annual-full.pdf"), bytes);
        }
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Maģistra grāds: Psiholoģija,", text, StringComparison.Ordinal);
        Assert.Contains("Psihologs (2634 01)", text, StringComparison.Ordinal);
        Assert.Contains("Marta Kalniņa", text, StringComparison.Ordinal);
        Assert.Contains("supervīzijas:", text, StringComparison.Ordinal);
        Assert.Equal("Saņemtas 3", Line(pdf, "Saņemtas"));
        Assert.Equal("Nepamatotas 1", Line(pdf, "Nepamatotas"));
        Assert.StartsWith("Marta Kalniņa Sociālais 1 8 (24) 3 (10) 6", Line(pdf, "Marta"), StringComparison.Ordinal);
        Assert.Contains("Grupu dalībnieku noslēguma izvērtējumi", text, StringComparison.Ordinal);
        Assert.Contains("2 no 4", text, StringComparison.Ordinal);
    }

    /// <summary>The words on the same line of the page as the first word that is <paramref name="first"/>, left to right.</summary>
    private static string Line(PdfDocument pdf, string first)
    {
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().ToList();
            if (words.FirstOrDefault(w => w.Text == first) is { } anchor)
            {
                return string.Join(" ", words.Where(w => Math.Abs(w.BoundingBox.Bottom - anchor.BoundingBox.Bottom) < 1.5).OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
            }
        }

        return "(no " + first + ")";
    }

    private static string ReportVersion(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("#finalise-form input[name=version]")?.GetAttribute("value") ?? page.QuerySelector("#Texts_Version")?.GetAttribute("value") ?? "0";
}
