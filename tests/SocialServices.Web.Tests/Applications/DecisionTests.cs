using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Groups;
using SocialServices.Reports.Documents;
using SocialServices.Web.Identity;
using UglyToad.PdfPig;

namespace SocialServices.Web.Tests.Applications;

public sealed class DecisionTests(WebFixture fixture) : DecisionTestBase(fixture)
{
    [Fact]
    public async Task Granting_a_group_programme_enrols_the_client_in_the_next_group_with_room_and_writes_the_timeline_and_audit()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (manager, managerId) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var workerId = (await UserAsync(Roles.SocialWorker, "darbiniece")).Id;
        var clientId = await ClientAsync("Līga", "Ozola", workerId);
        var caseId = await CaseAsync(clientId, workerId, "2026/0001");
        await GroupAsync("6.1.3", "Jau sākusies", Today.AddDays(-7), 10);
        var fullGroup = await GroupAsync("6.1.3", "Pilna", Today.AddDays(5), 1);
        var next = await GroupAsync("6.1.3", "Pavasara grupa", Today.AddDays(14), 10);
        var someone = await ClientAsync("Cits", "Klients", workerId);
        await WithDbAsync(async db =>
        {
            db.GroupEnrolments.Add(new GroupEnrolment(someone, await ServiceIdAsync("6.1.3"), fullGroup, null, Today));
            return await db.SaveChangesAsync();
        });
        var applicationId = await ApplicationAsync(clientId, "6.1.3", Today.AddDays(-3), workerId, "IES-2026/0001", caseId: caseId);

