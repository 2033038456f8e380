using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Connections;

/// <summary>Who may read and change a client's connections: scope (404 outside it), read-only roles (403 on changes), the audit of reads.</summary>
public sealed class ConnectionAccessTests(WebFixture fixture) : ConnectionTest(fixture)
{
    private async Task<(int Client, int Case, int Connection, string WorkerId)> ClientWithConnectionAsync(HttpClient worker, string workerId)
    {
        var clientId = await ClientAsync("Inese", "Bērziņa", workerId);
        var caseId = await CaseAsync(clientId, workerId, "2026/0001");
        await AddConnectionAsync(worker, clientId, "School", "Jelgavas 4. sākumskola", "Moderate", "Mutual");
        return (clientId, caseId, await ConnectionIdAsync("Jelgavas 4. sākumskola"), workerId);
    }

    private static string[] Pages(int clientId, int connectionId) =>
        [$"/Connections/Client/{clientId}", $"/Connections/Add/{clientId}", $"/Connections/Edit/{connectionId}", $"/Connections/End/{connectionId}"];

    [Fact]
    public async Task A_worker_outside_the_client_s_scope_finds_nothing_there()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var (clientId, _, connectionId, _) = await ClientWithConnectionAsync(worker, workerId);
        var (other, otherId) = await UserAsync(Roles.SocialWorker, "other.worker");
        var (specialist, _) = await UserAsync(Roles.Specialist, "psihologs");

        foreach (var url in Pages(clientId, connectionId))
        {
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other, url));
        }

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(specialist, $"/Connections/Client/{clientId}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, "/Connections/Client/999999"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, "/Connections/Edit/999999"));

        // A post with a token from the user's own page changes nothing either.
        var ownClient = await ClientAsync("Anna", "Ozola", otherId);
        var form = await GetDocumentAsync(other, $"/Connections/Add/{ownClient}");
        var post = await PostPairsAsync(other, $"/Connections/Add/{clientId}", Fields(("Input.Kind", "Police"), ("Input.Name", "X"), ("Input.Strength", "Weak"), ("Input.Direction", "Mutual")), null, form);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(1, await WithDbAsync(db => db.OutsideConnections.CountAsync()));
        Assert.Equal(0, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.GenogramRead && a.ActorId == otherId)));
    }

    [Fact]
    public async Task An_auditor_reads_the_diagrams_without_edit_links_and_cannot_change_anything()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var (clientId, caseId, connectionId, _) = await ClientWithConnectionAsync(worker, workerId);
        var (auditor, auditorId) = await UserAsync(Roles.Auditor, "auditore");

        var page = await DiagramsAsync(auditor, clientId);

        Assert.Single(All(page, "svg#ecomap .ecomap-line"));
        Assert.Null(page.QuerySelector("#add-connection"));
        Assert.Empty(All(page, "a.edit-connection, a.end-connection"));
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.GenogramRead && a.ActorId == auditorId && a.ClientId == clientId)));
        var casePage = await GetDocumentAsync(auditor, $"/Cases/Details/{caseId}");
        Assert.NotNull(casePage.QuerySelector("#case-connections svg#case-ecomap"));
        Assert.Null(casePage.QuerySelector("#case-add-connection"));

        foreach (var url in Pages(clientId, connectionId).Skip(1))
        {
            AssertAccessDenied(await auditor.GetAsync(new Uri(url, UriKind.Relative)));
        }

        var token = page.QuerySelectorAll("input[name=__RequestVerificationToken]").Select(i => i.GetAttribute("value")!).Last();
        var post = await auditor.PostAsync(new Uri($"/Connections/End/{connectionId}", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.EndedOn"] = "2026-11-23",
        }));
        AssertAccessDenied(post);
        Assert.Null(await WithDbAsync(db => db.OutsideConnections.Select(c => c.EndedOn).SingleAsync()));
    }

    [Fact]
    public async Task An_emergency_access_reads_but_does_not_change()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var (clientId, caseId, connectionId, _) = await ClientWithConnectionAsync(worker, workerId);
        var (duty, dutyId) = await UserAsync(Roles.SocialWorker, "dezurants");
        await WithDbAsync(async db =>
        {
            db.EmergencyAccesses.Add(new EmergencyAccess(dutyId, clientId, caseId, "Policija zvana naktī", AppFactory.DefaultNow, AppFactory.DefaultNow.AddHours(24)));
            return await db.SaveChangesAsync();
        });

        var page = await DiagramsAsync(duty, clientId);

        Assert.Null(page.QuerySelector("#add-connection"));
        Assert.Single(All(page, "svg#ecomap .ecomap-line"));
        AssertAccessDenied(await duty.GetAsync(new Uri($"/Connections/Add/{clientId}", UriKind.Relative)));
        AssertAccessDenied(await duty.GetAsync(new Uri($"/Connections/Edit/{connectionId}", UriKind.Relative)));
        AssertAccessDenied(await duty.GetAsync(new Uri($"/Connections/End/{connectionId}", UriKind.Relative)));
    }

    [Fact]
    public async Task A_team_specialist_and_the_manager_see_the_diagrams_and_only_the_manager_changes_them()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var (specialist, specialistId) = await UserAsync(Roles.Specialist, "psihologs");
        var clientId = await ClientAsync("Inese", "Bērziņa", workerId);
        await CaseAsync(clientId, workerId, "2026/0001", null, specialistId);
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");

        var specialistPage = await DiagramsAsync(specialist, clientId);
        Assert.Null(specialistPage.QuerySelector("#add-connection"));
        AssertAccessDenied(await specialist.GetAsync(new Uri($"/Connections/Add/{clientId}", UriKind.Relative)));

        var response = await AddConnectionAsync(manager, clientId, "Police", "Jelgavas iecirknis", "Stressful", "FromClient");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull((await DiagramsAsync(manager, clientId)).QuerySelector("#add-connection"));
    }

    [Fact]
    public async Task An_administrator_without_a_client_role_is_kept_out()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var (clientId, _, connectionId, _) = await ClientWithConnectionAsync(worker, workerId);
        var (admin, _) = await UserAsync(Roles.Administrator, "admins");

        foreach (var url in Pages(clientId, connectionId))
        {
            AssertAccessDenied(await admin.GetAsync(new Uri(url, UriKind.Relative)));
        }
    }

    [Fact]
    public async Task An_archived_client_s_connections_are_read_only()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "liga.worker");
        var clientId = await ClientAsync("Inese", "Bērziņa", workerId);
        await AddConnectionAsync(worker, clientId, "School", "Jelgavas 4. sākumskola", "Moderate", "Mutual");
        await WithDbAsync(async db =>
        {
            var client = await db.Clients.SingleAsync(c => c.Id == clientId);
            client.Archive("Pārcēlās uz citu novadu", AppFactory.DefaultNow);
            return await db.SaveChangesAsync();
        });

        var page = await DiagramsAsync(worker, clientId);
        Assert.NotNull(page.QuerySelector("#archived-banner"));
        Assert.Null(page.QuerySelector("#add-connection"));
        var add = await GetDocumentAsync(worker, $"/Connections/Add/{clientId}");
        Assert.NotNull(add.QuerySelector("#archived-banner"));
        Assert.Null(add.QuerySelector("main form"));
        var post = await PostPairsAsync(worker, $"/Connections/Add/{clientId}", Fields(("Input.Kind", "Police"), ("Input.Name", "X"), ("Input.Strength", "Weak"), ("Input.Direction", "Mutual")), null, page);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(1, await WithDbAsync(db => db.OutsideConnections.CountAsync()));
    }
}
