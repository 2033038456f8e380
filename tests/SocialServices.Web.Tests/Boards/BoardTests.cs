using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;
using SocialServices.Web.Tests.Cases;

namespace SocialServices.Web.Tests.Boards;

/// <summary>The boards on the start page: the worker's cases, monitoring and recent views; the specialist's team cases; the manager's caseloads.</summary>
public sealed class BoardTests(WebFixture fixture) : CaseTest(fixture)
{
    private async Task CloseDirectlyAsync(int id, DateOnly closedOn, DateOnly? monitoringOn) =>
        await WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.SingleAsync(c => c.Id == id);
            caseFile.Close(closedOn, "Mērķi sasniegti", "Kopsavilkums", monitoringOn, new Actor("system", "Tests"), AppFactory.DefaultNow);
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task A_social_worker_sees_their_own_open_cases_with_days_open()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var otherId = (await CreateUserAsync("andris.kalns", Roles.SocialWorker)).Id;
        var jānis = await ClientAsync("Jānis", "Bērziņš", workerId);
        var anna = await ClientAsync("Anna", "Liepa", workerId);
        var older = await CaseAsync(jānis, workerId, "2026/0001", new DateOnly(2026, 10, 24));
        var newer = await CaseAsync(anna, workerId, "2026/0002", new DateOnly(2026, 11, 20));
        var closed = await CaseAsync(anna, workerId, "2026/0003", new DateOnly(2026, 11, 1));
        await CloseDirectlyAsync(closed, new DateOnly(2026, 11, 10), null);
        await CaseAsync(await ClientAsync("Pēteris", "Ozols", otherId), otherId, "2026/0004");

        var board = await GetDocumentAsync(worker, "/");

