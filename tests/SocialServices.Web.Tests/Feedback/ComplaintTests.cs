using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Feedback;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Feedback;

/// <summary>The complaints register: registering (numbered, with the deadline), handling, closing, withdrawing, the board, audit and roles.</summary>
public sealed class ComplaintTests(WebFixture fixture) : FeedbackTest(fixture)
{
    /// <summary>The registration form; the extra pairs replace the defaults of the same name.</summary>
    private static List<KeyValuePair<string, string>> Registration(int? clientId, string from = "Client", string channel = "Paper", string? name = null, params (string Key, string Value)[] more)
    {
        (string Key, string Value)[] defaults =
        [
            ("Input.ReceivedOn", "2026-11-20"), ("Input.From", from), ("Input.ClientId", clientId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            ("Input.ComplainantName", name ?? ""), ("Input.Channel", channel), ("Input.Subject", "Grupas nodarbība atcelta bez brīdinājuma; aukle bija jāmaksā velti."),
            ("Input.StaffText", "Grupas vadītāja"),
        ];
        return Fields([.. defaults.Where(d => more.All(m => m.Key != d.Key)), .. more]);
    }

    private static List<KeyValuePair<string, string>> Handling(string version, string? answer = "Atvainojamies, turpmāk paziņosim laikus.", string? answeredOn = "2026-11-23", string verdict = "PartlyJustified") =>
        Fields(("Input.Version", version), ("Input.Investigation", "Pārrunāts ar grupas vadītāju; pārbaudīts nodarbību grafiks."), ("Input.Verdict", verdict),
            ("Input.Answer", answer ?? ""), ("Input.AnsweredOn", answeredOn ?? ""), ("Input.ActionTaken", "Ieviesta SMS atgādne par izmaiņām grafikā."));

    private static int ComplaintIdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Contains("/Feedback/Complaints/Details/", location, StringComparison.Ordinal);
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_manager_registers_a_complaint_numbered_for_the_year_with_a_one_month_deadline_and_both_steps_are_audited()
    {
        await SetUpOrganisationAsync();
        var services = await ServicesAsync();
        var (manager, managerId) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var (_, workerId) = await UserAsync(Roles.SocialWorker, "sandra.ozolina");
        var clientId = await ClientAsync("Dace", "Krūmiņa", workerId);
        await ComplaintAsync(new DateOnly(2026, 3, 2), managerId);

        var response = await PostAsync(manager, "/Feedback/Complaints/Create",
            Registration(clientId, more: [("Input.ServiceId", services["6.1.3"].ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.StaffIds", workerId)]));

        var id = ComplaintIdFrom(response);
        var stored = await StoredComplaintAsync(id);
        Assert.Equal("SŪDZ-2026/0002", stored.Number);
        Assert.Equal(new DateOnly(2026, 12, 20), stored.DueOn);
        Assert.Equal((ComplainantKind.Client, clientId, ComplaintChannel.Paper, ComplaintStatus.Open), (stored.From, stored.ClientId, stored.Channel, stored.Status));
        Assert.Equal([workerId], stored.StaffIds);
        Assert.Equal(services["6.1.3"], stored.ServiceId);

        var page = await GetDocumentAsync(manager, $"/Feedback/Complaints/Details/{id}");
        Assert.Equal("Atvērta, termiņš 20.12.2026", page.QuerySelector("#status [data-status]")!.TextContent.Trim());
        Assert.Contains("Dace Krūmiņa", page.QuerySelector("[data-field=from]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tests sandra.ozolina, Grupas vadītāja", page.QuerySelector("[data-field=staff]")!.TextContent, StringComparison.Ordinal);
        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("complaint.")).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal([AuditActions.ComplaintRegister, AuditActions.ComplaintRead], audit.Select(a => a.Action).Where(a => a != AuditActions.ComplaintList));
        Assert.All(audit.Where(a => a.Action != AuditActions.ComplaintList), a => Assert.Equal((managerId, clientId), (a.ActorId, a.ClientId!.Value)));
        Assert.Contains("complaint=SŪDZ-2026/0002", audit[0].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_deadline_of_a_complaint_received_on_31_January_is_the_end_of_February()
    {
        await SetUpOrganisationAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "ilze.berzina");

        var response = await PostAsync(manager, "/Feedback/Complaints/Create", Registration(null, "Anonymous", "Phone", more: [("Input.ReceivedOn", "2026-01-31")]));

        var stored = await StoredComplaintAsync(ComplaintIdFrom(response));
        Assert.Equal(new DateOnly(2026, 2, 28), stored.DueOn);
        Assert.Null(stored.ClientId);
        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ComplaintRegister));
        Assert.Null(audit.ClientId);
        Assert.Equal(("complaint", "SŪDZ-2026/0001"), (audit.EntityType, audit.EntityId));
    }

    [Fact]
    public async Task Registration_mistakes_are_shown_next_to_the_fields_and_the_input_is_kept()
    {
        await SetUpOrganisationAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "ilze.berzina");

        var response = await PostAsync(manager, "/Feedback/Complaints/Create",
            Registration(null, "Representative", "", null, ("Input.ReceivedOn", "2026-11-24"), ("Input.Subject", "Par grupu")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("Datums nevar būt nākotnē.", FieldError(page, "Input.ReceivedOn"));
        Assert.Equal("Norādiet iesniedzēja vārdu un uzvārdu.", FieldError(page, "Input.ComplainantName"));
        Assert.Equal("Norādiet, kā sūdzība saņemta.", FieldError(page, "Input.Channel"));
        Assert.Equal("Par grupu", page.QuerySelector("#Input_Subject")!.TextContent.Trim());
        Assert.Equal(0, await WithDbAsync(db => db.Complaints.CountAsync()));

        var anonymous = await PostAsync(manager, "/Feedback/Complaints/Create", Registration(null, "Client"));
        Assert.Equal("Izvēlieties klientu, no kura saņemta sūdzība.", FieldError(await ParseAsync(anonymous), "Input.ClientId"));
    }

    [Fact]
    public async Task Closing_without_an_answer_is_refused_next_to_the_fields_and_a_full_answer_closes_the_complaint()
    {
        await SetUpOrganisationAsync();
        var (manager, managerId) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var id = await ComplaintAsync(new DateOnly(2026, 11, 2), managerId);
        var url = $"/Feedback/Complaints/Handle/{id}";

        var form = await GetDocumentAsync(manager, url);
        var refused = await PostPairsAsync(manager, url, Handling(Version(form), answer: null, answeredOn: null, verdict: ""), "Close", form);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await ParseAsync(refused);
        Assert.Equal("Lai slēgtu sūdzību, ierakstiet sniegto atbildi.", FieldError(page, "Input.Answer"));
        Assert.Equal("Lai slēgtu sūdzību, norādiet atbildes datumu.", FieldError(page, "Input.AnsweredOn"));
        Assert.Equal("Lai slēgtu sūdzību, norādiet, vai tā ir pamatota.", FieldError(page, "Input.Verdict"));
        Assert.Contains("Pārrunāts ar grupas vadītāju", page.QuerySelector("#Input_Investigation")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Open, (await StoredComplaintAsync(id)).Status);

        var early = await PostPairsAsync(manager, url, Handling(Version(form), answeredOn: "2026-11-01"), "Close", form);
        Assert.Equal("Atbilde nevar būt sniegta pirms sūdzības saņemšanas (02.11.2026).", FieldError(await ParseAsync(early), "Input.AnsweredOn"));
        var future = await PostPairsAsync(manager, url, Handling(Version(form), answeredOn: "2026-11-24"), null, form);
        Assert.Equal("Datums nevar būt nākotnē.", FieldError(await ParseAsync(future), "Input.AnsweredOn"));

        // Saving without closing keeps what there is; closing then needs it all.
        var saved = await PostPairsAsync(manager, url, Handling(Version(form), answer: null, answeredOn: null), null, form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var partly = await StoredComplaintAsync(id);
        Assert.Equal((ComplaintStatus.Open, ComplaintVerdict.PartlyJustified, (string?)null), (partly.Status, partly.Verdict, partly.Answer));

        form = await GetDocumentAsync(manager, url);
        var closed = await PostPairsAsync(manager, url, Handling(Version(form)), "Close", form);

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var stored = await StoredComplaintAsync(id);
        Assert.Equal((ComplaintStatus.Answered, new DateOnly(2026, 11, 23), managerId), (stored.Status, stored.AnsweredOn!.Value, stored.ClosedById));
        Assert.Equal("Ieviesta SMS atgādne par izmaiņām grafikā.", stored.ActionTaken);
        var details = await GetDocumentAsync(manager, $"/Feedback/Complaints/Details/{id}");
        Assert.Equal("Atbildēta 23.11.2026", details.QuerySelector("#status [data-status=answered]")!.TextContent.Trim());
        Assert.Equal("Daļēji pamatota", details.QuerySelector("[data-field=verdict]")!.TextContent.Trim());
        Assert.Null(details.QuerySelector("a[data-action=handle]"));
        var again = await GetDocumentAsync(manager, url);
        Assert.NotNull(again.QuerySelector("#not-possible"));
        Assert.Equal([AuditActions.ComplaintHandle, AuditActions.ComplaintClose],
            await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ComplaintHandle || a.Action == AuditActions.ComplaintClose).OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_stale_form_shows_the_stored_handling_keeps_the_typed_one_and_a_second_save_overwrites()
    {
        await SetUpOrganisationAsync();
        var (manager, managerId) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var (other, _) = await UserAsync(Roles.ServiceManager, "otra.vaditaja");
        var id = await ComplaintAsync(new DateOnly(2026, 11, 2), managerId);
        var url = $"/Feedback/Complaints/Handle/{id}";
        var stale = await GetDocumentAsync(manager, url);

        var first = await PostAsync(other, url, Fields(("Input.Version", Version(await GetDocumentAsync(other, url))), ("Input.Investigation", "Otras vadītājas piezīmes")));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var conflict = await PostPairsAsync(manager, url, Handling(Version(stale)), "Close", stale);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await ParseAsync(conflict);
        Assert.NotNull(page.QuerySelector("#conflict"));
        Assert.Equal("Otras vadītājas piezīmes", page.QuerySelector("#stored [data-field=investigation]")!.TextContent.Trim());
        Assert.Contains("Pārrunāts ar grupas vadītāju", page.QuerySelector("#Input_Investigation")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Open, (await StoredComplaintAsync(id)).Status);

        var overwrite = await PostPairsAsync(manager, url, Handling(Version(page)), "Close", page);
        Assert.Equal(HttpStatusCode.Redirect, overwrite.StatusCode);
        Assert.Equal(ComplaintStatus.Answered, (await StoredComplaintAsync(id)).Status);
    }

    [Fact]
    public async Task The_board_shows_open_complaints_overdue_first_in_words_until_they_are_answered_or_withdrawn()
    {
        await SetUpOrganisationAsync();
        var (manager, managerId) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "sandra.ozolina");
        var clientId = await ClientAsync("Dace", "Krūmiņa", workerId);
        var recent = await ComplaintAsync(new DateOnly(2026, 11, 20), managerId);
        var overdue = await ComplaintAsync(new DateOnly(2026, 10, 1), managerId, clientId);
        await ComplaintAsync(new DateOnly(2026, 9, 1), managerId, verdict: ComplaintVerdict.Justified);
        await ComplaintAsync(new DateOnly(2026, 9, 2), managerId, withdrawn: true);

        var home = await GetDocumentAsync(manager, "/");

        var rows = home.QuerySelectorAll("#open-complaints tr[data-complaint]");
        Assert.Equal([overdue.ToString(System.Globalization.CultureInfo.InvariantCulture), recent.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            rows.Select(r => r.GetAttribute("data-complaint")));
        Assert.Equal("Nokavēta (22 d.)", rows[0].QuerySelector("[data-status=overdue]")!.TextContent.Trim());
        Assert.Contains("Dace Krūmiņa", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Atvērta, termiņš 20.12.2026", rows[1].QuerySelector("[data-status=open]")!.TextContent.Trim());
        Assert.Contains("Atvērtās sūdzības: 2", home.QuerySelector("#open-complaints-heading")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("nokavētas: 1", home.QuerySelector("#overdue-complaints")!.TextContent.Trim());
        Assert.Null((await GetDocumentAsync(worker, "/")).QuerySelector("#open-complaints"));

        var page = await GetDocumentAsync(manager, $"/Feedback/Complaints/Withdraw/{recent}");
        var refused = await PostPairsAsync(manager, $"/Feedback/Complaints/Withdraw/{recent}", Fields(("Input.Version", Version(page)), ("Input.Reason", " ")), null, page);
        Assert.Equal("Norādiet, kāpēc sūdzība tiek anulēta.", FieldError(await ParseAsync(refused), "Input.Reason"));
        var withdrawn = await PostPairsAsync(manager, $"/Feedback/Complaints/Withdraw/{recent}", Fields(("Input.Version", Version(page)), ("Input.Reason", "Reģistrēta divreiz")), null, page);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal((ComplaintStatus.Withdrawn, "Reģistrēta divreiz"), ((await StoredComplaintAsync(recent)).Status, (await StoredComplaintAsync(recent)).WithdrawalReason));
        Assert.Single((await GetDocumentAsync(manager, "/")).QuerySelectorAll("#open-complaints tr[data-complaint]"));
    }

    [Fact]
    public async Task A_worker_registers_a_complaint_for_a_client_in_scope_and_sees_only_their_own_without_the_investigation()
    {
        await SetUpOrganisationAsync();
        var (manager, managerId) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "sandra.ozolina");
        var (_, otherId) = await UserAsync(Roles.SocialWorker, "marta.kalnina");
        var mine = await ClientAsync("Dace", "Krūmiņa", workerId);
        var notMine = await ClientAsync("Olga", "Ivanova", otherId);
        var others = await ComplaintAsync(new DateOnly(2026, 11, 1), managerId, notMine);

        var form = await GetDocumentAsync(worker, "/Feedback/Complaints/Create");
        Assert.NotNull(form.QuerySelector("#goes-to-manager"));
        Assert.Equal(["", mine.ToString(System.Globalization.CultureInfo.InvariantCulture)], form.QuerySelectorAll("#Input_ClientId option").Select(o => o.GetAttribute("value")));
        var outOfScope = await PostAsync(worker, "/Feedback/Complaints/Create", Registration(notMine));
        Assert.Equal("Šo klientu nevar izvēlēties.", FieldError(await ParseAsync(outOfScope), "Input.ClientId"));

        var id = ComplaintIdFrom(await PostAsync(worker, "/Feedback/Complaints/Create", Registration(mine)));
        Assert.Equal(workerId, (await StoredComplaintAsync(id)).RegisteredById);

        var list = await GetDocumentAsync(worker, "/Feedback/Complaints");
        Assert.Equal([id.ToString(System.Globalization.CultureInfo.InvariantCulture)], list.QuerySelectorAll("#complaints tr[data-complaint]").Select(r => r.GetAttribute("data-complaint")));
        var details = await GetDocumentAsync(worker, $"/Feedback/Complaints/Details/{id}");
        Assert.Null(details.QuerySelector("#handling"));
        Assert.Null(details.QuerySelector("a[data-action=handle]"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, $"/Feedback/Complaints/Details/{others}"));
        AssertAccessDenied(await worker.GetAsync(new Uri($"/Feedback/Complaints/Handle/{id}", UriKind.Relative)));
        AssertAccessDenied(await worker.GetAsync(new Uri($"/Feedback/Complaints/Withdraw/{id}", UriKind.Relative)));

        // The manager sees both, on the board too.
        Assert.Equal(2, (await GetDocumentAsync(manager, "/Feedback/Complaints")).QuerySelectorAll("#complaints tr[data-complaint]").Length);
        Assert.Equal(2, (await GetDocumentAsync(manager, "/")).QuerySelectorAll("#open-complaints tr[data-complaint]").Length);
    }

    [Fact]
    public async Task An_auditor_reads_the_register_and_changes_nothing_and_an_administrator_sees_none_of_it()
    {
        await SetUpOrganisationAsync();
        var (auditor, auditorId) = await UserAsync(Roles.Auditor, "janis.liepins");
        var admin = await SignedInAsync(Roles.Administrator, "anna.jansone");
        var (_, managerId) = await UserAsync(Roles.ServiceManager, "ilze.berzina");
        var (_, workerId) = await UserAsync(Roles.SocialWorker, "sandra.ozolina");
        var clientId = await ClientAsync("Dace", "Krūmiņa", workerId);
        var id = await ComplaintAsync(new DateOnly(2026, 9, 1), managerId, clientId, ComplaintVerdict.Unjustified);

        var list = await GetDocumentAsync(auditor, "/Feedback/Complaints");
        Assert.Equal("Nepamatota", list.QuerySelector($"tr[data-complaint='{id}'] [data-col=verdict]")!.TextContent.Trim());
        Assert.Null(list.QuerySelector("a[data-action=register]"));
        var details = await GetDocumentAsync(auditor, $"/Feedback/Complaints/Details/{id}");
        Assert.Equal("Izskatīts", details.QuerySelector("[data-field=investigation]")!.TextContent.Trim());
        AssertAccessDenied(await auditor.GetAsync(new Uri($"/Feedback/Complaints/Handle/{id}", UriKind.Relative)));
        AssertAccessDenied(await auditor.GetAsync(new Uri("/Feedback/Complaints/Create", UriKind.Relative)));
        var read = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ComplaintRead));
        Assert.Equal((auditorId, clientId), (read.ActorId, read.ClientId!.Value));
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ComplaintList && a.ActorId == auditorId)));

        AssertAccessDenied(await admin.GetAsync(new Uri("/Feedback/Complaints", UriKind.Relative)));
        AssertAccessDenied(await admin.GetAsync(new Uri($"/Feedback/Complaints/Details/{id}", UriKind.Relative)));
        Assert.Null((await GetDocumentAsync(admin, "/")).QuerySelector("[data-nav=feedback]"));
    }
}