        var page = await GetDocumentAsync(manager, $"/Applications/Decide/{applicationId}");
        Assert.Contains("Pavasara grupa", page.QuerySelector("#grant-preview")!.TextContent, StringComparison.Ordinal);
        var response = await SubmitAsync(manager, $"/Applications/Decide/{applicationId}", Decision(DecisionKind.Grant, Today, null, ("Input.LegalBasis", "MK noteikumi Nr. 138"), ("Input.Version", Version(page))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await StoredApplicationAsync(applicationId);
        Assert.Equal(ApplicationStatus.Granted, stored.Status);
        var decision = Assert.Single(stored.Decisions);
        Assert.Equal("IES-2026/0001-1", decision.Number);
        Assert.Equal(managerId, decision.DeciderId);
        Assert.Equal("MK noteikumi Nr. 138", decision.LegalBasis);
        var enrolment = await WithDbAsync(db => db.GroupEnrolments.SingleAsync(e => e.ClientId == clientId));
        Assert.Equal(next, enrolment.GroupId);
        Assert.Equal(EnrolmentStatus.Enrolled, enrolment.Status);
        var timeline = (await StoredCaseAsync(caseId)).Events;
        Assert.Contains(timeline, e => e.Kind == CaseEventKind.DecisionTaken && e.Text.Contains("IES-2026/0001-1", StringComparison.Ordinal) && e.Text.Contains("piešķirts", StringComparison.Ordinal));
        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ApplicationDecide).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(clientId, entry.ClientId);
        Assert.Contains("kind=Grant", entry.Details, StringComparison.Ordinal);

        var group = await GetDocumentAsync(manager, $"/Groups/Details/{next}");
        Assert.Contains("Ozola Līga", group.QuerySelector("#members")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_granted_programme_without_a_group_with_room_puts_the_client_on_the_waiting_list_and_a_manager_places_them_later()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var workerId = (await UserAsync(Roles.SocialWorker, "darbiniece")).Id;
        var clientId = await ClientAsync("Dace", "Krūmiņa", workerId);
        var applicationId = await ApplicationAsync(clientId, "6.1.7", Today.AddDays(-3), workerId, "IES-2026/0002");

        var response = await SubmitAsync(manager, $"/Applications/Decide/{applicationId}", Decision(DecisionKind.Grant, Today, null, ("Input.LegalBasis", "MK noteikumi Nr. 138")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var enrolment = await WithDbAsync(db => db.GroupEnrolments.SingleAsync(e => e.ClientId == clientId));
        Assert.Equal(EnrolmentStatus.WaitingList, enrolment.Status);

        var groupId = await GroupAsync("6.1.7", "Sargeņģeļi", Today.AddDays(20), 6);
        var group = await GetDocumentAsync(manager, $"/Groups/Details/{groupId}");
        Assert.Contains("Krūmiņa Dace", group.QuerySelector("#waiting")!.TextContent, StringComparison.Ordinal);
        var placed = await PostPairsAsync(manager, $"/Groups/Details/{groupId}", Fields(("enrolmentId", enrolment.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))), "Place", group);
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        Assert.Equal(groupId, (await WithDbAsync(db => db.GroupEnrolments.SingleAsync(e => e.ClientId == clientId))).GroupId);
    }

    [Fact]
    public async Task Granting_another_service_starts_an_episode_in_a_new_case_file_when_the_client_has_none()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var workerId = (await UserAsync(Roles.SocialWorker, "darbiniece")).Id;
        var clientId = await ClientAsync("Andris", "Kalniņš", workerId);
        var applicationId = await ApplicationAsync(clientId, "SR", Today.AddDays(-3), workerId, "IES-2026/0003");

        var page = await GetDocumentAsync(manager, $"/Applications/Decide/{applicationId}");
        Assert.Contains("jauna lieta", page.QuerySelector("#grant-preview")!.TextContent, StringComparison.Ordinal);
        var response = await SubmitAsync(manager, $"/Applications/Decide/{applicationId}", Decision(DecisionKind.Grant, Today, null,
            ("Input.LegalBasis", "MK noteikumi Nr. 138"), ("Input.StartOn", Today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.PlannedEnd", Today.AddDays(180).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("Input.Provider", "Biedrība \"Atbalsts ģimenei\"")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var caseFile = await WithDbAsync(db => db.CaseFiles.Include(c => c.Events).SingleAsync(c => c.ClientId == clientId));
        Assert.Equal(workerId, caseFile.ResponsibleWorkerId);
        var episode = await WithDbAsync(db => db.ServiceEpisodes.SingleAsync(e => e.ClientId == clientId));
        Assert.Equal(caseFile.Id, episode.CaseFileId);
        Assert.Equal(Today.AddDays(7), episode.StartOn);
        Assert.Equal(Today.AddDays(180), episode.PlannedEnd);
        Assert.Equal(caseFile.Id, (await StoredApplicationAsync(applicationId)).CaseFileId);
        Assert.Contains(caseFile.Events, e => e.Kind == CaseEventKind.ServiceStarted);
        Assert.Contains(caseFile.Events, e => e.Kind == CaseEventKind.DecisionTaken);
        var casePage = await GetDocumentAsync(manager, $"/Cases/Details/{caseFile.Id}");
        Assert.Contains("Sociālā rehabilitācija", casePage.QuerySelector("#case-services")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_without_reasons_is_rejected_next_to_the_field_and_nothing_is_saved()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var workerId = (await UserAsync(Roles.SocialWorker, "darbiniece")).Id;
        var clientId = await ClientAsync("Zane", "Lāce", workerId);
        var applicationId = await ApplicationAsync(clientId, "6.1.7", Today.AddDays(-3), workerId, "IES-2026/0004");

        var response = await SubmitAsync(manager, $"/Applications/Decide/{applicationId}", Decision(DecisionKind.Refuse, Today, "   ", ("Input.LegalBasis", "MK noteikumi Nr. 138")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains("Norādiet pamatojumu", page.QuerySelector("span[data-valmsg-for='Input.Reasons']")!.TextContent, StringComparison.Ordinal);
        var stored = await StoredApplicationAsync(applicationId);
        Assert.Empty(stored.Decisions);
        Assert.Equal(ApplicationStatus.AwaitingDecision, stored.Status);
    }

    [Fact]
    public async Task A_decision_cannot_be_taken_twice_only_revoked_with_reasons_which_ends_the_enrolment()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var workerId = (await UserAsync(Roles.SocialWorker, "darbiniece")).Id;
        var clientId = await ClientAsync("Ieva", "Kļaviņa", workerId);
        var applicationId = await ApplicationAsync(clientId, "6.1.3", Today.AddDays(-3), workerId, "IES-2026/0005");
        await SubmitAsync(manager, $"/Applications/Decide/{applicationId}", Decision(DecisionKind.Grant, Today, null, ("Input.LegalBasis", "MK noteikumi Nr. 138")));
        var page = await GetDocumentAsync(manager, $"/Applications/Decide/{applicationId}");
        Assert.Null(page.QuerySelector("#kind-Grant"));
        Assert.Null(page.QuerySelector("#kind-Refuse"));
        Assert.NotNull(page.QuerySelector("#kind-Revoke"));

        // A forged second grant is refused by the domain, not saved.
        var again = await PostPairsAsync(manager, $"/Applications/Decide/{applicationId}", Decision(DecisionKind.Refuse, Today, "Pārdomāts", ("Input.LegalBasis", "x"), ("Input.Version", Version(page))), null, page);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("jau pieņemts lēmums", (await ParseAsync(again)).QuerySelector("span[data-valmsg-for='Input.Kind']")!.TextContent, StringComparison.Ordinal);
        Assert.Single((await StoredApplicationAsync(applicationId)).Decisions);

        page = await GetDocumentAsync(manager, $"/Applications/Decide/{applicationId}");
        var revoke = await PostPairsAsync(manager, $"/Applications/Decide/{applicationId}", Decision(DecisionKind.Revoke, Today, "Klients pārcēlies uz citu pašvaldību", ("Input.LegalBasis", "MK noteikumi Nr. 138"), ("Input.Version", Version(page))), null, page);
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        var stored = await StoredApplicationAsync(applicationId);
        Assert.Equal(ApplicationStatus.AwaitingDecision, stored.Status);
        Assert.Null(stored.DecisionInForce);
        Assert.True(stored.Decisions.Single(d => d.Kind == DecisionKind.Grant).IsRevoked);
        var enrolment = await WithDbAsync(db => db.GroupEnrolments.SingleAsync(e => e.ClientId == clientId));
        Assert.Equal(EnrolmentStatus.Left, enrolment.Status);
        Assert.Contains("pārcēlies", enrolment.LeaveReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_form_is_detected_and_does_not_decide()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var workerId = (await UserAsync(Roles.SocialWorker, "darbiniece")).Id;
        var clientId = await ClientAsync("Olga", "Ivanova", workerId);
        var applicationId = await ApplicationAsync(clientId, "6.1.3", Today.AddDays(-3), workerId, "IES-2026/0006");
        var page = await GetDocumentAsync(manager, $"/Applications/Decide/{applicationId}");
        await SubmitAsync(manager, $"/Applications/Decide/{applicationId}", Decision(DecisionKind.Queue, Today, null, ("Input.LegalBasis", "MK noteikumi Nr. 138")));

        var stale = await PostPairsAsync(manager, $"/Applications/Decide/{applicationId}", Decision(DecisionKind.Refuse, Today, "Cits lēmums", ("Input.LegalBasis", "x"), ("Input.Version", Version(page))), null, page);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.NotNull((await ParseAsync(stale)).QuerySelector("#conflict"));
        Assert.Equal(ApplicationStatus.Queued, (await StoredApplicationAsync(applicationId)).Status);
    }

    [Fact]
    public async Task Queue_positions_follow_the_order_of_queueing_per_service()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var workerId = (await UserAsync(Roles.SocialWorker, "darbiniece")).Id;
        var first = await ApplicationAsync(await ClientAsync("Pirmais", "Rindā", workerId), "GD", Today.AddDays(-10), workerId, "IES-2026/0007");
        var second = await ApplicationAsync(await ClientAsync("Otrais", "Rindā", workerId), "GD", Today.AddDays(-20), workerId, "IES-2026/0008");
        var other = await ApplicationAsync(await ClientAsync("Cits", "Pakalpojums", workerId), "AB", Today.AddDays(-5), workerId, "IES-2026/0009");

        await SubmitAsync(manager, $"/Applications/Decide/{first}", Decision(DecisionKind.Queue, Today.AddDays(-2), null, ("Input.LegalBasis", "MK noteikumi Nr. 138")));
        await SubmitAsync(manager, $"/Applications/Decide/{second}", Decision(DecisionKind.Queue, Today, null, ("Input.LegalBasis", "MK noteikumi Nr. 138")));
        await SubmitAsync(manager, $"/Applications/Decide/{other}", Decision(DecisionKind.Queue, Today, null, ("Input.LegalBasis", "MK noteikumi Nr. 138")));

        Assert.Equal(1, (await StoredApplicationAsync(first)).Decisions.Single().QueuePosition);
        Assert.Equal(2, (await StoredApplicationAsync(second)).Decisions.Single().QueuePosition);
        Assert.Equal(1, (await StoredApplicationAsync(other)).Decisions.Single().QueuePosition);
    }

    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.Specialist)]
    [InlineData(Roles.Auditor)]
    public async Task Only_service_managers_decide(string role)
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (user, userId) = await UserAsync(role, "lietotajs");
        var clientId = await ClientAsync("Inese", "Bērziņa", userId);
        var applicationId = await ApplicationAsync(clientId, "6.1.3", Today.AddDays(-3), userId, "IES-2026/0010");

        AssertAccessDenied(await user.GetAsync(new Uri($"/Applications/Decide/{applicationId}", UriKind.Relative)));
        var post = await PostFormAsync(user, $"/Applications/Decide/{applicationId}", new() { ["Input.Kind"] = "Grant", ["Input.DecidedOn"] = "2026-11-23", ["Input.LegalBasis"] = "x" }, pageUrl: "/");
        AssertAccessDenied(post);
        Assert.Empty((await StoredApplicationAsync(applicationId)).Decisions);
    }

    [Fact]
    public async Task The_refusal_letter_carries_the_reasons_and_how_to_contest_and_its_export_is_audited()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var workerId = (await UserAsync(Roles.SocialWorker, "darbiniece")).Id;
        var clientId = await ClientAsync("Kristīne", "Ābele", workerId);
        var applicationId = await ApplicationAsync(clientId, "6.1.7", Today.AddDays(-3), workerId, "IES-2026/0011");
        const string Reasons = "Mājsaimniecībā nav bērna līdz 2 gadu vecumam; programmas „Sargeņģelis” nosacījumi nav izpildīti.";
        await SubmitAsync(manager, $"/Applications/Decide/{applicationId}", Decision(DecisionKind.Refuse, Today, Reasons, ("Input.LegalBasis", "MK noteikumi Nr. 138")));
        var decisionId = (await StoredApplicationAsync(applicationId)).Decisions.Single().Id;

        var response = await manager.GetAsync(new Uri($"/Applications/Letter/{decisionId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = Normalise(string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
        Assert.Contains(Normalise(Reasons), text, StringComparison.Ordinal);
        Assert.Contains(Normalise(DecisionLetterDocument.AppealText("Jelgavas valstspilsēta")), text, StringComparison.Ordinal);
        Assert.Contains("Kristīne Ābele", text, StringComparison.Ordinal);
        Assert.Contains("IES-2026/0011-1", text, StringComparison.Ordinal);
        Assert.Single(await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.DecisionLetterExport && a.ClientId == clientId).ToListAsync()));
    }

    [Fact]
    public async Task The_notification_is_recorded_once_and_not_before_the_decision()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "darbiniece");
        var clientId = await ClientAsync("Baiba", "Grīnberga", workerId);
        await CaseAsync(clientId, workerId, "2026/0002");
        var applicationId = await ApplicationAsync(clientId, "6.1.3", Today.AddDays(-3), workerId, "IES-2026/0012");
        await SubmitAsync(manager, $"/Applications/Decide/{applicationId}", Decision(DecisionKind.Queue, Today, null, ("Input.LegalBasis", "MK noteikumi Nr. 138")));
        var decisionId = (await StoredApplicationAsync(applicationId)).Decisions.Single().Id;

