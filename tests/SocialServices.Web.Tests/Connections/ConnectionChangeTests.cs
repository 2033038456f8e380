using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Connections;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Connections;

/// <summary>Outside connections are added, changed and ended (never deleted), with the audit log and the case timeline.</summary>
public sealed class ConnectionChangeTests(WebFixture fixture) : ConnectionTest(fixture)
{
    [Fact]
    public async Task A_worker_records_a_connection_which_is_audited_put_in_the_open_case_s_timeline_and_drawn()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var clientId = await ClientAsync("Inese", "Bērziņa", workerId);
        var caseId = await CaseAsync(clientId, workerId, "2026/0001");

        var response = await AddConnectionAsync(worker, clientId, "OrphansCourt", "Jelgavas bāriņtiesa", "Stressful", "FromClient", "2026-06-01", "Pārbaude pēc skolas ziņojuma");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Connections/Client/" + clientId, response.Headers.Location!.OriginalString);
        var stored = await WithDbAsync(db => db.OutsideConnections.SingleAsync());
        Assert.Equal((clientId, ConnectionKind.OrphansCourt, ConnectionStrength.Stressful, SupportDirection.FromClient), (stored.ClientId, stored.Kind, stored.Strength, stored.Direction));
        Assert.Equal(new DateOnly(2026, 6, 1), stored.StartedOn);
        Assert.Equal("Pārbaude pēc skolas ziņojuma", stored.Notes);
        Assert.Equal(workerId, stored.CreatedById);

        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ConnectionChange));
        Assert.Equal((clientId, workerId), (audit.ClientId!.Value, audit.ActorId));
        Assert.Contains("added", audit.Details, StringComparison.Ordinal);
        Assert.Contains("strength=Stressful", audit.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("bāriņtiesa", audit.Details, StringComparison.Ordinal);

        var entry = (await StoredCaseAsync(caseId)).Events.Single(e => e.Kind == CaseEventKind.ConnectionRecorded);
        Assert.Equal("Reģistrēta jauna saikne — Bāriņtiesa: Jelgavas bāriņtiesa; saikne saspringta vai konfliktējoša, saņem atbalstu no klienta", entry.Text);
        var casePage = await GetDocumentAsync(worker, "/Cases/Details/" + caseId);
        Assert.Contains("Jelgavas bāriņtiesa", casePage.QuerySelector("#timeline li[data-kind=ConnectionRecorded]")!.TextContent, StringComparison.Ordinal);

        var page = await DiagramsAsync(worker, clientId);
        var row = page.QuerySelector("#connections tr.connection")!;
        Assert.Contains("Jelgavas bāriņtiesa", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Saspringta vai konfliktējoša", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("01.06.2026", row.TextContent, StringComparison.Ordinal);
        var line = page.QuerySelector($"svg#ecomap .ecomap-line[data-connection='{stored.Id}']")!;
        Assert.Contains("strength-stressful", Classes(line), StringComparison.Ordinal);
        Assert.Equal("polyline", line.LocalName);
    }

    [Fact]
    public async Task A_connection_recorded_in_English_still_writes_the_timeline_in_Latvian()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var clientId = await ClientAsync("Inese", "Bērziņa", workerId);
        var caseId = await CaseAsync(clientId, workerId, "2026/0001");

        var response = await PostAsync(worker, $"/Connections/Add/{clientId}?culture=en-GB", Fields(
            ("Input.Kind", "School"), ("Input.Name", "Jelgavas 4. sākumskola"), ("Input.Strength", "Moderate"), ("Input.Direction", "Mutual")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var entry = (await StoredCaseAsync(caseId)).Events.Single(e => e.Kind == CaseEventKind.ConnectionRecorded);
        Assert.Equal("Reģistrēta jauna saikne — Skola: Jelgavas 4. sākumskola; saikne vidēja, abpusējs atbalsts", entry.Text);
        var page = await GetDocumentAsync(worker, $"/Connections/Client/{clientId}?culture=en-GB");
        Assert.Contains("Mutual support", page.QuerySelector("#connections tr.connection")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_open_case_the_connection_is_saved_with_no_timeline_entry()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var clientId = await ClientAsync("Inese", "Bērziņa", workerId);

        var response = await AddConnectionAsync(worker, clientId, "Employer", "SIA „Zemgales maiznīca”", "Weak", "Mutual");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await WithDbAsync(db => db.OutsideConnections.CountAsync()));
        Assert.Equal(0, await WithDbAsync(db => db.CaseEvents.CountAsync()));
    }

    [Fact]
    public async Task Missing_and_bad_values_are_shown_next_to_their_fields_and_the_input_is_kept()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var clientId = await ClientAsync("Inese", "Bērziņa", workerId);

        var response = await PostAsync(worker, "/Connections/Add/" + clientId, Fields(
            ("Input.Kind", "Spaceship"), ("Input.Name", "Kaimiņiene Anna"), ("Input.Direction", "Mutual"), ("Input.StartedOn", "2027-01-01"), ("Input.Notes", "Palīdz\u0007")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("Nederīga vērtība.", FieldError(page, "Input.Kind"));
        Assert.Equal("Izvēlieties saiknes stiprumu.", FieldError(page, "Input.Strength"));
        Assert.Equal("Datums nevar būt nākotnē vai pirms 1900. gada.", FieldError(page, "Input.StartedOn"));
        Assert.False(string.IsNullOrEmpty(FieldError(page, "Input.Notes")));
        Assert.Equal("Kaimiņiene Anna", page.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("input[name='Input.Direction'][value='Mutual'][checked]"));

        var empty = await ParseAsync(await PostAsync(worker, "/Connections/Add/" + clientId, Fields(("Input.Name", "  "))));
        Assert.Equal("Izvēlieties saiknes veidu.", FieldError(empty, "Input.Kind"));
        Assert.Equal("Norādiet nosaukumu vai personu.", FieldError(empty, "Input.Name"));
        Assert.Equal("Izvēlieties atbalsta virzienu.", FieldError(empty, "Input.Direction"));
        Assert.Equal(0, await WithDbAsync(db => db.OutsideConnections.CountAsync()));
    }

    [Fact]
    public async Task A_change_of_strength_is_saved_audited_and_put_in_the_timeline_with_what_it_was()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var clientId = await ClientAsync("Inese", "Bērziņa", workerId);
        var caseId = await CaseAsync(clientId, workerId, "2026/0001");
        await AddConnectionAsync(worker, clientId, "School", "Jelgavas 4. sākumskola", "Weak", "Mutual");
        var id = await ConnectionIdAsync("Jelgavas 4. sākumskola");

        var form = await GetDocumentAsync(worker, "/Connections/Edit/" + id);
        Assert.Equal("Jelgavas 4. sākumskola", form.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input[name='Input.Strength'][value='Weak'][checked]"));
        var response = await PostPairsAsync(worker, "/Connections/Edit/" + id, Fields(
            ("Input.Version", Version(form)), ("Input.Kind", "School"), ("Input.Name", "Jelgavas 4. sākumskola"), ("Input.Strength", "Strong"),
            ("Input.Direction", "ToClient"), ("Input.Notes", "Jauna klases audzinātāja")), null, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await WithDbAsync(db => db.OutsideConnections.SingleAsync());
        Assert.Equal((ConnectionStrength.Strong, SupportDirection.ToClient, "Jauna klases audzinātāja"), (stored.Strength, stored.Direction, stored.Notes));
        Assert.Equal(workerId, stored.ChangedById);
        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ConnectionChange).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.Contains("strength=Weak->Strong", audit[1].Details, StringComparison.Ordinal);
        Assert.Contains("direction=Mutual->ToClient", audit[1].Details, StringComparison.Ordinal);
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.GenogramRead && a.ClientId == clientId && a.Details!.Contains("connection-edit"))));
        var changed = (await StoredCaseAsync(caseId)).Events.Where(e => e.Kind == CaseEventKind.ConnectionRecorded).OrderBy(e => e.Id).Last();
        Assert.Equal("Mainīta saikne — Skola: Jelgavas 4. sākumskola; saikne stipra, sniedz atbalstu klientam (iepriekš: vāja, abpusējs atbalsts)", changed.Text);

        // Saving the same values again changes nothing and writes nothing.
        var again = await GetDocumentAsync(worker, "/Connections/Edit/" + id);
        var same = await PostPairsAsync(worker, "/Connections/Edit/" + id, Fields(
            ("Input.Version", Version(again)), ("Input.Kind", "School"), ("Input.Name", "Jelgavas 4. sākumskola"), ("Input.Strength", "Strong"),
            ("Input.Direction", "ToClient"), ("Input.Notes", "Jauna klases audzinātāja")), null, again);
        Assert.Equal(HttpStatusCode.Redirect, same.StatusCode);
        Assert.Equal(2, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ConnectionChange)));
    }

    [Fact]
    public async Task A_concurrent_change_shows_what_is_stored_beside_what_was_typed_and_the_next_save_is_deliberate()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var clientId = await ClientAsync("Inese", "Bērziņa", workerId);
        await AddConnectionAsync(worker, clientId, "FamilyDoctor", "Dr. Ozoliņa", "Moderate", "ToClient");
        var id = await ConnectionIdAsync("Dr. Ozoliņa");
        var url = "/Connections/Edit/" + id;
        var workerForm = await GetDocumentAsync(worker, url);
        var managerForm = await GetDocumentAsync(manager, url);

        var first = await PostPairsAsync(manager, url, Fields(("Input.Version", Version(managerForm)), ("Input.Kind", "FamilyDoctor"), ("Input.Name", "Dr. Ozoliņa"),
            ("Input.Strength", "Weak"), ("Input.Direction", "ToClient")), null, managerForm);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await PostPairsAsync(worker, url, Fields(("Input.Version", Version(workerForm)), ("Input.Kind", "FamilyDoctor"), ("Input.Name", "Dr. Ozoliņa"),
            ("Input.Strength", "Strong"), ("Input.Direction", "ToClient"), ("Input.Notes", "Regulāras vizītes")), null, workerForm);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await ParseAsync(second);
        var conflict = page.QuerySelector("#conflict")!;
        Assert.Contains("Vāja", conflict.QuerySelector(".conflict-stored")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Stipra", conflict.QuerySelector(".conflict-yours")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[name='Input.Strength'][value='Strong'][checked]"));
        Assert.Equal("Regulāras vizītes", page.QuerySelector("textarea[name='Input.Notes']")!.TextContent.Trim());
        Assert.Equal(ConnectionStrength.Weak, await WithDbAsync(db => db.OutsideConnections.Select(c => c.Strength).SingleAsync()));
        Assert.Equal(2, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ConnectionChange)));

        // The form now carries the stored version: saving again is a deliberate overwrite.
        var third = await PostPairsAsync(worker, url, Fields(("Input.Version", Version(page)), ("Input.Kind", "FamilyDoctor"), ("Input.Name", "Dr. Ozoliņa"),
            ("Input.Strength", "Strong"), ("Input.Direction", "ToClient"), ("Input.Notes", "Regulāras vizītes")), null, page);
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        Assert.Equal(ConnectionStrength.Strong, await WithDbAsync(db => db.OutsideConnections.Select(c => c.Strength).SingleAsync()));
    }

    [Fact]
    public async Task An_ended_connection_is_kept_and_listed_but_no_longer_drawn_or_changed()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var clientId = await ClientAsync("Inese", "Bērziņa", workerId);
        var caseId = await CaseAsync(clientId, workerId, "2026/0001");
        await AddConnectionAsync(worker, clientId, "Police", "Jelgavas iecirknis", "Stressful", "FromClient", "2026-03-01");
        var id = await ConnectionIdAsync("Jelgavas iecirknis");
        var url = "/Connections/End/" + id;
        var form = await GetDocumentAsync(worker, url);
        Assert.Equal("2026-11-23", form.QuerySelector("input[name='Input.EndedOn']")!.GetAttribute("value"));

        var early = await PostPairsAsync(worker, url, Fields(("Input.Version", Version(form)), ("Input.EndedOn", "2026-02-01")), null, form);
        Assert.Equal("Saikne nevar beigties, pirms tā sākusies.", FieldError(await ParseAsync(early), "Input.EndedOn"));
        var future = await PostPairsAsync(worker, url, Fields(("Input.Version", Version(form)), ("Input.EndedOn", "2026-12-01")), null, form);
        Assert.Equal("Datums nevar būt nākotnē.", FieldError(await ParseAsync(future), "Input.EndedOn"));

        var ended = await PostPairsAsync(worker, url, Fields(("Input.Version", Version(form)), ("Input.EndedOn", "2026-11-20"), ("Input.Reason", "Situācija atrisināta")), null, form);

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var stored = await WithDbAsync(db => db.OutsideConnections.SingleAsync());
        Assert.Equal((new DateOnly(2026, 11, 20), "Situācija atrisināta"), (stored.EndedOn!.Value, stored.EndReason));
        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ConnectionChange).OrderBy(a => a.Id).ToListAsync());
        Assert.Contains("ended=2026-11-20", audit[^1].Details, StringComparison.Ordinal);
        Assert.Equal("Situācija atrisināta", audit[^1].Reason);
        var last = (await StoredCaseAsync(caseId)).Events.Where(e => e.Kind == CaseEventKind.ConnectionRecorded).OrderBy(e => e.Id).Last();
        Assert.Equal("Saikne beigusies — Policija: Jelgavas iecirknis; beigu datums 20.11.2026. Iemesls: Situācija atrisināta", last.Text);

        var page = await DiagramsAsync(worker, clientId);
        Assert.Empty(All(page, "#connections tr.connection"));
        Assert.Contains("Jelgavas iecirknis", page.QuerySelector("#ended-connections")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("01.03.2026 – 20.11.2026", page.QuerySelector("#ended-connections")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(All(page, "svg#ecomap .ecomap-line"));

        // Ended is final: the edit and end forms say so, and a post changes nothing.
        var edit = await GetDocumentAsync(worker, "/Connections/Edit/" + id);
        Assert.NotNull(edit.QuerySelector("#not-possible"));
        Assert.Null(edit.QuerySelector("main form"));
        Assert.NotNull((await GetDocumentAsync(worker, url)).QuerySelector("#not-possible"));
        var count = await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ConnectionChange));
        var repost = await PostPairsAsync(worker, url, Fields(("Input.Version", Version(form)), ("Input.EndedOn", "2026-11-21")), null, form);
        Assert.Equal(HttpStatusCode.OK, repost.StatusCode);
        Assert.Equal(count, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ConnectionChange)));
        Assert.Equal(new DateOnly(2026, 11, 20), await WithDbAsync(db => db.OutsideConnections.Select(c => c.EndedOn!.Value).SingleAsync()));
    }

    [Fact]
    public async Task Ending_a_connection_someone_changed_meanwhile_asks_to_look_again()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var clientId = await ClientAsync("Inese", "Bērziņa", workerId);
        await AddConnectionAsync(worker, clientId, "Ngo", "Biedrība „Tēvi”", "Strong", "Mutual");
        var id = await ConnectionIdAsync("Biedrība „Tēvi”");
        var endForm = await GetDocumentAsync(worker, "/Connections/End/" + id);
        var editForm = await GetDocumentAsync(worker, "/Connections/Edit/" + id);
        await PostPairsAsync(worker, "/Connections/Edit/" + id, Fields(("Input.Version", Version(editForm)), ("Input.Kind", "Ngo"), ("Input.Name", "Biedrība „Tēvi”"),
            ("Input.Strength", "Moderate"), ("Input.Direction", "Mutual")), null, editForm);

        var response = await PostPairsAsync(worker, "/Connections/End/" + id, Fields(("Input.Version", Version(endForm)), ("Input.EndedOn", "2026-11-23"), ("Input.Reason", "Grupa beidzās")), null, endForm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#conflict"));
        Assert.Contains("Vidēja", page.QuerySelector("#connection-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Grupa beidzās", page.QuerySelector("textarea[name='Input.Reason']")!.TextContent.Trim());
        Assert.Null(await WithDbAsync(db => db.OutsideConnections.Select(c => c.EndedOn).SingleAsync()));
        Assert.NotEqual(Version(endForm), Version(page));
    }
}