        var card = board.QuerySelector("section[data-role=SocialWorker]")!;
        var rows = card.QuerySelectorAll("#my-open-cases tbody tr");
        Assert.Equal([older.ToString(System.Globalization.CultureInfo.InvariantCulture), newer.ToString(System.Globalization.CultureInfo.InvariantCulture)], rows.Select(r => r.GetAttribute("data-case")!));
        Assert.Contains("2026/0001", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Jānis Bērziņš", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("24.10.2026", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("30", rows[0].QuerySelector("td[data-col=days]")!.TextContent);
        Assert.Equal("3", rows[1].QuerySelector("td[data-col=days]")!.TextContent);
        Assert.DoesNotContain("Pēteris", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("(2)", card.QuerySelector("#my-open-heading")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Cases/Details/{older}", rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(card.QuerySelector("a[data-link=emergency][href='/Access/Emergency']"));
    }

    [Fact]
    public async Task A_closed_case_shows_under_monitoring_on_and_after_its_monitoring_date()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var id = await CaseAsync(clientId, workerId, "2026/0001", new DateOnly(2026, 9, 1));
        var notMonitored = await CaseAsync(clientId, workerId, "2026/0002", new DateOnly(2026, 9, 1));
        await CloseDirectlyAsync(id, new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 1));
        await CloseDirectlyAsync(notMonitored, new DateOnly(2026, 11, 20), null);

        Assert.NotNull((await GetDocumentAsync(worker, "/")).QuerySelector("#monitoring-due-empty"));

        // The sign-in lasts eight hours: after moving the clock by days the worker signs in again.
        Factory.Clock.Advance(TimeSpan.FromDays(7));
        worker = await SignInAgainAsync("ilze.ozola");
        Assert.Null((await GetDocumentAsync(worker, "/")).QuerySelector("#monitoring-due"));

        Factory.Clock.Advance(TimeSpan.FromDays(1));
        worker = await SignInAgainAsync("ilze.ozola");
        var onTheDay = await GetDocumentAsync(worker, "/");
        var row = Assert.Single(onTheDay.QuerySelectorAll("#monitoring-due tbody tr"));
        Assert.Contains("2026/0001", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("01.12.2026", row.QuerySelector("td[data-col=monitoring]")!.TextContent);

        Factory.Clock.Advance(TimeSpan.FromDays(10));
        worker = await SignInAgainAsync("ilze.ozola");
        Assert.Single((await GetDocumentAsync(worker, "/")).QuerySelectorAll("#monitoring-due tbody tr"));

        // Another worker's monitoring does not show; the case moves with a reassignment.
        var (other, otherId) = await UserAsync(Roles.SocialWorker, "andris.kalns");
        Assert.Null((await GetDocumentAsync(other, "/")).QuerySelector("#monitoring-due"));
        await WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.Include(c => c.Assignments).SingleAsync(c => c.Id == id);
            caseFile.Reassign(otherId, "Atvaļinājums", new Actor("system", "Tests"), AppFactory.DefaultNow);
            return await db.SaveChangesAsync();
        });
        Assert.Single((await GetDocumentAsync(other, "/")).QuerySelectorAll("#monitoring-due tbody tr"));
        Assert.Null((await GetDocumentAsync(worker, "/")).QuerySelector("#monitoring-due"));
    }

    [Fact]
    public async Task Recently_viewed_cases_are_distinct_newest_first_at_most_ten_and_still_in_scope()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var otherId = (await CreateUserAsync("andris.kalns", Roles.SocialWorker)).Id;
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var ids = new List<int>();
        for (var i = 1; i <= 12; i++)
        {
            ids.Add(await CaseAsync(clientId, workerId, $"2026/{i:0000}"));
        }

        foreach (var id in ids)
        {
            await GetDocumentAsync(worker, $"/Cases/Details/{id}");
        }

        await GetDocumentAsync(worker, $"/Cases/Details/{ids[0]}");

        var recent = (await GetDocumentAsync(worker, "/")).QuerySelectorAll("#recent-worker li").Select(li => int.Parse(li.GetAttribute("data-case")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([ids[0], ids[11], ids[10], ids[9], ids[8], ids[7], ids[6], ids[5], ids[4], ids[3]], recent);
        Assert.Contains("2026/0001 — Jānis Bērziņš", (await GetDocumentAsync(worker, "/")).QuerySelector("#recent-worker li")!.TextContent, StringComparison.Ordinal);

        // Once the client's cases all go to another worker, they drop out of the list.
        await WithDbAsync(async db =>
        {
            foreach (var caseFile in await db.CaseFiles.Include(c => c.Assignments).ToListAsync())
            {
                caseFile.Reassign(otherId, "Pārcelšana", new Actor("system", "Tests"), AppFactory.DefaultNow);
            }

            return await db.SaveChangesAsync();
        });
        Assert.NotNull((await GetDocumentAsync(worker, "/")).QuerySelector("#recent-worker-empty"));
    }

    [Fact]
    public async Task A_specialist_sees_the_cases_where_they_are_on_the_team()
    {
        await SetUpOrganisationAsync();
        var workerId = (await CreateUserAsync("ilze.ozola", Roles.SocialWorker)).Id;
        var (specialist, specialistId) = await UserAsync(Roles.Specialist, "psihologe");
        var clientId = await ClientAsync("Jānis", "Bērziņš", workerId);
        var mine = await CaseAsync(clientId, workerId, "2026/0001", null, specialistId);
        await CaseAsync(await ClientAsync("Anna", "Liepa", workerId), workerId, "2026/0002");

        var card = (await GetDocumentAsync(specialist, "/")).QuerySelector("section[data-role=Specialist]")!;

        var row = Assert.Single(card.QuerySelectorAll("#team-cases tbody tr"));
        Assert.Equal(mine.ToString(System.Globalization.CultureInfo.InvariantCulture), row.GetAttribute("data-case"));
        Assert.Equal("Atvērta", row.QuerySelector("td[data-col=status]")!.TextContent);
        Assert.DoesNotContain("Anna Liepa", card.TextContent, StringComparison.Ordinal);
        Assert.NotNull(card.QuerySelector("a[data-link=emergency]"));
    }

    [Fact]
    public async Task A_manager_sees_open_cases_per_worker_and_the_unassigned_cases_with_an_assign_link()
    {
        await SetUpOrganisationAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var ilze = (await CreateUserAsync("ilze.ozola", Roles.SocialWorker)).Id;
        var andris = (await CreateUserAsync("andris.kalns", Roles.SocialWorker)).Id;
        var idle = (await CreateUserAsync("jauna.darbiniece", Roles.SocialWorker)).Id;
        await CreateUserAsync("psihologe", Roles.Specialist);
        var clientId = await ClientAsync("Jānis", "Bērziņš", ilze);
        await CaseAsync(clientId, ilze, "2026/0001", Today.AddDays(-3));
        await CaseAsync(clientId, ilze, "2026/0002", Today.AddDays(-29));
        await CaseAsync(clientId, ilze, "2026/0003", Today.AddDays(-120));
        var closed = await CaseAsync(clientId, ilze, "2026/0004", Today.AddDays(-5));
        await CloseDirectlyAsync(closed, Today, null);
        await CaseAsync(clientId, andris, "2026/0005", Today.AddDays(-60));
        var unassigned = await CaseAsync(await ClientAsync("Anna", "Liepa", ilze), null, "2026/0006", Today.AddDays(-1));

        var card = (await GetDocumentAsync(manager, "/")).QuerySelector("section[data-role=ServiceManager]")!;

        string Cell(string workerId, string col) => card.QuerySelector($"#caseload tr[data-worker='{workerId}'] td[data-col={col}]")!.TextContent;
        Assert.Equal(("3", "2"), (Cell(ilze, "open"), Cell(ilze, "recent")));
        Assert.Equal(("1", "0"), (Cell(andris, "open"), Cell(andris, "recent")));
        Assert.Equal(("0", "0"), (Cell(idle, "open"), Cell(idle, "recent")));
        Assert.Equal(3, card.QuerySelectorAll("#caseload tbody tr").Length);
        var row = Assert.Single(card.QuerySelectorAll("#unassigned tbody tr"));
        Assert.Contains("2026/0006", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Anna Liepa", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Cases/Reassign/{unassigned}", row.QuerySelector("a.btn")!.GetAttribute("href"));
        Assert.Null(card.QuerySelector("a[data-link=emergency]"));

        // Assigning from the board moves the case into the worker's caseload.
        var form = await GetDocumentAsync(manager, $"/Cases/Reassign/{unassigned}");
        await PostPairsAsync(manager, $"/Cases/Reassign/{unassigned}", Fields(("Input.Version", Version(form)), ("Input.NewWorkerId", idle), ("Input.Reason", "Jauns klients")), null, form);
        card = (await GetDocumentAsync(manager, "/")).QuerySelector("section[data-role=ServiceManager]")!;
        Assert.Equal(("1", "1"), (Cell(idle, "open"), Cell(idle, "recent")));
        Assert.Null(card.QuerySelector("#unassigned"));
    }

    [Fact]
    public async Task The_other_role_cards_still_work_beside_the_boards()
    {
        await SetUpOrganisationAsync();
        var user = await CreateUserAsync("visas.lomas", Roles.SocialWorker, Roles.ServiceManager, Roles.Auditor, Roles.Administrator);
        var client = NewClient();
        await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = "visas.lomas", ["Input.Password"] = TestUsers.Password });

        var home = await GetDocumentAsync(client, "/");

        foreach (var role in new[] { Roles.SocialWorker, Roles.ServiceManager, Roles.Auditor, Roles.Administrator })
        {
            Assert.NotNull(home.QuerySelector($"section[data-role={role}]"));
        }

        Assert.NotNull(home.QuerySelector("section[data-role=SocialWorker] #my-open-cases-empty"));
        Assert.NotNull(home.QuerySelector("section[data-role=ServiceManager] #caseload"));
        Assert.Contains("1", home.QuerySelector("section[data-role=Administrator]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.NotNull(user);
    }
}
