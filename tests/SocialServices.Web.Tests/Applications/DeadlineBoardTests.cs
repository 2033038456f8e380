using System.Net;
using SocialServices.Domain.Applications;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Applications;

/// <summary>The deadline board at the fixed "today" of the tests: Monday 23.11.2026.</summary>
public sealed class DeadlineBoardTests(WebFixture fixture) : DecisionTestBase(fixture)
{
    [Fact]
    public async Task The_board_lists_undecided_applications_by_deadline_with_overdue_red_and_due_within_five_working_days_amber()
    {
        var (manager, ids, _) = await ArrangeAsync();

        var page = await GetDocumentAsync(manager, "/Applications/Board");

        var rows = page.QuerySelectorAll("#deadline-board tbody tr").ToList();
        Assert.Equal([ids["overdue"], ids["due-thursday"], ids["due-monday"], ids["on-track"], ids["awaiting"]], rows.Select(r => int.Parse(r.GetAttribute("data-application")!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["Overdue", "DueSoon", "DueSoon", "Open", "AwaitingDocuments"], rows.Select(r => r.GetAttribute("data-state")));
        Assert.Contains("table-danger", rows[0].ClassName, StringComparison.Ordinal);
        Assert.Contains("table-warning", rows[1].ClassName, StringComparison.Ordinal);
        Assert.Contains("table-warning", rows[2].ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("table-", rows[3].ClassName ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("nokavēts 3 d.", rows[0].QuerySelector("[data-col=days]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 d.", rows[1].QuerySelector("[data-col=days]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("20.11.2026", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("trūkst dok.: 1", rows[4].TextContent, StringComparison.Ordinal);
        Assert.Contains("1", page.QuerySelector("[data-count=overdue]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2", page.QuerySelector("[data-count=due-soon]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1", page.QuerySelector("[data-count=on-track]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1", page.QuerySelector("[data-count=awaiting-documents]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.GetAttribute("data-application") == ids["granted"].ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_board_filters_by_service_and_worker()
    {
        var (manager, ids, workers) = await ArrangeAsync();
        var ab = await ServiceIdAsync("AB");

        var byService = await GetDocumentAsync(manager, $"/Applications/Board?serviceId={ab}");
        Assert.Equal([ids["due-monday"].ToString(System.Globalization.CultureInfo.InvariantCulture)], byService.QuerySelectorAll("#deadline-board tbody tr").Select(r => r.GetAttribute("data-application")));

        var byWorker = await GetDocumentAsync(manager, $"/Applications/Board?workerId={workers.Second}");
        Assert.Equal([ids["on-track"].ToString(System.Globalization.CultureInfo.InvariantCulture)], byWorker.QuerySelectorAll("#deadline-board tbody tr").Select(r => r.GetAttribute("data-application")));
    }

    [Fact]
    public async Task The_board_is_the_managers_start_page_and_moving_today_turns_amber_into_red()
    {
        var (manager, ids, _) = await ArrangeAsync();

        var start = await GetDocumentAsync(manager, "/");
        Assert.Equal(5, start.QuerySelectorAll("#manager-deadlines #deadline-board tbody tr").Length);

        Factory.Clock.Advance(TimeSpan.FromDays(4)); // Friday 27.11.2026: the Thursday deadline has passed.
        var later = await GetDocumentAsync(await SignInAgainAsync("vaditaja"), "/Applications/Board");
        var thursday = later.QuerySelector($"#deadline-board tr[data-application='{ids["due-thursday"]}']")!;
        Assert.Equal("Overdue", thursday.GetAttribute("data-state"));
        Assert.Contains("nokavēts 1 d.", thursday.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overdue_applications_also_show_on_the_responsible_workers_board_and_only_theirs()
    {
        var (_, ids, workers) = await ArrangeAsync();
        var first = await SignInAgainAsync("pirma");
        var second = await SignInAgainAsync("otra");

        var mine = await GetDocumentAsync(first, "/");
        Assert.Equal([ids["overdue"].ToString(System.Globalization.CultureInfo.InvariantCulture)], mine.QuerySelectorAll("#my-overdue-table tbody tr").Select(r => r.GetAttribute("data-application")));
        Assert.Null((await GetDocumentAsync(second, "/")).QuerySelector("#my-overdue-applications"));
        Assert.NotNull(workers.First);
    }

    [Theory]
    [InlineData(Roles.SocialWorker)]
    [InlineData(Roles.Specialist)]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Administrator)]
    public async Task Only_managers_open_the_full_board(string role)
    {
        await SetUpOrganisationAsync();
        var client = await SignedInAsync(role);
        var response = await client.GetAsync(new Uri("/Applications/Board", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private async Task<(HttpClient Manager, Dictionary<string, int> Ids, (string First, string Second) Workers)> ArrangeAsync()
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "vaditaja");
        var first = (await UserAsync(Roles.SocialWorker, "pirma")).Id;
        var second = (await UserAsync(Roles.SocialWorker, "otra")).Id;
        async Task<int> Client(string name) => await ClientAsync(name, "Klientė", first);
        var ids = new Dictionary<string, int>
        {
            // Deadline = one month after the documents were complete (the submission day here).
            ["on-track"] = await ApplicationAsync(await Client("Dace"), "6.1.3", new DateOnly(2026, 11, 2), second, "IES-2026/0004"),      // 02.12: 7 working days
            ["overdue"] = await ApplicationAsync(await Client("Anna"), "6.1.3", new DateOnly(2026, 10, 20), first, "IES-2026/0001"),        // 20.11: overdue by 3 days
            ["due-monday"] = await ApplicationAsync(await Client("Cilda"), "AB", new DateOnly(2026, 10, 30), first, "IES-2026/0003"),       // 30.11: 5 working days
            ["due-thursday"] = await ApplicationAsync(await Client("Baiba"), "6.1.4", new DateOnly(2026, 10, 26), first, "IES-2026/0002"),  // 26.11: 3 working days
            ["awaiting"] = await ApplicationAsync(await Client("Elza"), "DAC", new DateOnly(2026, 11, 20), first, "IES-2026/0005", complete: false),
            ["granted"] = await ApplicationAsync(await Client("Frīda"), "6.1.7", new DateOnly(2026, 10, 1), first, "IES-2026/0006"),
        };
        await WithDbAsync(async db =>
        {
            var granted = await db.Applications.FindAsync(ids["granted"]);
            granted!.Decide(DecisionKind.Grant, new DateOnly(2026, 10, 20), "MK noteikumi Nr. 138", null, null, new Domain.Cases.Actor("x", "Tests"), TestInfrastructure.AppFactory.DefaultNow);
            var awaiting = await db.Applications.FindAsync(ids["awaiting"]);
            awaiting!.AddDocument(awaiting.RequiredDocuments[0], new DateOnly(2026, 11, 20), null, new Domain.Cases.Actor("x", "Tests"), TestInfrastructure.AppFactory.DefaultNow);
            return await db.SaveChangesAsync();
        });
        return (manager, ids, (first, second));
    }
}
