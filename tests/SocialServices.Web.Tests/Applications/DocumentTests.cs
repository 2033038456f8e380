using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Clients;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Applications;

/// <summary>Documents received later: completing the application starts the deadline; uploaded files are checked, stored in the database and downloaded with an audit entry.</summary>
public sealed class DocumentTests(WebFixture fixture) : ApplicationTest(fixture)
{
    private static readonly byte[] PdfBytes = [.. "%PDF-1.7\n% test\n"u8, .. new byte[2000]];
    private static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    private async Task<(HttpClient Worker, string WorkerId, int ClientId, int ApplicationId)> WaitingForDocumentAsync()
    {
        await SeedAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var child = await PersonAsync("Roberts", "Kalniņš", workerId, new DateOnly(2016, 5, 1), [TargetGroup.ChildInBehaviourCorrectionProgramme]);
        var id = await RecordedAsync(worker, child, "6.1.5", workerId);
        return (worker, workerId, child, id);
    }

    private static async Task<string> VersionAsync(HttpClient client, string url) => Version(await GetDocumentAsync(client, url));

    [Fact]
    public async Task The_last_missing_document_received_on_31_January_sets_the_deadline_to_28_February()
    {
        var (_, _, _, id) = await WaitingForDocumentAsync();
        Factory.Clock.AdjustTime(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
        var worker = await SignInAgainAsync("ilze.ozola");
        var url = $"/Applications/AddDocument/{id}";
        var form = await GetDocumentAsync(worker, url);
        Assert.Equal(CorrectionStatement, form.QuerySelector("select[name='Input.MissingName'] option[selected]")?.GetAttribute("value"));

        var response = await PostMultipartAsync(worker, url, Fields(("Input.Version", Version(form)), ("Input.MissingName", CorrectionStatement), ("Input.ReceivedOn", "2027-01-31")), null);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await StoredApplicationAsync(id);
        Assert.Equal(ApplicationStatus.AwaitingDecision, stored.Status);
        Assert.Equal(new DateOnly(2027, 1, 31), stored.DocumentsCompleteOn);
        Assert.Equal(new DateOnly(2027, 2, 28), stored.DecisionDue);

        var page = await GetDocumentAsync(worker, $"/Applications/Details/{id}");
        Assert.Equal("Gaida lēmumu", page.QuerySelector("#application-status")!.TextContent);
        Assert.Null(page.QuerySelector("#missing-documents"));
        Assert.Equal("31.01.2027", page.QuerySelector("#documents-complete")!.TextContent);
        Assert.Equal("28.02.2027", page.QuerySelector("#original-deadline")!.TextContent);
        Assert.Equal("28.02.2027", page.QuerySelector("#current-deadline")!.TextContent);
        Assert.Equal("Līdz termiņam: 27 dienas", page.QuerySelector("#days-left")!.TextContent);
        Assert.Contains("Fails nav pievienots", page.QuerySelector("#documents")!.TextContent, StringComparison.Ordinal);

        var added = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ApplicationDocumentAdd));
        Assert.Contains("deadline=2027-02-28", added.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deadline_due_within_five_working_days_is_amber_and_a_passed_one_red_with_words()
    {
        var (worker, _, _, id) = await WaitingForDocumentAsync();
        var url = $"/Applications/AddDocument/{id}";
        await PostMultipartAsync(worker, url, Fields(("Input.Version", await VersionAsync(worker, url)), ("Input.MissingName", CorrectionStatement), ("Input.ReceivedOn", "2026-11-23")), null);

        Factory.Clock.AdjustTime(new DateTimeOffset(2026, 12, 18, 9, 0, 0, TimeSpan.Zero)); // Friday; the deadline is Wednesday 23.12.
        worker = await SignInAgainAsync("ilze.ozola");
        var soon = await GetDocumentAsync(worker, $"/Applications/Details/{id}");
        Assert.Equal("DueSoon", soon.QuerySelector("#deadline-state .badge")!.GetAttribute("data-state"));
        Assert.Equal("Tuvojas termiņš", soon.QuerySelector("#deadline-state .badge")!.TextContent);
        Assert.Equal("Līdz termiņam: 5 dienas", soon.QuerySelector("#days-left")!.TextContent);

        Factory.Clock.AdjustTime(new DateTimeOffset(2026, 12, 24, 9, 0, 0, TimeSpan.Zero));
        worker = await SignInAgainAsync("ilze.ozola");
        var late = await GetDocumentAsync(worker, $"/Applications/Details/{id}");
        Assert.Equal("Overdue", late.QuerySelector("#deadline-state .badge")!.GetAttribute("data-state"));
        Assert.Equal("Termiņš nokavēts", late.QuerySelector("#deadline-state .badge")!.TextContent);
        Assert.Equal("Nokavēts par: 1 diena", late.QuerySelector("#days-left")!.TextContent);
    }

    [Theory]
    [InlineData("too-big")]
    [InlineData("png-called-pdf")]
    [InlineData("exe-called-pdf-exe")]
    [InlineData("empty")]
    [InlineData("no-extension")]
    public async Task A_file_that_is_too_big_empty_or_not_what_it_says_is_refused_with_a_message_and_nothing_is_stored(string kind)
    {
        var (worker, _, _, id) = await WaitingForDocumentAsync();
        var url = $"/Applications/AddDocument/{id}";
        (string Name, byte[] Content, string Message) file = kind switch
        {
            "too-big" => ("skenējums.pdf", [.. PdfBytes, .. new byte[(10 * 1024 * 1024) - PdfBytes.Length + 1]], "Fails ir lielāks par 10 MB."),
            "png-called-pdf" => ("izziņa.pdf", PngBytes, "Faila saturs neatbilst tā veidam (piemēram, attēls ar paplašinājumu .pdf). Pievienojiet īsto dokumenta failu."),
            "exe-called-pdf-exe" => ("izziņa.pdf.exe", [0x4D, 0x5A, 0x90, 0x00], "Šāda veida failu pievienot nevar. Atļauti PDF, PNG, JPEG, DOCX, ODT, EDOC un ASiC-E faili."),
            "empty" => ("izziņa.pdf", [], "Fails ir tukšs."),
            _ => ("izziņa", PdfBytes, "Šāda veida failu pievienot nevar. Atļauti PDF, PNG, JPEG, DOCX, ODT, EDOC un ASiC-E faili."),
        };

        var response = await PostMultipartAsync(worker, url,
            Fields(("Input.Version", await VersionAsync(worker, url)), ("Input.MissingName", CorrectionStatement), ("Input.ReceivedOn", Iso(Today))), (file.Name, file.Content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(file.Message, Error(await ParseAsync(response), "Upload"));
        Assert.Equal(0, await WithDbAsync(db => db.StoredFiles.CountAsync()));
        Assert.Equal(0, await WithDbAsync(db => db.ApplicationDocuments.CountAsync()));
        Assert.Equal(ApplicationStatus.AwaitingDocuments, (await StoredApplicationAsync(id)).Status);
        Assert.Equal(0, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ApplicationDocumentAdd)));
    }

    [Fact]
    public async Task An_uploaded_file_is_kept_in_the_database_and_downloaded_as_an_attachment_with_an_audit_entry_only_within_the_scope()
    {
        var (worker, _, child, id) = await WaitingForDocumentAsync();
        var url = $"/Applications/AddDocument/{id}";
        var response = await PostMultipartAsync(worker, url,
            Fields(("Input.Version", await VersionAsync(worker, url)), ("Input.MissingName", ""), ("Input.OtherName", "Skolas raksturojums"), ("Input.ReceivedOn", Iso(Today))),
            ("C:\\Skenējumi\\raksturojums\u202Efdp.exe.pdf", PdfBytes));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var stored = await StoredApplicationAsync(id);
        var document = Assert.Single(stored.Documents);
        Assert.Equal("Skolas raksturojums", document.Name);
        Assert.Equal("raksturojumsfdp.exe.pdf", document.FileName);
        Assert.Equal("application/pdf", document.ContentType);
        Assert.Equal(PdfBytes.Length, document.SizeBytes);
        Assert.Equal(ApplicationStatus.AwaitingDocuments, stored.Status); // another document: the required one is still missing
        var file = await WithDbAsync(db => db.StoredFiles.SingleAsync());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(PdfBytes)), file.Sha256);
        Assert.Equal(PdfBytes, file.Content);

