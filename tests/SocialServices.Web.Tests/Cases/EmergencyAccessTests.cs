using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Cases;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;
using SocialServices.Web.Pages.Access;

namespace SocialServices.Web.Tests.Cases;

/// <summary>"Break the glass": opening an out-of-scope case with a reason, recorded, reviewed by a manager, expiring after 24 hours.</summary>
public sealed class EmergencyAccessTests(WebFixture fixture) : CaseTest(fixture)
{
    private const string Reason = "Policija zvana naktī: bērns atrasts viens mājās";

    private static Task<HttpResponseMessage> RequestAsync(HttpClient client, string number, string reason) =>
        PostAsync(client, "/Access/Emergency", Fields(("Input.CaseNumber", number), ("Input.Reason", reason)));

    [Fact]
    public async Task A_worker_opens_an_out_of_scope_case_by_number_and_reason_and_it_is_recorded_everywhere()
    {
        await SetUpOrganisationAsync();
        var ownerId = (await CreateUserAsync("ilze.ozola", Roles.SocialWorker)).Id;
        var (duty, dutyId) = await UserAsync(Roles.SocialWorker, "dezurants");
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var clientId = await ClientAsync("Jānis", "Bērziņš", ownerId);
        var id = await CaseAsync(clientId, ownerId, "2026/0153");
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(duty, $"/Cases/Details/{id}"));

        var response = await RequestAsync(duty, " 2026/153 ", Reason);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Cases/Details/{id}", response.Headers.Location!.OriginalString);
        var page = await GetDocumentAsync(duty, $"/Cases/Details/{id}");
        var entry = page.QuerySelector("#timeline li[data-kind=EmergencyAccess]")!;
        Assert.Contains(Reason, entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ārkārtas piekļuve", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tests dezurants", entry.TextContent, StringComparison.Ordinal);

