using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Applications;

/// <summary>Recording an application: the form, numbering, documents received with it, the case timeline, who may record.</summary>
public sealed class RecordingTests(WebFixture fixture) : ApplicationTest(fixture)
{
    [Fact]
    public async Task An_application_with_a_missing_document_awaits_documents_without_a_deadline_and_lists_what_is_missing()
    {
        await SeedAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var child = await PersonAsync("Roberts", "Kalniņš", workerId, new DateOnly(2016, 5, 1), [TargetGroup.ChildInBehaviourCorrectionProgramme]);
        var serviceId = await ServiceIdAsync("6.1.5");

        var form = await GetDocumentAsync(worker, $"/Applications/Create?clientId={child}&serviceId={serviceId}");
        Assert.Contains("Sociālo prasmju attīstīšana", form.QuerySelector("#chosen-service")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([CorrectionStatement], form.QuerySelectorAll(".required-document").Select(d => d.GetAttribute("data-document")));
        Assert.Equal(workerId, form.QuerySelector("select[name='Input.ResponsibleWorkerId'] option[selected]")?.GetAttribute("value"));

        var response = await RecordAsync(worker, child, serviceId, ApplicationFields(serviceId, workerId));
        var id = ApplicationIdFrom(response);

        var stored = await StoredApplicationAsync(id);
        Assert.Equal("IES-2026/0001", stored.Number);
        Assert.Equal(ApplicationStatus.AwaitingDocuments, stored.Status);
        Assert.Null(stored.DecisionDue);
        Assert.Null(stored.DocumentsCompleteOn);
        Assert.Equal([CorrectionStatement], stored.MissingDocuments);

        var page = await GetDocumentAsync(worker, $"/Applications/Details/{id}");
        Assert.Equal("IES-2026/0001", page.QuerySelector("#application-number")!.TextContent);
        Assert.Equal("Gaida dokumentus", page.QuerySelector("#application-status")!.TextContent);
        Assert.Equal([CorrectionStatement], page.QuerySelectorAll("#missing-documents .missing-document").Select(li => li.TextContent));
        Assert.NotNull(page.QuerySelector("#deadline-not-started"));
        Assert.Null(page.QuerySelector("#current-deadline"));
        Assert.Equal("23.11.2026", page.QuerySelector("#application-submitted")!.TextContent);
        Assert.Equal("Klātienē", page.QuerySelector("#application-channel")!.TextContent);
        Assert.NotNull(page.QuerySelector("#add-document"));
        Assert.Null(page.QuerySelector("#extend-deadline"));
        Assert.Null(page.QuerySelector("#decide"));

        var create = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ApplicationCreate));
        Assert.Equal(child, create.ClientId);
        Assert.Equal(workerId, create.ActorId);
        Assert.Contains("IES-2026/0001", create.Details, StringComparison.Ordinal);
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ApplicationRead && a.ClientId == child)));
    }

    [Fact]
    public async Task Applications_are_numbered_per_year_of_submission()
    {
        await SeedAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var client = await PersonAsync("Anna", "Liepa", workerId, new DateOnly(1985, 4, 12));

        var first = await RecordedAsync(worker, client, "SKIA", workerId);
        var second = await RecordedAsync(worker, client, "AB", workerId, received: [(Domain.Catalogue.ServiceCatalogueSeed.DisabilityOpinion, Today)]);
        var lastYear = await RecordedAsync(worker, client, "SKIA", workerId, submittedOn: new DateOnly(2025, 12, 30));

        Assert.Equal("IES-2026/0001", (await StoredApplicationAsync(first)).Number);
        Assert.Equal("IES-2026/0002", (await StoredApplicationAsync(second)).Number);
        Assert.Equal("IES-2025/0001", (await StoredApplicationAsync(lastYear)).Number);
    }

    [Fact]
    public async Task All_documents_received_start_the_one_month_deadline_and_the_case_timeline_records_the_application()
    {
        await SeedAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var client = await PersonAsync("Anna", "Liepa", workerId, new DateOnly(1950, 4, 12));
        var caseId = await CaseAsync(client, workerId, "2026/0001");

        var form = await GetDocumentAsync(worker, $"/Applications/Create?clientId={client}&serviceId={await ServiceIdAsync("AM")}");
        Assert.Equal(caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), form.QuerySelector("select[name='Input.CaseFileId'] option[selected]")?.GetAttribute("value"));

        var id = await RecordedAsync(worker, client, "AM", workerId, submittedOn: new DateOnly(2026, 11, 16), caseFileId: caseId,
            received: [(Domain.Catalogue.ServiceCatalogueSeed.DisabilityOpinion, new DateOnly(2026, 11, 16)), (Domain.Catalogue.ServiceCatalogueSeed.DoctorStatement, new DateOnly(2026, 11, 20))]);

        var stored = await StoredApplicationAsync(id);
        Assert.Equal(ApplicationStatus.AwaitingDecision, stored.Status);
        Assert.Equal(new DateOnly(2026, 11, 20), stored.DocumentsCompleteOn);
        Assert.Equal(new DateOnly(2026, 12, 20), stored.DecisionDue);
        Assert.Equal(2, stored.Documents.Count);
        Assert.Equal(caseId, stored.CaseFileId);

        var events = (await StoredCaseAsync(caseId)).Events.Where(e => e.Kind == CaseEventKind.ApplicationRecorded).ToList();
        Assert.Equal("IES-2026/0001: Aprūpe mājās", Assert.Single(events).Text);
        Assert.Equal(caseId, await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ApplicationCreate).Select(a => a.CaseFileId).SingleAsync()));

        var page = await GetDocumentAsync(worker, $"/Applications/Details/{id}");
        Assert.Null(page.QuerySelector("#missing-documents"));
        Assert.Equal("20.12.2026", page.QuerySelector("#current-deadline")!.TextContent);
        Assert.Equal("20.03.2027", page.QuerySelector("#latest-permitted")!.TextContent);
        Assert.Equal("Open", page.QuerySelector("#deadline-state .badge")!.GetAttribute("data-state"));
        Assert.Equal("Līdz termiņam: 27 dienas", page.QuerySelector("#days-left")!.TextContent);
        Assert.NotNull(page.QuerySelector("#extend-deadline"));
    }

    [Fact]
    public async Task Bad_input_is_shown_next_to_the_fields_and_nothing_is_saved()
    {
        await SeedAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var client = await PersonAsync("Anna", "Liepa", workerId, new DateOnly(1950, 4, 12));
        var serviceId = await ServiceIdAsync("AB");

        var response = await RecordAsync(worker, client, serviceId, ApplicationFields(serviceId, null, Today.AddDays(1), null,
            [(Domain.Catalogue.ServiceCatalogueSeed.DisabilityOpinion, null)],
            ("Input.ApplicantKind", nameof(ApplicantKind.LegalRepresentative)), ("Input.CaseFileId", "999999"), ("Input.Channel", "Pigeon")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("Datums nevar būt nākotnē.", Error(page, "Input.SubmittedOn"));
        Assert.Equal("Izvēlieties pārstāvi vai ierakstiet viņa vārdu un uzvārdu.", Error(page, "Input.ApplicantName"));
        Assert.Equal("Izvēlieties kādu no klienta atvērtajām lietām.", Error(page, "Input.CaseFileId"));
        Assert.Equal("Norādiet, kā iesniegums saņemts.", Error(page, "Input.Channel"));
        Assert.Equal("Norādiet, kad dokuments saņemts.", Error(page, "Input.Documents[0].ReceivedOn"));
        Assert.Equal("Izvēlieties atbildīgo darbinieku.", Error(page, "Input.ResponsibleWorkerId"));
        Assert.Equal(0, await WithDbAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task A_legal_representative_is_chosen_from_the_client_relations()
    {
        await SeedAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var child = await PersonAsync("Roberts", "Kalniņš", workerId, new DateOnly(2016, 5, 1));
        await RelateAsync(child, RelationKind.Parent, null, new RelatedPerson("Marta", "Kalniņa", new DateOnly(1988, 2, 2), null), legalRepresentative: true);
        var relationId = await WithDbAsync(db => db.ClientRelations.Where(r => r.ClientId == child).Select(r => r.Id).SingleAsync());

        var id = await RecordedAsync(worker, child, "SKIA", workerId, extra:
            [("Input.ApplicantKind", nameof(ApplicantKind.LegalRepresentative)), ("Input.ApplicantRelationId", relationId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        var stored = await StoredApplicationAsync(id);
        Assert.Equal(ApplicantKind.LegalRepresentative, stored.ApplicantKind);
        Assert.Equal("Marta Kalniņa", stored.ApplicantName);
        Assert.Equal(relationId, stored.ApplicantRelationId);
        var page = await GetDocumentAsync(worker, $"/Applications/Details/{id}");
        Assert.Contains("Marta Kalniņa", page.QuerySelector("#application-applicant")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_specialist_cannot_record_an_application_and_a_worker_outside_the_scope_finds_no_client()
    {
        await SeedAsync();
        var workerId = (await CreateUserAsync("ilze.ozola", Roles.SocialWorker)).Id;
        var client = await PersonAsync("Anna", "Liepa", workerId, new DateOnly(1950, 4, 12));
        var serviceId = await ServiceIdAsync("SKIA");
        var (specialist, _) = await UserAsync(Roles.Specialist, "juris.specialists");
        var (other, otherId) = await UserAsync(Roles.SocialWorker, "andris.kalns");

        AssertAccessDenied(await specialist.GetAsync(new Uri($"/Applications/Create?clientId={client}", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, $"/Applications/Create?clientId={client}&serviceId={serviceId}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, $"/Applications/Create?clientId=999999"));

        // A post straight at the page with another client's id is refused the same way.
        var own = await PersonAsync("Jānis", "Bērziņš", otherId, new DateOnly(1970, 1, 1));
        var page = await GetDocumentAsync(other, $"/Applications/Create?clientId={own}&serviceId={serviceId}");
        var response = await PostPairsAsync(other, $"/Applications/Create?clientId={client}", ApplicationFields(serviceId, otherId), null, page);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await WithDbAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task The_client_page_lists_the_client_applications_with_a_button_for_a_new_one()
    {
        await SeedAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var client = await PersonAsync("Anna", "Liepa", workerId, new DateOnly(1950, 4, 12));
        var id = await RecordedAsync(worker, client, "SKIA", workerId);

        var page = await GetDocumentAsync(worker, $"/Clients/Details/{client}");

        Assert.Equal($"/Applications/Create?clientId={client}", page.QuerySelector("#new-application")!.GetAttribute("href"));
        var row = Assert.Single(page.QuerySelectorAll("#applications tr.application"));
        Assert.Equal($"/Applications/Details/{id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Gaida lēmumu", row.TextContent, StringComparison.Ordinal);
    }
}