        var page = await GetDocumentAsync(worker, $"/Applications/Details/{id}");
        var link = page.QuerySelector("a.document-download")!.GetAttribute("href")!;
        Assert.Equal($"/Applications/Details/{id}?documentId={document.Id}&handler=Document", link);

        var download = await worker.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("raksturojumsfdp.exe.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal(PdfBytes, await download.Content.ReadAsByteArrayAsync());
        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ApplicationDocumentDownload));
        Assert.Equal(child, audit.ClientId);

        var (other, _) = await UserAsync(Roles.SocialWorker, "andris.kalns");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, $"/Applications/Details/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, $"/Applications/AddDocument/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, $"/Applications/Details/{id}?documentId=999999&handler=Document"));
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ApplicationDocumentDownload)));

        var (manager, _) = await UserAsync(Roles.ServiceManager, "liga.vaditaja");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_request_far_over_the_limit_is_refused_before_it_is_read_never_with_a_server_error()
    {
        var (worker, _, _, id) = await WaitingForDocumentAsync();
        var url = $"/Applications/AddDocument/{id}";

        var response = await PostMultipartAsync(worker, url,
            Fields(("Input.Version", await VersionAsync(worker, url)), ("Input.MissingName", CorrectionStatement), ("Input.ReceivedOn", Iso(Today))),
            ("liels.pdf", [.. PdfBytes, .. new byte[25 * 1024 * 1024]]));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, response.StatusCode.ToString());
        Assert.Equal(0, await WithDbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task A_document_date_before_the_allowed_range_or_a_missing_name_is_shown_next_to_the_field()
    {
        var (worker, _, _, id) = await WaitingForDocumentAsync();
        var url = $"/Applications/AddDocument/{id}";

        var response = await PostMultipartAsync(worker, url,
            Fields(("Input.Version", await VersionAsync(worker, url)), ("Input.MissingName", ""), ("Input.OtherName", ""), ("Input.ReceivedOn", "2025-11-22")), null);

        var page = await ParseAsync(response);
        Assert.Equal("Izvēlieties trūkstošo dokumentu vai ierakstiet dokumenta nosaukumu.", Error(page, "Input.OtherName"));
        Assert.Equal("Dokuments nevar būt saņemts agrāk par 23.11.2025 (gadu pirms iesnieguma).", Error(page, "Input.ReceivedOn"));
        Assert.Equal(0, await WithDbAsync(db => db.ApplicationDocuments.CountAsync()));
    }

    [Fact]
    public async Task A_stale_form_shows_the_conflict_and_saves_nothing()
    {
        var (worker, _, _, id) = await WaitingForDocumentAsync();
        var url = $"/Applications/AddDocument/{id}";
        var stale = await VersionAsync(worker, url);
        await PostMultipartAsync(worker, url, Fields(("Input.Version", stale), ("Input.MissingName", ""), ("Input.OtherName", "Cits"), ("Input.ReceivedOn", Iso(Today))), null);

        var response = await PostMultipartAsync(worker, url, Fields(("Input.Version", stale), ("Input.MissingName", CorrectionStatement), ("Input.ReceivedOn", Iso(Today))), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.NotNull(page.QuerySelector("#conflict"));
        Assert.Equal(CorrectionStatement, page.QuerySelector("select[name='Input.MissingName'] option[selected]")?.GetAttribute("value"));
        Assert.NotEqual(stale, Version(page));
        Assert.Equal(["Cits"], (await StoredApplicationAsync(id)).Documents.Select(d => d.Name));
    }

    [Fact]
    public async Task A_specialist_in_the_team_reads_the_application_but_cannot_add_documents()
    {
        await SeedAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (specialist, specialistId) = await UserAsync(Roles.Specialist, "juris.specialists");
        var child = await PersonAsync("Roberts", "Kalniņš", workerId, new DateOnly(2016, 5, 1));
        var caseId = await CaseAsync(child, workerId, "2026/0001", null, specialistId);
        var id = await RecordedAsync(worker, child, "6.1.5", workerId, caseFileId: caseId);

        var page = await GetDocumentAsync(specialist, $"/Applications/Details/{id}");
        Assert.Null(page.QuerySelector("#add-document"));
        Assert.Null(page.QuerySelector("#withdraw"));
        AssertAccessDenied(await specialist.GetAsync(new Uri($"/Applications/AddDocument/{id}", UriKind.Relative)));
        Assert.Equal(AppFactory.DefaultNow.Date, (await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ApplicationRead && a.ActorId == specialistId).SingleAsync())).At.Date);
    }
}
