using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Cases;

/// <summary>Reassigning a case (the history of responsible workers is kept) and its team; both move the access scope.</summary>
public sealed class AssignmentTests(WebFixture fixture) : CaseTest(fixture)
{
    private static async Task<HttpResponseMessage> ReassignAsync(HttpClient client, int id, string newWorkerId, string reason)
    {
        var page = await GetDocumentAsync(client, $"/Cases/Reassign/{id}");
        return await PostPairsAsync(client, $"/Cases/Reassign/{id}", Fields(("Input.Version", Version(page)), ("Input.NewWorkerId", newWorkerId), ("Input.Reason", reason)), null, page);
    }

    private static async Task<HttpResponseMessage> AddMemberAsync(HttpClient client, int id, string userId, string role = "")
    {
        var page = await GetDocumentAsync(client, $"/Cases/Team/{id}");
        return await PostPairsAsync(client, $"/Cases/Team/{id}", Fields(("Input.Version", Version(page)), ("Input.UserId", userId), ("Input.Role", role)), "Add", page);
    }

    [Fact]
    public async Task Reassigning_keeps_the_history_and_moves_the_case_from_the_old_worker_to_the_new_one()
    {
        await SetUpOrganisationAsync();
        var (oldWorker, oldId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (newWorker, newId) = await UserAsync(Roles.SocialWorker, "andris.kalns");
        var clientId = await ClientAsync("Jānis", "Bērziņš", oldId);
        var id = await CaseAsync(clientId, oldId, "2026/0001");
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(newWorker, $"/Cases/Details/{id}"));

        var response = await ReassignAsync(oldWorker, id, newId, "Dodos bērna kopšanas atvaļinājumā");

        // The old worker no longer sees the case, so they are sent to the start page.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(oldWorker, $"/Cases/Details/{id}"));
        var page = await GetDocumentAsync(newWorker, $"/Cases/Details/{id}");
        Assert.Equal("Tests andris.kalns", page.QuerySelector("#case-worker")!.TextContent);

        var stored = await StoredCaseAsync(id);
        Assert.Equal(newId, stored.ResponsibleWorkerId);
        var history = stored.Assignments.OrderBy(a => a.Id).ToList();
        Assert.Equal([oldId, newId], history.Select(a => a.WorkerId));
        Assert.NotNull(history[0].Until);
        Assert.Equal("Dodos bērna kopšanas atvaļinājumā", history[0].EndReason);
        Assert.Null(history[1].Until);
        Assert.Equal("Dodos bērna kopšanas atvaļinājumā", history[1].Reason);
        Assert.Equal(oldId, history[1].AssignedById);
        var rows = page.QuerySelectorAll("#assignments tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("Tests ilze.ozola", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Dodos bērna kopšanas atvaļinājumā", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains(stored.Events, e => e.Kind == CaseEventKind.Reassigned && e.SubjectUserId == newId);

        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.CaseReassign));
        Assert.Equal((clientId, id), (audit.ClientId!.Value, audit.CaseFileId!.Value));
        Assert.Equal("from=ilze.ozola; to=andris.kalns", audit.Details);
        Assert.Equal("Dodos bērna kopšanas atvaļinājumā", audit.Reason);
    }

    [Fact]
    public async Task The_old_worker_keeps_the_case_when_they_are_on_its_team()
    {
        await SetUpOrganisationAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var (oldWorker, oldId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var newId = (await CreateUserAsync("andris.kalns", Roles.SocialWorker)).Id;
        var clientId = await ClientAsync("Jānis", "Bērziņš", oldId);
        var id = await CaseAsync(clientId, oldId, "2026/0001", null, oldId);
        Assert.Equal("Šis darbinieks jau strādā ar lietu.", FieldError(await ParseAsync(await AddMemberAsync(manager, id, oldId)), "Input.UserId"));

        var response = await ReassignAsync(manager, id, newId, "Slodzes izlīdzināšana");

        Assert.Equal($"/Cases/Details/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(oldWorker, $"/Cases/Details/{id}"));
    }

    [Fact]
    public async Task Only_the_responsible_worker_or_a_manager_reassigns_and_the_new_worker_must_be_an_active_social_worker()
    {
        await SetUpOrganisationAsync();
        var (responsible, responsibleId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (teamWorker, teamWorkerId) = await UserAsync(Roles.SocialWorker, "andris.kalns");
        var specialistId = (await CreateUserAsync("psihologe", Roles.Specialist)).Id;
        var clientId = await ClientAsync("Jānis", "Bērziņš", responsibleId);
        var id = await CaseAsync(clientId, responsibleId, "2026/0001", null, teamWorkerId);

        AssertAccessDenied(await teamWorker.GetAsync(new Uri($"/Cases/Reassign/{id}", UriKind.Relative)));
        Assert.Null((await GetDocumentAsync(teamWorker, $"/Cases/Details/{id}")).QuerySelector("#case-actions a[data-action=reassign]"));

        var form = await GetDocumentAsync(responsible, $"/Cases/Reassign/{id}");
        Assert.DoesNotContain(form.QuerySelectorAll("#Input_NewWorkerId option"), o => o.GetAttribute("value") == responsibleId);
        Assert.DoesNotContain(form.QuerySelectorAll("#Input_NewWorkerId option"), o => o.GetAttribute("value") == specialistId);

        var invalid = await ParseAsync(await PostPairsAsync(responsible, $"/Cases/Reassign/{id}", Fields(("Input.Version", Version(form)), ("Input.NewWorkerId", specialistId), ("Input.Reason", "")), null, form));
        Assert.Equal("Izvēlētais lietotājs nav aktīvs sociālais darbinieks.", FieldError(invalid, "Input.NewWorkerId"));
        Assert.Equal("Norādiet nodošanas iemeslu.", FieldError(invalid, "Input.Reason"));
        var same = await ParseAsync(await PostPairsAsync(responsible, $"/Cases/Reassign/{id}", Fields(("Input.Version", Version(form)), ("Input.NewWorkerId", responsibleId), ("Input.Reason", "x")), null, form));
        Assert.Equal("Šis darbinieks jau ir atbildīgs par lietu.", FieldError(same, "Input.NewWorkerId"));
        Assert.Equal(responsibleId, (await StoredCaseAsync(id)).ResponsibleWorkerId);
    }

    [Fact]
    public async Task A_team_member_gains_access_and_loses_it_when_taken_off_the_team()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (specialist, specialistId) = await UserAsync(Roles.Specialist, "psihologe");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001");
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(specialist, $"/Cases/Details/{id}"));

        var added = await AddMemberAsync(worker, id, specialistId, "psihologs");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await GetDocumentAsync(specialist, $"/Cases/Details/{id}");
        Assert.Contains("Tests psihologe (psihologs)", page.QuerySelector("#case-team")!.TextContent, StringComparison.Ordinal);

        var team = await GetDocumentAsync(worker, $"/Cases/Team/{id}");
        Assert.NotNull(team.QuerySelector($"#team-members li[data-member='{specialistId}']"));
        Assert.DoesNotContain(team.QuerySelectorAll("#Input_UserId option"), o => o.GetAttribute("value") == specialistId);
        var removeForm = team.QuerySelector($"#team-members li[data-member='{specialistId}'] form")!;
        var removed = await PostPairsAsync(worker, $"/Cases/Team/{id}",
            Fields(("Input.UserId", specialistId), ("Input.Version", removeForm.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!)), "Remove", team);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(specialist, $"/Cases/Details/{id}"));
        var stored = await StoredCaseAsync(id);
        Assert.NotNull(Assert.Single(stored.Team).RemovedAt);
        Assert.Equal([CaseEventKind.Opened, CaseEventKind.TeamMemberAdded, CaseEventKind.TeamMemberRemoved], stored.Events.OrderBy(e => e.Id).Select(e => e.Kind));
        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.CaseTeamChange).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["added=psihologe", "removed=psihologe"], audit.Select(a => a.Details));
        Assert.All(audit, a => Assert.Equal((clientId, id), (a.ClientId!.Value, a.CaseFileId!.Value)));
    }

    [Fact]
    public async Task A_manager_assigns_an_unassigned_case()
    {
        await SetUpOrganisationAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, null, "2026/0001");
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, $"/Cases/Details/{id}"));

        var response = await ReassignAsync(manager, id, workerId, "Jauns klients iecirknī");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await StoredCaseAsync(id);
        Assert.Equal(workerId, stored.ResponsibleWorkerId);
        Assert.Equal("Jauns klients iecirknī", Assert.Single(stored.Assignments).Reason);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(worker, $"/Cases/Details/{id}"));
        Assert.Equal("from=-; to=ilze.ozola", await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.CaseReassign).Select(a => a.Details).SingleAsync()));
    }
}
