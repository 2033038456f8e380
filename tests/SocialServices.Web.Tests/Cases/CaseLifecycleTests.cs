using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Cases;

/// <summary>The case page and the life of a case: close, reopen, monitoring, archive and restore; audit of every read and change.</summary>
public sealed class CaseLifecycleTests(WebFixture fixture) : CaseTest(fixture)
{
    private async Task<HttpResponseMessage> CloseAsync(HttpClient client, int id, string closedOn, string reason, string summary, string monitoring = "")
    {
        // A case is closed after an evaluation that decides to close it (issue 5); these tests are about the close form itself.
        await Evaluations.CaseWorkTest.ClosingEvaluationAsync(Factory.Services, id, Factory.Clock.GetUtcNow());
        var page = await GetDocumentAsync(client, $"/Cases/Close/{id}");
        return await PostPairsAsync(client, $"/Cases/Close/{id}",
            Fields(("Input.Version", Version(page)), ("Input.ClosedOn", closedOn), ("Input.Reason", reason), ("Input.Summary", summary), ("Input.MonitoringOn", monitoring)), null, page);
    }

    [Fact]
    public async Task The_case_page_shows_header_team_history_and_timeline_and_every_view_is_audited()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var specialistId = (await CreateUserAsync("psihologe", Roles.Specialist)).Id;
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0007", new DateOnly(2026, 11, 2), specialistId);

        var page = await GetDocumentAsync(worker, $"/Cases/Details/{id}");
        await GetDocumentAsync(worker, $"/Cases/Details/{id}");

        Assert.Equal("2026/0007", page.QuerySelector("#case-number")!.TextContent);
        Assert.Equal("Atvērta", page.QuerySelector("#case-status")!.TextContent);
        var client = page.QuerySelector("#case-client")!;
        Assert.Equal("Jānis Bērziņš", client.TextContent);
        Assert.Equal($"/Clients/Details/{clientId}", client.GetAttribute("href"));
        Assert.Equal("02.11.2026", page.QuerySelector("#case-opened")!.TextContent);
        Assert.Equal("Skola", page.QuerySelector("#case-referral")!.TextContent);
        Assert.Equal("Tests ilze.ozola", page.QuerySelector("#case-worker")!.TextContent);
        Assert.Contains("Tests psihologe", page.QuerySelector("#case-team")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("#assignments tbody tr"));
        var timeline = page.QuerySelectorAll("#timeline li").Select(li => li.GetAttribute("data-kind")).ToList();
        Assert.Equal(["Opened", "TeamMemberAdded"], timeline.Order(StringComparer.Ordinal));
        Assert.NotNull(page.QuerySelector("#case-actions a[data-action=close]"));
        Assert.NotNull(page.QuerySelector("#case-actions a[data-action=reassign]"));