        var access = await WithDbAsync(db => db.EmergencyAccesses.SingleAsync());
        Assert.Equal((dutyId, clientId, id), (access.UserId, access.ClientId, access.CaseFileId!.Value));
        Assert.Equal(Reason, access.Reason);
        Assert.Equal(AppFactory.DefaultNow.AddHours(24), access.Until);
        Assert.Null(access.ReviewedAt);

        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.EmergencyAccess));
        Assert.Equal((dutyId, clientId, id), (audit.ActorId, audit.ClientId!.Value, audit.CaseFileId!.Value));
        Assert.Equal(Reason, audit.Reason);
        Assert.DoesNotContain("Bērziņš", audit.Details ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.CaseRead && a.ActorId == dutyId && a.CaseFileId == id)));

        var review = await GetDocumentAsync(manager, "/Access/Review");
        var row = review.QuerySelector($"#review-table tr[data-access='{access.Id}']")!;
        Assert.Contains("Tests dezurants", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026/0153", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(Reason, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("24.11.2026", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("false", row.GetAttribute("data-reviewed"));
    }

    [Fact]
    public async Task Emergency_access_reads_but_never_changes_so_it_cannot_be_made_permanent()
    {
        await SetUpOrganisationAsync();
        var ownerId = (await CreateUserAsync("ilze.ozola", Roles.SocialWorker)).Id;
        var (duty, _) = await UserAsync(Roles.SocialWorker, "dezurants");
        var clientId = await ClientAsync("Jānis", "Bērziņš", ownerId);
        var id = await CaseAsync(clientId, ownerId, "2026/0007");
        await RequestAsync(duty, "2026/0007", Reason);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(duty, $"/Cases/Details/{id}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(duty, $"/Clients/Details/{clientId}"));
        // Adding oneself to the team, opening a new case or editing the client would outlive the 24 hours.
        foreach (var page in new[] { $"/Cases/Team/{id}", $"/Cases/Close/{id}", $"/Cases/Open/{clientId}", $"/Clients/Edit/{clientId}", $"/Clients/Relations/Add/{clientId}" })
        {
            var status = await StatusAsync(duty, page);
            Assert.True(status is HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.NotFound, page + " answered " + status);
        }

        Assert.Equal(0, await WithDbAsync(db => db.CaseTeamMembers.CountAsync()));
    }

    [Fact]
    public async Task The_access_ends_after_24_hours()
    {
        await SetUpOrganisationAsync();
        var ownerId = (await CreateUserAsync("ilze.ozola", Roles.SocialWorker)).Id;
        var (specialist, _) = await UserAsync(Roles.Specialist, "psihologe");
        var clientId = await ClientAsync("Jānis", "Bērziņš", ownerId);
        var id = await CaseAsync(clientId, ownerId, "2026/0001");
        await RequestAsync(specialist, "2026/0001", Reason);

        Factory.Clock.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(59));
        specialist = await SignInAgainAsync("psihologe");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(specialist, $"/Cases/Details/{id}"));
        Assert.Single((await GetDocumentAsync(specialist, "/Access/Emergency")).QuerySelectorAll("#active-accesses li"));

        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(specialist, $"/Cases/Details/{id}"));
        Assert.Null((await GetDocumentAsync(specialist, "/Access/Emergency")).QuerySelector("#active-accesses"));
    }

    [Fact]
    public async Task An_unknown_number_a_malformed_number_and_a_short_reason_are_explained_and_nothing_is_granted()
    {
        await SetUpOrganisationAsync();
        var ownerId = (await CreateUserAsync("ilze.ozola", Roles.SocialWorker)).Id;
        var (worker, _) = await UserAsync(Roles.SocialWorker, "andris.kalns");
        var clientId = await ClientAsync("Jānis", "Bērziņš", ownerId);
        await CaseAsync(clientId, ownerId, "2026/0001");

        var unknown = await ParseAsync(await RequestAsync(worker, "2026/0002", Reason));
        Assert.Equal("Lieta ar šādu numuru nav atrasta.", FieldError(unknown, "Input.CaseNumber"));
        Assert.Equal(Reason, unknown.QuerySelector("#Input_Reason")!.TextContent.Trim());

        var malformed = await ParseAsync(await RequestAsync(worker, "Bērziņš", "īss"));
        Assert.Equal("Lietas numurs ir formā gads/numurs, piem., 2026/0153.", FieldError(malformed, "Input.CaseNumber"));
        Assert.Equal("Iemeslam jābūt vismaz 10 rakstzīmes garam.", FieldError(malformed, "Input.Reason"));

        var empty = await ParseAsync(await RequestAsync(worker, "", " "));
        Assert.Equal("Norādiet lietas numuru.", FieldError(empty, "Input.CaseNumber"));
        Assert.Equal("Norādiet ārkārtas piekļuves iemeslu.", FieldError(empty, "Input.Reason"));

        var hostile = await RequestAsync(worker, new string('9', 5000), new string('x', 10_000));
        Assert.Equal(HttpStatusCode.OK, hostile.StatusCode);

        Assert.Equal(0, await WithDbAsync(db => db.EmergencyAccesses.CountAsync()));
        Assert.Equal(0, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.EmergencyAccess)));
    }

    [Fact]
    public async Task A_case_already_in_scope_just_opens_without_an_emergency_record()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001");

        var response = await RequestAsync(worker, "2026/0001", Reason);

        Assert.Equal($"/Cases/Details/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(0, await WithDbAsync(db => db.EmergencyAccesses.CountAsync()));
        Assert.DoesNotContain((await StoredCaseAsync(id)).Events, e => e.Kind == CaseEventKind.EmergencyAccess);
    }

    [Fact]
    public async Task Only_workers_and_specialists_break_the_glass_and_only_managers_review()
    {
        await SetUpOrganisationAsync();
        foreach (var role in new[] { Roles.ServiceManager, Roles.Auditor, Roles.Administrator })
        {
            var client = await SignedInAsync(role, role.ToLowerInvariant() + ".e");
            AssertAccessDenied(await client.GetAsync(new Uri("/Access/Emergency", UriKind.Relative)));
        }

        foreach (var role in new[] { Roles.SocialWorker, Roles.Specialist, Roles.Auditor, Roles.Administrator })
        {
            var client = await SignedInAsync(role, role.ToLowerInvariant() + ".r");
            AssertAccessDenied(await client.GetAsync(new Uri("/Access/Review", UriKind.Relative)));
        }

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(await SignedInAsync(Roles.SocialWorker, "darbinieks"), "/Access/Emergency"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(await SignedInAsync(Roles.Specialist, "specialists"), "/Access/Emergency"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(await SignedInAsync(Roles.ServiceManager, "vaditaja"), "/Access/Review"));
    }

    [Fact]
    public async Task A_manager_marks_an_emergency_access_reviewed_and_the_board_count_drops()
    {
        await SetUpOrganisationAsync();
        var ownerId = (await CreateUserAsync("ilze.ozola", Roles.SocialWorker)).Id;
        var (duty, _) = await UserAsync(Roles.SocialWorker, "andris.kalns");
        var (manager, managerId) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var clientId = await ClientAsync("Jānis", "Bērziņš", ownerId);
        var first = await CaseAsync(clientId, ownerId, "2026/0001");
        var otherClient = await ClientAsync("Anna", "Liepa", ownerId);
        await CaseAsync(otherClient, ownerId, "2026/0002");
        await RequestAsync(duty, "2026/0001", Reason);
        Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await RequestAsync(duty, "2026/0002", "Otrs zvans no slimnīcas uzņemšanas");

        var board = await GetDocumentAsync(manager, "/");
        Assert.Equal("2", board.QuerySelector("#unreviewed-emergency")!.TextContent);
        Assert.Equal("/Access/Review?pending=true", board.QuerySelector("#emergency-review a")!.GetAttribute("href"));

        var review = await GetDocumentAsync(manager, "/Access/Review");
        var rows = review.QuerySelectorAll("#review-table tbody tr");
        Assert.Contains("2026/0002", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2026/0001", rows[1].TextContent, StringComparison.Ordinal);
        var firstAccess = await WithDbAsync(db => db.EmergencyAccesses.Where(e => e.CaseFileId == first).Select(e => e.Id).SingleAsync());

        var marked = await PostPairsAsync(manager, "/Access/Review", Fields(("accessId", firstAccess.ToString(System.Globalization.CultureInfo.InvariantCulture))), "Reviewed", review);

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var stored = await WithDbAsync(db => db.EmergencyAccesses.SingleAsync(e => e.Id == firstAccess));
        Assert.Equal(managerId, stored.ReviewedById);
        Assert.Equal(Factory.Clock.GetUtcNow(), stored.ReviewedAt);
        Assert.Equal("1", (await GetDocumentAsync(manager, "/")).QuerySelector("#unreviewed-emergency")!.TextContent);
        var pending = await GetDocumentAsync(manager, "/Access/Review?pending=true");
        Assert.Single(pending.QuerySelectorAll("#review-table tbody tr"));
        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == ReviewModel.ReviewedAction));
        Assert.Equal((clientId, first), (audit.ClientId!.Value, audit.CaseFileId!.Value));
    }
}
