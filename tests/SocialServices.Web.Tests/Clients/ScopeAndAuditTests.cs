using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Clients;

public sealed class ScopeAndAuditTests(WebFixture fixture) : ClientTest(fixture)
{
    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url) => (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode;

    private static async Task AssertForbiddenAsync(HttpClient client, string url) => AssertForbidden(await client.GetAsync(new Uri(url, UriKind.Relative)));

    [Fact]
    public async Task A_worker_neither_finds_nor_opens_another_workers_client_and_a_manager_does()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var other = await CreateUserAsync("other.worker", Roles.SocialWorker);
        var hiddenCode = OldCode("050580", '1', "123");
        var hidden = await AddClientAsync("Slepena", "Bērziņa", other.Id, hiddenCode);
        var mine = await AddClientAsync("Jānis", "Bērziņš", await UserIdAsync("liga.worker"));
        await AddCaseAsync(hidden, other.Id, "2026/0007");

        var search = await GetDocumentAsync(worker, "/Clients?q=berzin");
        Assert.Equal([mine.ToString(System.Globalization.CultureInfo.InvariantCulture)], search.QuerySelectorAll("tr.client-row").Select(r => r.GetAttribute("data-client")));
        Assert.Empty((await GetDocumentAsync(worker, "/Clients?q=" + hiddenCode)).QuerySelectorAll("tr.client-row"));
        Assert.Empty((await GetDocumentAsync(worker, "/Clients?q=2026/0007")).QuerySelectorAll("tr.client-row"));
        Assert.Single((await GetDocumentAsync(worker, "/Clients")).QuerySelectorAll("tr.client-row"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, "/Clients/Details/" + hidden));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, "/Clients/Edit/" + hidden));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, "/Clients/Relations/Add/" + hidden));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, "/Clients/Details/999999"));
        Assert.False(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ClientId == hidden)));

        var manager = await SignedInAsync(Roles.ServiceManager, "vita.manager");
        var managerSearch = await GetDocumentAsync(manager, "/Clients?q=berzin");
        Assert.Equal(2, managerSearch.QuerySelectorAll("tr.client-row").Length);
        var details = await GetDocumentAsync(manager, "/Clients/Details/" + hidden);
        Assert.Contains("Slepena Bērziņa", Text(details, "h1"), StringComparison.Ordinal);
        Assert.Contains("2026/0007", Text(details, "#cases"), StringComparison.Ordinal);
        Assert.Contains("Tests other.worker", Text(details, "#cases"), StringComparison.Ordinal);
        Assert.Equal("/Cases/Details/" + await WithDbAsync(db => db.CaseFiles.Select(f => f.Id).SingleAsync()), details.QuerySelector("#cases a")!.GetAttribute("href"));
        Assert.NotNull(details.QuerySelector("#export-client"));
        Assert.Equal("/Cases/Open/" + hidden, details.QuerySelector("#open-case")!.GetAttribute("href"));
        Assert.Equal("/Clients/Edit/" + hidden, details.QuerySelector("#edit-client")!.GetAttribute("href"));
        Assert.Equal("/Clients/Relations/Add/" + hidden, details.QuerySelector("#add-relation")!.GetAttribute("href"));
        Assert.Equal("/Clients/Export/" + hidden, details.QuerySelector("#export-client")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_team_member_sees_the_client_of_the_case_and_loses_it_with_a_case_elsewhere()
    {
        await SetUpOrganisationAsync();
        var specialist = await SignedInAsync(Roles.Specialist, "inga.specialist");
        var owner = await CreateUserAsync("owner.worker", Roles.SocialWorker);
        var teamClient = await AddClientAsync("Ilze", "Ozola", owner.Id);
        var otherClient = await AddClientAsync("Jānis", "Ozols", owner.Id);
        await AddCaseAsync(teamClient, owner.Id, "2026/0001", teamMemberId: await UserIdAsync("inga.specialist"));
        await AddCaseAsync(otherClient, owner.Id, "2026/0002");

        Assert.Equal(["Ozola, Ilze"], (await GetDocumentAsync(specialist, "/Clients?q=ozol")).QuerySelectorAll("tr.client-row a").Select(a => a.TextContent.Trim()));
        var details = await GetDocumentAsync(specialist, "/Clients/Details/" + teamClient);
        Assert.Null(details.QuerySelector("#edit-client"));
        Assert.Null(details.QuerySelector("#archive-form"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(specialist, "/Clients/Details/" + otherClient));
        await AssertForbiddenAsync(specialist, "/Clients/Edit/" + teamClient);
    }

    [Fact]
    public async Task An_auditor_reads_everything_but_cannot_register_edit_or_archive()
    {
        await SetUpOrganisationAsync();
        var auditor = await SignedInAsync(Roles.Auditor, "aija.auditor");
        var worker = await CreateUserAsync("liga.worker", Roles.SocialWorker);
        var id = await AddClientAsync("Jānis", "Bērziņš", worker.Id);

        var details = await GetDocumentAsync(auditor, "/Clients/Details/" + id);
        Assert.Contains("Jānis Bērziņš", Text(details, "h1"), StringComparison.Ordinal);
        Assert.Null(details.QuerySelector("#edit-client"));
        Assert.Null(details.QuerySelector("#add-relation"));
        Assert.Null(details.QuerySelector("#archive-form"));
        Assert.Null(details.QuerySelector("#export-client"));
        Assert.Null((await GetDocumentAsync(auditor, "/Clients")).QuerySelector("#register-client"));

        await AssertForbiddenAsync(auditor, "/Clients/Create");
        await AssertForbiddenAsync(auditor, "/Clients/Edit/" + id);
        var token = details.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await auditor.PostAsync(new Uri("/Clients/Create", UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), .. Form("Anna", "Kalniņa", null, "1990-01-01")]));
        AssertForbidden(post);
        var edit = await auditor.PostAsync(new Uri("/Clients/Edit/" + id, UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), .. Form("Anna", "Kalniņa", null, "1990-01-01")]));
        AssertForbidden(edit);
        var archive = await PostPairsAsync(auditor, $"/Clients/Details/{id}", [new("Version", "1"), new("ArchiveReason", "x")], "Archive", details);
        AssertForbidden(archive);
        Assert.Equal(1, await WithDbAsync(db => db.Clients.CountAsync(c => !c.IsArchived)));
    }

    [Fact]
    public async Task An_administrator_gets_no_client_pages()
    {
        await SetUpOrganisationAsync();
        var admin = await SignedInAsync(Roles.Administrator);
        var worker = await CreateUserAsync("liga.worker", Roles.SocialWorker);
        var id = await AddClientAsync("Jānis", "Bērziņš", worker.Id);

        foreach (var url in new[] { "/Clients", "/Clients/Create", "/Clients/Details/" + id, "/Clients/Edit/" + id, "/Clients/Relations/Add/" + id })
        {
            await AssertForbiddenAsync(admin, url);
        }
    }

    [Fact]
    public async Task Every_view_of_a_client_page_is_audited_with_the_client_id()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var id = await AddClientAsync("Jānis", "Bērziņš", await UserIdAsync("liga.worker"));

        await GetDocumentAsync(worker, "/Clients/Details/" + id);
        await GetDocumentAsync(worker, "/Clients/Details/" + id);

        var reads = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ClientRead).ToListAsync());
        Assert.Equal(2, reads.Count);
        Assert.All(reads, r => Assert.Equal(id, r.ClientId));
        Assert.All(reads, r => Assert.Equal("liga.worker", r.ActorName));
        Assert.All(reads, r => Assert.Null(r.Details));
    }

    [Fact]
    public async Task Registration_and_edit_write_their_audit_rows_with_the_client_id()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");

        var created = await RegisterAsync(worker, Form("Anna", "Kalniņa", OldCode("161175", '1', "999")));
        var id = IdFromRedirect(created);
        var edit = await GetDocumentAsync(worker, "/Clients/Edit/" + id);
        var version = edit.QuerySelector("#Input_Version")!.GetAttribute("value")!;
        await PostPairsAsync(worker, "/Clients/Edit/" + id,
            [new("Input.Id", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Version", version), .. Form("Anna", "Kalniņa", OldCode("161175", '1', "999"), extra: [("Input.Phone", "20000000")])],
            null, edit);

        var rows = await WithDbAsync(db => db.AuditEntries.Where(a => a.ClientId == id).OrderBy(a => a.Id).Select(a => new { a.Action, a.Details }).ToListAsync());
        Assert.Equal(AuditActions.ClientCreate, rows[0].Action);
        Assert.Contains(rows, r => r.Action == AuditActions.ClientUpdate && r.Details == "changed: Phone");
    }
}