        var reads = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.CaseRead).ToListAsync());
        Assert.Equal(2, reads.Count);
        Assert.All(reads, r =>
        {
            Assert.Equal(clientId, r.ClientId);
            Assert.Equal(id, r.CaseFileId);
            Assert.Equal(workerId, r.ActorId);
        });
    }

    [Fact]
    public async Task Opening_a_change_form_is_an_audited_view_of_the_case_too()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001");

        await GetDocumentAsync(worker, $"/Cases/Close/{id}");
        await GetDocumentAsync(worker, $"/Cases/Team/{id}");

        var reads = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.CaseRead).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["page=close", "page=team"], reads.Select(r => r.Details));
        Assert.All(reads, r => Assert.Equal((clientId, id), (r.ClientId!.Value, r.CaseFileId!.Value)));
    }

    [Fact]
    public async Task The_timeline_lists_the_newest_entry_first()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001");
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await CloseAsync(worker, id, "2026-11-23", "Mērķi sasniegti", "Ģimene tiek galā pati");
        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await PostAsync(worker, $"/Cases/Reopen/{id}", Fields(("Input.Version", Version(await GetDocumentAsync(worker, $"/Cases/Reopen/{id}"))), ("Input.Reason", "Jauna krīze")));

        var page = await GetDocumentAsync(worker, $"/Cases/Details/{id}");

        Assert.Equal(["Reopened", "Closed", "Opened"], page.QuerySelectorAll("#timeline li").Select(li => li.GetAttribute("data-kind")));
        Assert.Contains("Jauna krīze", page.QuerySelector("#timeline li")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tests ilze.ozola", page.QuerySelector("#timeline li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_case_and_a_case_outside_the_scope_are_both_not_found()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (other, _) = await UserAsync(Roles.SocialWorker, "cits.darbinieks");
        var (outsider, _) = await UserAsync(Roles.Specialist, "svesais.specialists");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001");

        foreach (var page in new[] { "Details", "Close", "Reassign", "Team", "Archive" })
        {
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, $"/Cases/{page}/{id}"));
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, $"/Cases/{page}/999999"));
        }

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(outsider, $"/Cases/Details/{id}"));
        Assert.Equal(0, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.CaseRead)));
    }

    [Fact]
    public async Task Specialists_and_auditors_read_but_cannot_change_and_administrators_are_refused()
    {
        await SetUpOrganisationAsync();
        var workerId = (await CreateUserAsync("ilze.ozola", Roles.SocialWorker)).Id;
        var (specialist, specialistId) = await UserAsync(Roles.Specialist, "psihologe");
        var (auditor, _) = await UserAsync(Roles.Auditor, "auditors");
        var (admin, _) = await UserAsync(Roles.Administrator, "admins");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001", null, specialistId);

        foreach (var reader in new[] { specialist, auditor })
        {
            var page = await GetDocumentAsync(reader, $"/Cases/Details/{id}");
            Assert.Equal("2026/0001", page.QuerySelector("#case-number")!.TextContent);
            Assert.Null(page.QuerySelector("#case-actions"));
            foreach (var change in new[] { "Close", "Reopen", "Reassign", "Team", "Monitoring", "Archive" })
            {
                AssertAccessDenied(await reader.GetAsync(new Uri($"/Cases/{change}/{id}", UriKind.Relative)));
            }

            var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var post = await reader.PostAsync(new Uri($"/Cases/Close/{id}", UriKind.Relative), new FormUrlEncodedContent(
                Fields(("Input.Version", "0"), ("Input.ClosedOn", "2026-11-23"), ("Input.Reason", "x"), ("Input.Summary", "y"), ("__RequestVerificationToken", token))));
            AssertAccessDenied(post);
        }

        AssertAccessDenied(await admin.GetAsync(new Uri($"/Cases/Details/{id}", UriKind.Relative)));
        Assert.Equal(CaseStatus.Open, (await StoredCaseAsync(id)).Status);
    }

    [Fact]
    public async Task Closing_needs_a_reason_and_a_summary_and_keeps_the_dates_in_order()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001", new DateOnly(2026, 11, 13));

        var empty = await ParseAsync(await CloseAsync(worker, id, "2026-11-23", "", " "));
        Assert.Equal("Norādiet slēgšanas iemeslu.", FieldError(empty, "Input.Reason"));
        Assert.Equal("Uzrakstiet noslēguma izvērtējumu.", FieldError(empty, "Input.Summary"));

        var dates = await ParseAsync(await CloseAsync(worker, id, "2026-11-12", "Mērķi sasniegti", "Kopsavilkums", "2026-11-01"));
        Assert.Equal("Lietu nevar slēgt agrāk, nekā tā atvērta.", FieldError(dates, "Input.ClosedOn"));
        Assert.Equal("Uzraudzības datums nevar būt agrāks par slēgšanas datumu.", FieldError(dates, "Input.MonitoringOn"));

        var future = await ParseAsync(await CloseAsync(worker, id, "2026-11-30", "Mērķi sasniegti", "Kopsavilkums"));
        Assert.Equal("Datums nevar būt nākotnē.", FieldError(future, "Input.ClosedOn"));
        Assert.Equal(CaseStatus.Open, (await StoredCaseAsync(id)).Status);
    }

    [Fact]
    public async Task A_closed_case_shows_its_closure_and_can_be_reopened_with_a_reason()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001");

        var closed = await CloseAsync(worker, id, "2026-11-23", "Mērķi sasniegti", "Ģimene atguva stabilitāti.\nBērns apmeklē skolu.", "2027-02-01");
        Assert.Equal($"/Cases/Details/{id}", closed.Headers.Location!.OriginalString);

        var stored = await StoredCaseAsync(id);
        Assert.Equal(CaseStatus.Closed, stored.Status);
        Assert.Equal(new DateOnly(2026, 11, 23), stored.ClosedOn);
        Assert.Equal("Mērķi sasniegti", stored.ClosureReason);
        Assert.Equal(new DateOnly(2027, 2, 1), stored.MonitoringOn);
        var page = await GetDocumentAsync(worker, $"/Cases/Details/{id}");
        Assert.Equal("Slēgta", page.QuerySelector("#case-status")!.TextContent);
        Assert.Equal("23.11.2026", page.QuerySelector("#case-closed-on")!.TextContent);
        Assert.Equal("01.02.2027", page.QuerySelector("#case-monitoring")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#case-closing-summary br").Length + 1);
        Assert.NotNull(page.QuerySelector("#case-actions a[data-action=reopen]"));
        Assert.Null(page.QuerySelector("#case-actions a[data-action=close]"));

        var reopenPage = await GetDocumentAsync(worker, $"/Cases/Reopen/{id}");
        var missing = await ParseAsync(await PostPairsAsync(worker, $"/Cases/Reopen/{id}", Fields(("Input.Version", Version(reopenPage)), ("Input.Reason", "")), null, reopenPage));
        Assert.Equal("Norādiet atkārtotas atvēršanas iemeslu.", FieldError(missing, "Input.Reason"));

        var reopened = await PostPairsAsync(worker, $"/Cases/Reopen/{id}", Fields(("Input.Version", Version(reopenPage)), ("Input.Reason", "Ģimenē atkal krīze")), null, reopenPage);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        stored = await StoredCaseAsync(id);
        Assert.Equal(CaseStatus.Open, stored.Status);
        Assert.Null(stored.ClosedOn);
        Assert.Contains(stored.Events, e => e.Kind == CaseEventKind.Reopened && e.Text == "Ģimenē atkal krīze");
        Assert.Contains(stored.Events, e => e.Kind == CaseEventKind.Closed);

        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.CaseFileId == id && a.Action != AuditActions.CaseRead).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditActions.CaseClose, AuditActions.CaseReopen], audit.Select(a => a.Action));
        Assert.Equal("Mērķi sasniegti", audit[0].Reason);
        Assert.Equal("Ģimenē atkal krīze", audit[1].Reason);
        Assert.All(audit, a => Assert.Equal(clientId, a.ClientId));
    }

    [Fact]
    public async Task The_monitoring_date_of_a_closed_case_can_be_set_moved_and_cleared()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001");

        Assert.NotNull((await GetDocumentAsync(worker, $"/Cases/Monitoring/{id}")).QuerySelector("#not-possible"));
        await CloseAsync(worker, id, "2026-11-20", "Mērķi sasniegti", "Kopsavilkums");

        var form = await GetDocumentAsync(worker, $"/Cases/Monitoring/{id}");
        var early = await ParseAsync(await PostPairsAsync(worker, $"/Cases/Monitoring/{id}", Fields(("Input.Version", Version(form)), ("Input.MonitoringOn", "2026-11-19")), null, form));
        Assert.Equal("Uzraudzības datums nevar būt agrāks par slēgšanas datumu.", FieldError(early, "Input.MonitoringOn"));

        var set = await PostPairsAsync(worker, $"/Cases/Monitoring/{id}", Fields(("Input.Version", Version(form)), ("Input.MonitoringOn", "2027-01-15")), null, form);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(new DateOnly(2027, 1, 15), (await StoredCaseAsync(id)).MonitoringOn);

        form = await GetDocumentAsync(worker, $"/Cases/Monitoring/{id}");
        Assert.Equal("2027-01-15", form.QuerySelector("#Input_MonitoringOn")!.GetAttribute("value"));
        await PostPairsAsync(worker, $"/Cases/Monitoring/{id}", Fields(("Input.Version", Version(form)), ("Input.MonitoringOn", "")), null, form);
        Assert.Null((await StoredCaseAsync(id)).MonitoringOn);

        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.CaseMonitoring).OrderBy(a => a.Id).Select(a => a.Details).ToListAsync());
        Assert.Equal(["monitoring=2027-01-15", "monitoring=-"], audit);
    }

    [Fact]
    public async Task A_second_close_of_the_same_case_shows_the_stored_state_and_keeps_the_typed_text()
    {
        await SetUpOrganisationAsync();
        var (first, firstId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var clientId = await ClientAsync("Jānis", "Bērziņš", firstId);
        var id = await CaseAsync(clientId, firstId, "2026/0001");
        var otherWorker = (await CreateUserAsync("andris.kalns", Roles.SocialWorker)).Id;

        await Evaluations.CaseWorkTest.ClosingEvaluationAsync(Factory.Services, id, Factory.Clock.GetUtcNow());

        // Both open the close form; the manager first reassigns the case (another change to the same record).
        var staleForm = await GetDocumentAsync(manager, $"/Cases/Close/{id}");
        var reassignForm = await GetDocumentAsync(manager, $"/Cases/Reassign/{id}");
        await PostPairsAsync(manager, $"/Cases/Reassign/{id}", Fields(("Input.Version", Version(reassignForm)), ("Input.NewWorkerId", otherWorker), ("Input.Reason", "Atvaļinājums")), null, reassignForm);

        var conflict = await PostPairsAsync(manager, $"/Cases/Close/{id}",
            Fields(("Input.Version", Version(staleForm)), ("Input.ClosedOn", "2026-11-23"), ("Input.Reason", "Mērķi sasniegti"), ("Input.Summary", "Mans garais kopsavilkums")), null, staleForm);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await ParseAsync(conflict);
        Assert.NotNull(page.QuerySelector("#conflict"));
        Assert.Equal("Tests andris.kalns", page.QuerySelector("#case-worker")!.TextContent);
        Assert.Equal("Mans garais kopsavilkums", page.QuerySelector("#Input_Summary")!.TextContent.Trim());
        Assert.Equal("Mērķi sasniegti", page.QuerySelector("#Input_Reason")!.TextContent.Trim());
        Assert.NotEqual(Version(staleForm), Version(page));
        Assert.Equal(CaseStatus.Open, (await StoredCaseAsync(id)).Status);

        // Saving again from the conflict page is a deliberate decision and goes through.
        var again = await PostPairsAsync(manager, $"/Cases/Close/{id}",
            Fields(("Input.Version", Version(page)), ("Input.ClosedOn", "2026-11-23"), ("Input.Reason", "Mērķi sasniegti"), ("Input.Summary", "Mans garais kopsavilkums")), null, page);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(CaseStatus.Closed, (await StoredCaseAsync(id)).Status);
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.CaseClose)));
    }

    [Fact]
    public async Task A_change_made_after_the_form_was_opened_is_detected_even_when_only_the_team_changed()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001");
        var form = await GetDocumentAsync(worker, $"/Cases/Team/{id}");

        // Someone adds a team member directly in the database (only a child row and the case's version change).
        var specialistId = (await CreateUserAsync("psihologe", Roles.Specialist)).Id;
        await WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.Include(c => c.Team).SingleAsync(c => c.Id == id);
            caseFile.AddTeamMember(specialistId, null, new Actor(workerId, "Tests"), AppFactory.DefaultNow);
            db.Entry(caseFile).Property(c => c.Status).IsModified = true;
            return await db.SaveChangesAsync();
        });

        var stale = await PostPairsAsync(worker, $"/Cases/Team/{id}", Fields(("Input.Version", Version(form)), ("Input.UserId", specialistId), ("Input.Role", "psihologs")), "Add", form);

        var page = await ParseAsync(stale);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.NotNull(page.QuerySelector("#conflict"));
        Assert.Single((await StoredCaseAsync(id)).Team);
    }

    [Fact]
    public async Task Archiving_needs_a_reason_and_only_a_manager_restores()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001");

        var form = await GetDocumentAsync(worker, $"/Cases/Archive/{id}");
        var missing = await ParseAsync(await PostPairsAsync(worker, $"/Cases/Archive/{id}", Fields(("Input.Version", Version(form)), ("Input.Reason", "")), "Archive", form));
        Assert.Equal("Norādiet arhivēšanas iemeslu.", FieldError(missing, "Input.Reason"));
        var archived = await PostPairsAsync(worker, $"/Cases/Archive/{id}", Fields(("Input.Version", Version(form)), ("Input.Reason", "Atvērta kļūdas pēc")), "Archive", form);
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);

        var stored = await StoredCaseAsync(id);
        Assert.True(stored.IsArchived);
        Assert.Equal("Atvērta kļūdas pēc", stored.ArchiveReason);
        var details = await GetDocumentAsync(worker, $"/Cases/Details/{id}");
        Assert.NotNull(details.QuerySelector("#case-archived"));
        Assert.Null(details.QuerySelector("#case-actions a"));
        Assert.NotNull((await GetDocumentAsync(worker, $"/Cases/Close/{id}")).QuerySelector("#not-possible"));

        // The worker cannot restore, even by posting directly.
        var workerPage = await GetDocumentAsync(worker, $"/Cases/Archive/{id}");
        Assert.Null(workerPage.QuerySelector("button[formaction*=Restore], form[action*=Restore]"));
        AssertAccessDenied(await PostPairsAsync(worker, $"/Cases/Archive/{id}", Fields(("Input.Version", "0")), "Restore", workerPage));
        Assert.True((await StoredCaseAsync(id)).IsArchived);

        var managerPage = await GetDocumentAsync(manager, $"/Cases/Details/{id}");
        Assert.NotNull(managerPage.QuerySelector("#case-actions a[data-action=restore]"));
        var restoreForm = await GetDocumentAsync(manager, $"/Cases/Archive/{id}");
        var restored = await PostPairsAsync(manager, $"/Cases/Archive/{id}", Fields(("Input.Version", Version(restoreForm))), "Restore", restoreForm);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        stored = await StoredCaseAsync(id);
        Assert.False(stored.IsArchived);
        Assert.Equal([CaseEventKind.Opened, CaseEventKind.Archived, CaseEventKind.Restored], stored.Events.OrderBy(e => e.Id).Select(e => e.Kind));

        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.CaseArchive || a.Action == AuditActions.CaseRestore).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AuditActions.CaseArchive, AuditActions.CaseRestore], audit.Select(a => a.Action));
        Assert.Equal("Atvērta kļūdas pēc", audit[0].Reason);
        Assert.All(audit, a => Assert.Equal((clientId, id), (a.ClientId!.Value, a.CaseFileId!.Value)));
    }
}