        var early = await SubmitAsync(worker, $"/Applications/Notify/{decisionId}", Fields(("Input.NotifiedOn", Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("Input.Channel", "Post")));
        Assert.Contains("pirms lēmuma", (await ParseAsync(early)).QuerySelector("span[data-valmsg-for='Input.NotifiedOn']")!.TextContent, StringComparison.Ordinal);
        var saved = await SubmitAsync(worker, $"/Applications/Notify/{decisionId}", Fields(("Input.NotifiedOn", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("Input.Channel", "Post")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var decision = (await StoredApplicationAsync(applicationId)).Decisions.Single();
        Assert.Equal(Today, decision.NotifiedOn);
        Assert.Equal(NotificationChannel.Post, decision.NotifiedBy);
        Assert.NotNull((await GetDocumentAsync(worker, $"/Applications/Notify/{decisionId}")).QuerySelector("#already-notified"));
        Assert.Single(await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ApplicationNotification).ToListAsync()));
    }

    [Fact]
    public async Task A_contract_is_attached_only_to_a_granted_application()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var workerId = (await UserAsync(Roles.SocialWorker, "darbiniece")).Id;
        var clientId = await ClientAsync("Sandra", "Eglīte", workerId);
        var applicationId = await ApplicationAsync(clientId, "SR", Today.AddDays(-3), workerId, "IES-2026/0013");
        Assert.NotNull((await GetDocumentAsync(manager, $"/Applications/Contract/{applicationId}")).QuerySelector("#not-possible"));
        await SubmitAsync(manager, $"/Applications/Decide/{applicationId}", Decision(DecisionKind.Grant, Today, null, ("Input.LegalBasis", "MK noteikumi Nr. 138"),
            ("Input.StartOn", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));

        var bad = await SubmitAsync(manager, $"/Applications/Contract/{applicationId}", Fields(("Input.Number", "SR-2026/1"), ("Input.SignedOn", "2026-11-20"), ("Input.Provider", "Biedrība"), ("Input.From", "2026-12-01"), ("Input.To", "2026-11-01")));
        Assert.Contains("nevar būt pirms sākuma", (await ParseAsync(bad)).QuerySelector("span[data-valmsg-for='Input.To']")!.TextContent, StringComparison.Ordinal);
        var ok = await SubmitAsync(manager, $"/Applications/Contract/{applicationId}", Fields(("Input.Number", "SR-2026/1"), ("Input.SignedOn", "2026-11-20"), ("Input.Provider", "Biedrība"), ("Input.From", "2026-12-01"), ("Input.To", "2027-05-31")));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("SR-2026/1", (await StoredApplicationAsync(applicationId)).Contract!.Number);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
