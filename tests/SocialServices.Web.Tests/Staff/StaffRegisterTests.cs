using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Staff;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Staff;

/// <summary>The staff register: records with conflict detection, entries and withdrawals, requirements on the page and the board, who may read what.</summary>
public sealed class StaffRegisterTests(WebFixture fixture) : StaffTest(fixture)
{
    [Fact]
    public async Task A_manager_adds_and_edits_a_staff_member_and_a_stale_form_shows_the_conflict_keeping_the_input()
    {
        await SetUpOrganisationAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var specialistId = (await CreateUserAsync("marta.kalnina", Roles.SocialWorker)).Id;
        var position = await PositionAsync();

        var created = await PostFormAsync(manager, "/Staff/Edit", new()
        {
            ["Input.FirstName"] = "Marta",
            ["Input.LastName"] = "Kalniņa",
            ["Input.PositionId"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.UserId"] = specialistId,
            ["Input.EmployedFrom"] = "2021-09-01",
            ["Input.WorksWithChildren"] = "true",
            ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await WithDbAsync(db => db.StaffMembers.Select(m => m.Id).SingleAsync());
        Assert.Equal($"/Staff/Details/{id}", created.Headers.Location!.ToString());

        var details = await GetDocumentAsync(manager, $"/Staff/Details/{id}");
        Assert.Equal("Marta Kalniņa", details.QuerySelector("#staff-name")!.TextContent);
        Assert.Contains("2635 01", details.QuerySelector("[data-field=position]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("01.09.2021", details.QuerySelector("[data-field=employment]")!.TextContent, StringComparison.Ordinal);

        // Two forms opened; the first is saved, the second posts the old version.
        var first = await GetDocumentAsync(manager, $"/Staff/Edit/{id}");
        var version = Value(first, "Input.Version");
        var fields = new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Marta",
            ["Input.LastName"] = "Kalniņa-Ozola",
            ["Input.PositionId"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.UserId"] = specialistId,
            ["Input.EmployedFrom"] = "2021-09-01",
            ["Input.WorksWithChildren"] = "true",
            ["Input.Version"] = version,
        };
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(manager, $"/Staff/Edit/{id}", fields)).StatusCode);

        var stale = await PostFormAsync(manager, $"/Staff/Edit/{id}", new Dictionary<string, string>(fields) { ["Input.LastName"] = "Kalniņa", ["Input.Note"] = "Mana piezīme" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await ParseAsync(stale);
        Assert.Contains("Kalniņa-Ozola", page.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mana piezīme", page.QuerySelector("textarea[name='Input.Note']")!.TextContent);
        Assert.Equal("Kalniņa-Ozola", await WithDbAsync(db => db.StaffMembers.Select(m => m.LastName).SingleAsync()));

        // The form now carries the stored version: saving again is a deliberate overwrite.
        var again = await PostPairsAsync(manager, $"/Staff/Edit/{id}", new Dictionary<string, string>(fields) { ["Input.LastName"] = "Kalniņa", ["Input.Version"] = Value(page, "Input.Version") }, null, page);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Kalniņa", await WithDbAsync(db => db.StaffMembers.Select(m => m.LastName).SingleAsync()));

        var audit = await AuditAsync("staff.");
        Assert.Contains(audit, a => a.Action == AuditActions.StaffCreate && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(audit, a => a.Action == AuditActions.StaffUpdate && a.Details == "changed: name");
        Assert.Contains(audit, a => a.Action == AuditActions.StaffRead);
        Assert.DoesNotContain(audit, a => a.Details != null && a.Details.Contains("Ozola", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_input_is_shown_next_to_the_fields_and_an_account_links_to_one_person_only()
    {
        await SetUpOrganisationAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var userId = (await CreateUserAsync("marta.kalnina", Roles.SocialWorker)).Id;
        var position = await PositionAsync();
        await StaffMemberAsync("Marta", "Kalniņa", position, userId);

        var response = await PostFormAsync(manager, "/Staff/Edit", new()
        {
            ["Input.FirstName"] = "Dace",
            ["Input.LastName"] = "",
            ["Input.PositionId"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.EmployedFrom"] = "2026-05-01",
            ["Input.EmployedUntil"] = "2026-04-30",
        });
        var page = await ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Norādiet uzvārdu.", FieldError(page, "Input.LastName"));
        Assert.Equal("Darba attiecības nevar beigties pirms to sākuma.", FieldError(page, "Input.EmployedUntil"));
        Assert.Equal("Dace", Value(page, "Input.FirstName"));

        // The account is already someone else's (posted directly, as a tampered form would).
        var taken = await ParseAsync(await PostFormAsync(manager, "/Staff/Edit", new()
        {
            ["Input.FirstName"] = "Dace",
            ["Input.LastName"] = "Lapiņa",
            ["Input.PositionId"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.UserId"] = userId,
            ["Input.EmployedFrom"] = "2026-05-01",
        }));
        Assert.Equal("Šis konts jau ir sasaistīts ar citu darbinieku.", FieldError(taken, "Input.UserId"));
        Assert.Equal(1, await WithDbAsync(db => db.StaffMembers.CountAsync()));
    }

    [Fact]
    public async Task Education_certificates_trainings_and_supervisions_are_added_and_a_withdrawn_one_no_longer_counts()
    {
        await SetUpOrganisationAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var id = await StaffMemberAsync("Marta", "Kalniņa", await PositionAsync(), children: true);

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(manager, $"/Staff/Entry/{id}/Education", new()
        {
            ["Input.Level"] = "ProfessionalMaster", ["Input.Who"] = "Latvijas Universitāte", ["Input.What"] = "Sociālais darbinieks", ["Input.Date"] = "2021-06-22",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(manager, $"/Staff/Entry/{id}/Certificate", new()
        {
            ["Input.CertificateKind"] = "ChildRightsProtection", ["Input.What"] = "Speciālās zināšanas bērnu tiesību aizsardzībā", ["Input.Who"] = "VBTAI", ["Input.Date"] = "2021-04-01", ["Input.ValidUntil"] = "2026-03-31",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(manager, $"/Staff/Entry/{id}/Training", new()
        {
            ["Input.What"] = "Darbs ar vardarbībā cietušiem bērniem", ["Input.Who"] = "Centrs „Dardedze”", ["Input.Date"] = "2026-04-15", ["Input.Hours"] = "12,5",
        })).StatusCode);
        for (var month = 1; month <= 6; month++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(manager, $"/Staff/Entry/{id}/Supervision", new()
            {
                ["Input.Who"] = "Inga Saulīte", ["Input.Form"] = "Group", ["Input.Date"] = $"2026-0{month}-12", ["Input.Hours"] = "2",
            })).StatusCode);
        }

        // Bad entries are refused next to the fields.
        var bad = await ParseAsync(await PostFormAsync(manager, $"/Staff/Entry/{id}/Training", new() { ["Input.What"] = "", ["Input.Date"] = "2026-04-15", ["Input.Hours"] = "0" }));
        Assert.Equal("Norādiet mācību tēmu.", FieldError(bad, "Input.What"));
        Assert.StartsWith("Norādiet stundas", FieldError(bad, "Input.Hours"), StringComparison.Ordinal);

        var details = await GetDocumentAsync(manager, $"/Staff/Details/{id}");
        Assert.Contains("Latvijas Universitāte", details.QuerySelector("#education")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("31.03.2026", details.QuerySelector("#certificates")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("6 / 10", details.QuerySelector("[data-field=supervision]")!.TextContent.Trim());
        Assert.Equal("12,5 / 24 h", details.QuerySelector("[data-field=training]")!.TextContent.Trim());
        var shortfalls = details.QuerySelector("#year-status")!;
        Assert.Contains("Supervīzijas: 6 no 10, trūkst 4", shortfalls.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mācības: 12,5 h no 24 h, trūkst 11,5 h", shortfalls.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bērnu tiesību aizsardzības apmācība beidzās 31.03.2026", shortfalls.TextContent, StringComparison.Ordinal);

        // Withdraw one supervision: a reason is required; then it stays, struck through, and no longer counts.
        var supervisionId = await WithDbAsync(db => db.StaffSupervisions.OrderBy(s => s.Date).Select(s => s.Id).FirstAsync());
        var url = $"/Staff/Withdraw/{id}/Supervision/{supervisionId}";
        var noReason = await ParseAsync(await PostFormAsync(manager, url, new() { ["Input.Reason"] = " " }));
        Assert.Equal("Norādiet, kāpēc ieraksts tiek atsaukts.", FieldError(noReason, "Input.Reason"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(manager, url, new() { ["Input.Reason"] = "Ievadīts kļūdaini: supervīzija nenotika" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);

        details = await GetDocumentAsync(manager, $"/Staff/Details/{id}");
        Assert.Equal("5 / 10", details.QuerySelector("[data-field=supervision]")!.TextContent.Trim());
        Assert.Contains("Ievadīts kļūdaini: supervīzija nenotika", details.QuerySelector("#supervisions")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, await WithDbAsync(db => db.StaffSupervisions.CountAsync()));

        var audit = await AuditAsync("staff.");
        Assert.Equal(9, audit.Count(a => a.Action == AuditActions.StaffEntryAdd));
        Assert.Contains(audit, a => a.Action == AuditActions.StaffEntryWithdraw && a.Details == $"Supervision {supervisionId}");
    }

    [Fact]
    public async Task The_managers_board_and_the_register_show_who_is_short_this_year_and_of_what()
    {
        await SetUpOrganisationAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var socialWorker = await PositionAsync();
        var psychologist = await PositionAsync("Psihologs", "2634 01", PositionCategory.Other, false);
        var marta = await StaffMemberAsync("Marta", "Kalniņa", socialWorker, children: true, entries: m =>
        {
            m.AddCertificate(CertificateKind.ChildRightsProtection, "BTA", null, D(4, 1, 2021), D(3, 31));
            m.AddTraining(D(4, 15), "Darbs ar bērniem", null, 24);
            for (var i = 1; i <= 6; i++)
            {
                m.AddSupervision(D(i, 12), "Inga Saulīte", SupervisionForm.Group, 2);
            }

            // Last year's sessions do not count this year.
            for (var i = 1; i <= 10; i++)
            {
                m.AddSupervision(D(i, 12, 2025), "Inga Saulīte", SupervisionForm.Group, 2);
            }
        });
        var peteris = await StaffMemberAsync("Pēteris", "Kalniņš", psychologist, children: true, entries: m =>
            m.AddCertificate(CertificateKind.ChildRightsProtection, "BTA", null, D(2, 10, 2023), D(2, 9, 2028)));
        var left = await StaffMemberAsync("Anita", "Vecā", socialWorker, from: D(1, 1, 2015));
        await WithDbAsync(async db =>
        {
            var m = await db.StaffMembers.SingleAsync(s => s.Id == left);
            m.Change(new StaffDetails("Anita", "Vecā", null, socialWorker, D(1, 1, 2015), D(12, 31, 2025), false, null));
            return await db.SaveChangesAsync();
        });

        var home = await GetDocumentAsync(manager, "/");
        var board = home.QuerySelector("#staff-shortfalls")!;
        var row = board.QuerySelector($"tr[data-staff='{marta}']")!;
        Assert.Contains("Marta Kalniņa", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Supervīzijas: 6 no 10, trūkst 4", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bērnu tiesību aizsardzības apmācība beidzās 31.03.2026", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Mācības", row.TextContent, StringComparison.Ordinal);
        Assert.Null(board.QuerySelector($"tr[data-staff='{peteris}']"));
        Assert.Null(board.QuerySelector($"tr[data-staff='{left}']"));

        var register = await GetDocumentAsync(manager, "/Staff?short=true");
        Assert.Single(register.QuerySelectorAll("#staff-table tbody tr"));
        Assert.Contains("1", register.QuerySelector("#short-count")!.TextContent, StringComparison.Ordinal);
        var all = await GetDocumentAsync(manager, "/Staff");
        Assert.Equal(2, all.QuerySelectorAll("#staff-table tbody tr").Length);
        Assert.Equal("6 / 10", all.QuerySelector($"tr[data-staff='{marta}'] td[data-col=supervision]")!.TextContent.Trim());

        // Last year Marta met the supervision requirement and her training was valid.
        var lastYear = await GetDocumentAsync(manager, "/Staff?year=2025");
        Assert.Equal("10 / 10", lastYear.QuerySelector($"tr[data-staff='{marta}'] td[data-col=supervision]")!.TextContent.Trim());
        Assert.DoesNotContain("beidzās", lastYear.QuerySelector($"tr[data-staff='{marta}']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(lastYear.QuerySelector($"tr[data-staff='{left}']"));

        Assert.Contains(await AuditAsync("staff."), a => a.Action == AuditActions.StaffList);
    }

    [Fact]
    public async Task A_person_reads_their_own_record_only_and_an_auditor_reads_without_changing()
    {
        await SetUpOrganisationAsync();
        var (specialist, specialistId) = await UserAsync(Roles.Specialist, "peteris.kalnins");
        var (auditor, _) = await UserAsync(Roles.Auditor, "janis.liepins");
        var position = await PositionAsync();
        var own = await StaffMemberAsync("Pēteris", "Kalniņš", position, specialistId);
        var other = await StaffMemberAsync("Marta", "Kalniņa", position);

        var page = await GetDocumentAsync(specialist, $"/Staff/Details/{own}");
        Assert.Equal("Pēteris Kalniņš", page.QuerySelector("#staff-name")!.TextContent);
        Assert.Null(page.QuerySelector("a[href^='/Staff/Edit']"));
        Assert.Equal(HttpStatusCode.NotFound, (await specialist.GetAsync(new Uri($"/Staff/Details/{other}", UriKind.Relative))).StatusCode);
        Assert.NotNull(await specialist.GetAsync(new Uri("/Staff", UriKind.Relative)) is { StatusCode: HttpStatusCode.Redirect } r && r.Headers.Location!.ToString().Contains("AccessDenied", StringComparison.Ordinal) ? r : null);

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(new Uri($"/Staff/Details/{other}", UriKind.Relative))).StatusCode);
        var edit = await auditor.GetAsync(new Uri($"/Staff/Edit/{other}", UriKind.Relative));
        Assert.Contains("AccessDenied", edit.Headers.Location!.ToString(), StringComparison.Ordinal);
        var positions = await GetDocumentAsync(auditor, "/Staff/Positions");
        Assert.Null(positions.QuerySelector("form[method=post] input[name='Input.Name']"));
    }

    [Fact]
    public async Task Positions_are_added_with_a_classifier_code_and_retired_not_deleted()
    {
        await SetUpOrganisationAsync();
        var (admin, _) = await UserAsync(Roles.Administrator, "anna.jansone");

        var bad = await ParseAsync(await PostFormAsync(admin, "/Staff/Positions", new() { ["Input.Name"] = "Ergoterapeits", ["Input.ProfessionCode"] = "22-69", ["Input.Category"] = "Other" }));
        Assert.Equal("Kodam jābūt četriem vai sešiem cipariem, piemēram, 2635 01.", FieldError(bad, "Input.ProfessionCode"));

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(admin, "/Staff/Positions", new() { ["Input.Name"] = "Ergoterapeits", ["Input.ProfessionCode"] = "226901", ["Input.Category"] = "Other" })).StatusCode);
        var position = await WithDbAsync(db => db.StaffPositions.SingleAsync());
        Assert.Equal("2269 01", position.ProfessionCode);

        var duplicate = await ParseAsync(await PostFormAsync(admin, "/Staff/Positions", new() { ["Input.Name"] = "Ergoterapeits", ["Input.ProfessionCode"] = "2269", ["Input.Category"] = "Other" }));
        Assert.Equal("Amats ar šādu nosaukumu jau ir sarakstā.", FieldError(duplicate, "Input.Name"));

        var page = await GetDocumentAsync(admin, "/Staff/Positions");
        var retire = await PostPairsAsync(admin, $"/Staff/Positions?id={position.Id}&active=false", [], "Active", page);
        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.False(await WithDbAsync(db => db.StaffPositions.Select(p => p.IsActive).SingleAsync()));
        Assert.Contains(await AuditAsync("staff."), a => a.Action == AuditActions.StaffPositionChange && a.Details == "retired");
    }
}
