using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Catalogue;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Applications;

/// <summary>The list of applications: only those of clients in the user's scope, newest first, filters, deadlines, audit.</summary>
public sealed class ListTests(WebFixture fixture) : ApplicationTest(fixture)
{
    [Fact]
    public async Task A_worker_sees_the_applications_of_their_clients_newest_first_and_the_view_is_audited_once()
    {
        await SeedAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (other, otherId) = await UserAsync(Roles.SocialWorker, "andris.kalns");
        var anna = await PersonAsync("Anna", "Liepa", workerId, new DateOnly(1950, 4, 12));
        var jānis = await PersonAsync("Jānis", "Bērziņš", otherId, new DateOnly(1960, 1, 1));
        var older = await RecordedAsync(worker, anna, "AB", workerId, submittedOn: new DateOnly(2026, 10, 26), received: [(ServiceCatalogueSeed.DisabilityOpinion, new DateOnly(2026, 10, 26))]);
        var newer = await RecordedAsync(worker, anna, "SKIA", workerId, submittedOn: new DateOnly(2026, 11, 20));
        await RecordedAsync(other, jānis, "SKIA", otherId);
        var before = await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ApplicationList));

        var page = await GetDocumentAsync(worker, "/Applications");

        var rows = page.QuerySelectorAll("#applications-table tr.application-row").ToList();
        Assert.Equal([newer.ToString(System.Globalization.CultureInfo.InvariantCulture), older.ToString(System.Globalization.CultureInfo.InvariantCulture)], rows.Select(r => r.GetAttribute("data-application")));
        Assert.Contains("Anna Liepa", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("20.11.2026", rows[0].TextContent, StringComparison.Ordinal);
        var deadline = rows[1].QuerySelector(".deadline")!;
        Assert.Contains("26.11.2026", deadline.TextContent, StringComparison.Ordinal);
        Assert.Equal("DueSoon", deadline.QuerySelector(".badge")!.GetAttribute("data-state"));
        Assert.Contains("Līdz termiņam: 3 dienas", deadline.TextContent, StringComparison.Ordinal);
        Assert.Equal(before + 1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ApplicationList)));
        var entry = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ApplicationList).OrderBy(a => a.Id).LastAsync());
        Assert.Equal(workerId, entry.ActorId);
        Assert.Equal("results=2; page=1; filters=none", entry.Details);

        var (manager, _) = await UserAsync(Roles.ServiceManager, "liga.vaditaja");
        Assert.Equal(3, (await GetDocumentAsync(manager, "/Applications")).QuerySelectorAll("tr.application-row").Length);
    }

    [Fact]
    public async Task Filters_by_status_service_and_worker_narrow_the_list()
    {
        await SeedAsync();
        var (manager, _) = await UserAsync(Roles.ServiceManager, "liga.vaditaja");
        var workerId = (await CreateUserAsync("ilze.ozola", Roles.SocialWorker)).Id;
        var otherId = (await CreateUserAsync("andris.kalns", Roles.SocialWorker)).Id;
        var anna = await PersonAsync("Anna", "Liepa", workerId, new DateOnly(1950, 4, 12));
        var respite = await RecordedAsync(manager, anna, "AB", workerId);
        var consultation = await RecordedAsync(manager, anna, "SKIA", otherId);
        var skia = await ServiceIdAsync("SKIA");

        string Ids(AngleSharp.Html.Dom.IHtmlDocument page) => string.Join(",", page.QuerySelectorAll("tr.application-row").Select(r => r.GetAttribute("data-application")));

        Assert.Equal($"{respite}", Ids(await GetDocumentAsync(manager, "/Applications?status=AwaitingDocuments")));
        Assert.Equal($"{consultation}", Ids(await GetDocumentAsync(manager, $"/Applications?service={skia}")));
        Assert.Equal($"{consultation}", Ids(await GetDocumentAsync(manager, $"/Applications?worker={otherId}")));
        Assert.Equal(string.Empty, Ids(await GetDocumentAsync(manager, "/Applications?status=Granted")));
        Assert.Equal($"{consultation},{respite}", Ids(await GetDocumentAsync(manager, "/Applications?status=Nonsense&p=99")));
        Assert.Equal("results=1; page=1; filters=worker", await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ApplicationList).OrderBy(a => a.Id).Select(a => a.Details).Skip(2).FirstAsync()));
    }

    [Theory]
    [InlineData(Roles.SocialWorker, HttpStatusCode.OK)]
    [InlineData(Roles.Specialist, HttpStatusCode.OK)]
    [InlineData(Roles.ServiceManager, HttpStatusCode.OK)]
    [InlineData(Roles.Auditor, HttpStatusCode.OK)]
    [InlineData(Roles.Administrator, HttpStatusCode.Redirect)]
    public async Task Every_role_that_reads_clients_opens_the_list_and_an_administrator_does_not(string role, HttpStatusCode expected)
    {
        await SeedAsync();
        var client = await SignedInAsync(role);

        var response = await client.GetAsync(new Uri("/Applications", UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            AssertAccessDenied(response);
        }
    }

    [Fact]
    public async Task An_auditor_reads_an_application_but_sees_no_change_links_and_cannot_open_the_forms()
    {
        await SeedAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var anna = await PersonAsync("Anna", "Liepa", workerId, new DateOnly(1950, 4, 12));
        var id = await RecordedAsync(worker, anna, "AB", workerId, received: [(ServiceCatalogueSeed.DisabilityOpinion, Today)]);
        var (auditor, _) = await UserAsync(Roles.Auditor, "auditors");

        var page = await GetDocumentAsync(auditor, $"/Applications/Details/{id}");

        Assert.Empty(page.QuerySelectorAll("#application-actions a"));
        foreach (var form in new[] { "AddDocument", "Extend", "Withdraw" })
        {
            AssertAccessDenied(await auditor.GetAsync(new Uri($"/Applications/{form}/{id}", UriKind.Relative)));
        }

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(worker, "/Applications/Details/999999"));
        Assert.Equal(ApplicationStatus.AwaitingDecision, (await StoredApplicationAsync(id)).Status);
    }

    [Fact]
    public async Task A_queued_application_shows_its_place_in_the_queue_and_the_decisions_with_their_letters_for_the_manager()
    {
        await SeedAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var (manager, managerId) = await UserAsync(Roles.ServiceManager, "liga.vaditaja");
        var anna = await PersonAsync("Anna", "Liepa", workerId, new DateOnly(1950, 4, 12));
        var jānis = await PersonAsync("Jānis", "Bērziņš", workerId, new DateOnly(1952, 1, 1));
        var first = await RecordedAsync(worker, anna, "AB", workerId, received: [(ServiceCatalogueSeed.DisabilityOpinion, Today)]);
        var second = await RecordedAsync(worker, jānis, "AB", workerId, received: [(ServiceCatalogueSeed.DisabilityOpinion, Today)]);
        var decisionId = 0;
        foreach (var id in new[] { first, second })
        {
            decisionId = await WithDbAsync(async db =>
            {
                var application = await db.Applications.Include(a => a.Documents).Include(a => a.Extensions).Include(a => a.Decisions).SingleAsync(a => a.Id == id);
                var decision = application.Decide(DecisionKind.Queue, Today, "Sociālo pakalpojumu un sociālās palīdzības likuma 9. pants", null, null, new Domain.Cases.Actor(managerId, "Līga Vadītāja"), TestInfrastructure.AppFactory.DefaultNow);
                await db.SaveChangesAsync();
                return decision.Id;
            });
        }

        var page = await GetDocumentAsync(manager, $"/Applications/Details/{second}");

        Assert.Equal("Rindā", page.QuerySelector("#application-status")!.TextContent);
        Assert.Equal("Vieta pakalpojuma rindā: 2", page.QuerySelector("#queue-position")!.TextContent);
        var decision = Assert.Single(page.QuerySelectorAll("#decisions li.decision"));
        Assert.Contains("IES-2026/0002-1", decision.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lēmums uzņemt rindā", decision.TextContent, StringComparison.Ordinal);
        Assert.Contains("Līga Vadītāja", decision.TextContent, StringComparison.Ordinal);
        Assert.Contains("Iesniedzējam vēl nav paziņots", decision.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Applications/Letter/{decisionId}", decision.QuerySelector("a.decision-letter")!.GetAttribute("href"));
        Assert.Equal($"/Applications/Decide/{second}", page.QuerySelector("#decide")!.GetAttribute("href"));
        Assert.Equal("Vieta pakalpojuma rindā: 1", (await GetDocumentAsync(worker, $"/Applications/Details/{first}")).QuerySelector("#queue-position")!.TextContent);
        var workersView = await GetDocumentAsync(worker, $"/Applications/Details/{first}");
        Assert.NotNull(workersView.QuerySelector("a.decision-letter")); // the worker sends the letter to the applicant
        Assert.Null(workersView.QuerySelector("#decide"));              // but only a manager decides
    }
}
