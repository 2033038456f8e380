using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Contacts;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using SocialServices.Web.Tests.Plans;

namespace SocialServices.Web.Tests.Contacts;

/// <summary>The follow-up boards at a fixed today (23.11.2026): overdue plan tasks and open cases without a contact for 30 days.</summary>
public sealed class FollowUpBoardTests(WebFixture fixture) : PlanTestBase(fixture)
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Overdue_tasks_and_quiet_cases_show_on_the_workers_board_for_own_cases_and_on_the_managers_for_all()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var otherId = (await CreateUserAsync("andris.kalns", Roles.SocialWorker)).Id;
        var manager = await SignedInAsync(Roles.ServiceManager, "vaditaja");

        // Mine: a plan with a task overdue and not done, one overdue but done, one due later; last contact 2 days ago.
        var active = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001", Today.AddDays(-90));
        var plan = await PlanAsync(active, workerId, Today.AddDays(-60), ("Sastādīt budžetu", Today.AddDays(-10)), ("Tikšanās skolā", Today.AddDays(-5)), ("Pulciņš", Today.AddDays(7)), ("Šodien", Today));
        var tasks = plan.Current.Goals[0].Tasks;
        await ContactAsync(active, workerId, 20, (tasks[0].Key, TaskOutcome.Done), (tasks[1].Key, TaskOutcome.Done));
        await ContactAsync(active, workerId, 2, (tasks[0].Key, TaskOutcome.Partly));

        // Mine: last contact 40 days ago; opened 50 days ago with no contact; opened 10 days ago with no contact; a closed one long quiet.
        var quiet = await CaseAsync(await ClientAsync("Anna", "Liepa", workerId), workerId, "2026/0002", Today.AddDays(-100));
        await ContactAsync(quiet, workerId, 40);
        var never = await CaseAsync(await ClientAsync("Pēteris", "Ozols", workerId), workerId, "2026/0003", Today.AddDays(-50));
        await CaseAsync(await ClientAsync("Līga", "Kalna", workerId), workerId, "2026/0004", Today.AddDays(-10));
        var closed = await CaseAsync(await ClientAsync("Ieva", "Zariņa", workerId), workerId, "2026/0005", Today.AddDays(-200));
        await WithDbAsync(async db =>
        {
            var c = await db.CaseFiles.SingleAsync(x => x.Id == closed);
            c.Close(Today.AddDays(-100), "Mērķi sasniegti", "Kopsavilkums", null, new Actor(workerId, "Tests"), AppFactory.DefaultNow);
            return await db.SaveChangesAsync();
        });

        // Someone else's: a task overdue, no contact for 35 days.
        var others = await CaseAsync(await ClientAsync("Olga", "Ivanova", otherId), otherId, "2026/0006", Today.AddDays(-35));
        await PlanAsync(others, otherId, Today.AddDays(-30), ("Ārsta apmeklējums", Today.AddDays(-1)));

        var board = (await GetDocumentAsync(worker, "/")).QuerySelector("section[data-role=SocialWorker]")!;
        var overdue = board.QuerySelectorAll("#worker-overdue-tasks tbody tr");
        Assert.Single(overdue);
        Assert.Equal(Id(active), overdue[0].GetAttribute("data-case"));
        Assert.Contains("Sastādīt budžetu", overdue[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("10 d. nokavēts", overdue[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Partly", overdue[0].QuerySelector("td[data-status]")!.GetAttribute("data-status"));
        var quietRows = board.QuerySelectorAll("#worker-no-contact tbody tr");
        Assert.Equal([Id(never), Id(quiet)], quietRows.Select(r => r.GetAttribute("data-case")!));
        Assert.Equal(["50", "40"], quietRows.Select(r => r.QuerySelector("td[data-col=days]")!.TextContent));
        Assert.Contains("nav bijis", quietRows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains(Lv(Today.AddDays(-40)), quietRows[1].TextContent, StringComparison.Ordinal);

        var managerBoard = (await GetDocumentAsync(manager, "/")).QuerySelector("section[data-role=ServiceManager]")!;
        Assert.Equal([Id(active), Id(others)], managerBoard.QuerySelectorAll("#manager-overdue-tasks tbody tr").Select(r => r.GetAttribute("data-case")!));
        Assert.Equal([Id(never), Id(quiet), Id(others)], managerBoard.QuerySelectorAll("#manager-no-contact tbody tr").Select(r => r.GetAttribute("data-case")!));
        Assert.Contains("Tests andris.kalns", managerBoard.QuerySelector("#manager-no-contact")!.TextContent, StringComparison.Ordinal);

        // 25 days later the tasks due in a week and today are overdue too; the case opened 10 days ago is now quiet, the one with a contact 2 days ago not yet.
        Factory.Clock.Advance(TimeSpan.FromDays(25));
        worker = await SignInAgainAsync("ilze.ozola");
        board = (await GetDocumentAsync(worker, "/")).QuerySelector("section[data-role=SocialWorker]")!;
        Assert.Equal(3, board.QuerySelectorAll("#worker-overdue-tasks tbody tr").Length);
        Assert.Equal([Id(never), Id(quiet), Id(await CaseIdAsync("2026/0004"))], board.QuerySelectorAll("#worker-no-contact tbody tr").Select(r => r.GetAttribute("data-case")!));
    }

    [Fact]
    public async Task Empty_boards_say_so()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001", Today.AddDays(-5));

        var board = await GetDocumentAsync(worker, "/");

        Assert.NotNull(board.QuerySelector("#worker-overdue-tasks-empty"));
        Assert.NotNull(board.QuerySelector("#worker-no-contact-empty"));
    }

    [Fact]
    public async Task The_demo_has_a_plan_in_two_agreed_revisions_contacts_one_overdue_task_and_one_quiet_case()
    {
        await SetUpOrganisationAsync();
        foreach (var (userName, role) in new[] { ("anna.worker", Roles.SocialWorker), ("ilze.worker", Roles.SocialWorker), ("juris.worker", Roles.SocialWorker), ("psihologe", Roles.Specialist), ("vaditaja", Roles.ServiceManager) })
        {
            await CreateUserAsync(userName, role);
        }

        var clock = Factory.Clock;
        await WithDbAsync(async db =>
        {
            await DemoData.SeedAsync(db, clock, CancellationToken.None);
            await DemoPlans.SeedAsync(db, clock, CancellationToken.None);
            await DemoPlans.SeedAsync(db, clock, CancellationToken.None); // once only
            return 0;
        });

        var plan = await WithDbAsync(db => db.Plans.AsNoTracking().Include(p => p.Revisions).ThenInclude(r => r.Agreements).SingleAsync());
        Assert.Equal(2, plan.Revisions.Count);
        Assert.All(plan.Revisions, r => Assert.NotNull(r.Agreement));
        Assert.NotNull(plan.Revisions.Single(r => r.Number == 2).Reason);
        var main = await StoredCaseAsync(plan.CaseFileId);
        Assert.Equal(2, main.Events.Count(e => e.Kind == CaseEventKind.PlanRevised));
        Assert.Equal(2, main.Events.Count(e => e.Kind == CaseEventKind.PlanAgreed));
        Assert.Equal(5, main.Events.Count(e => e.Kind == CaseEventKind.ContactRecorded));

        var manager = await SignInAgainAsync("vaditaja");
        var board = (await GetDocumentAsync(manager, "/")).QuerySelector("section[data-role=ServiceManager]")!;
        var overdue = Assert.Single(board.QuerySelectorAll("#manager-overdue-tasks tbody tr"));
        Assert.Equal(Id(plan.CaseFileId), overdue.GetAttribute("data-case"));
        Assert.Contains("namu pārvaldnieku", overdue.TextContent, StringComparison.Ordinal);
        var quiet = Assert.Single(board.QuerySelectorAll("#manager-no-contact tbody tr"));
        Assert.NotEqual(Id(plan.CaseFileId), quiet.GetAttribute("data-case"));
        Assert.Equal("75", quiet.QuerySelector("td[data-col=days]")!.TextContent);
    }

    private async Task<int> CaseIdAsync(string number) => await WithDbAsync(db => db.CaseFiles.Where(c => c.Number == number).Select(c => c.Id).SingleAsync());
}
