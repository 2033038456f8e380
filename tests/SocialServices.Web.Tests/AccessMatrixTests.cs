using System.Net;
using SocialServices.Web.Identity;
using SocialServices.Web.Tests.Clients;

namespace SocialServices.Web.Tests;

/// <summary>
/// The access scope as a matrix: every client and case page, opened by every role and by users outside
/// the client's scope, is allowed (200), forbidden (403 / access denied) or not found (404, which is also
/// what an out-of-scope client looks like, so that no URL reveals a client).
/// </summary>
public sealed class AccessMatrixTests(WebFixture fixture) : ClientTest(fixture)
{
    public enum Outcome
    {
        Ok,
        Forbidden,
        NotFound,
    }

    // The people: the responsible worker, a worker outside the scope, a specialist in the case team,
    // a specialist outside it, a manager, an auditor and an administrator.
    private const string Worker = "worker";
    private const string OtherWorker = "other.worker";
    private const string TeamSpecialist = "team.specialist";
    private const string OtherSpecialist = "other.specialist";
    private const string Manager = "manager";
    private const string Auditor = "auditor";
    private const string Admin = "admin";

    private static readonly Dictionary<string, string> RoleOf = new()
    {
        [Worker] = Roles.SocialWorker,
        [OtherWorker] = Roles.SocialWorker,
        [TeamSpecialist] = Roles.Specialist,
        [OtherSpecialist] = Roles.Specialist,
        [Manager] = Roles.ServiceManager,
        [Auditor] = Roles.Auditor,
        [Admin] = Roles.Administrator,
    };

    /// <summary>Page (with {client} and {case} placeholders) and the outcome for each person, in the order of <see cref="RoleOf"/>.</summary>
    private static readonly (string Page, Outcome[] Outcomes)[] Matrix =
    [
        //                                   worker       other.worker        team.spec           other.spec          manager       auditor             admin
        ("/Clients",                       [Outcome.Ok, Outcome.Ok,        Outcome.Ok,        Outcome.Ok,        Outcome.Ok, Outcome.Ok,        Outcome.Forbidden]),
        ("/Clients/Create",                [Outcome.Ok, Outcome.Ok,        Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Clients/Details/{client}",      [Outcome.Ok, Outcome.NotFound,  Outcome.Ok,        Outcome.NotFound,  Outcome.Ok, Outcome.Ok,        Outcome.Forbidden]),
        ("/Clients/Edit/{client}",         [Outcome.Ok, Outcome.NotFound,  Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Clients/Relations/Add/{client}", [Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Clients/Export/{client}",       [Outcome.Ok, Outcome.NotFound,  Outcome.Forbidden, Outcome.NotFound,  Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Cases/Open/{client}",           [Outcome.Ok, Outcome.NotFound,  Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Cases/Details/{case}",          [Outcome.Ok, Outcome.NotFound,  Outcome.Ok,        Outcome.NotFound,  Outcome.Ok, Outcome.Ok,        Outcome.Forbidden]),
        ("/Cases/Close/{case}",            [Outcome.Ok, Outcome.NotFound,  Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Cases/Reassign/{case}",         [Outcome.Ok, Outcome.NotFound,  Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Cases/Team/{case}",             [Outcome.Ok, Outcome.NotFound,  Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Applications",                  [Outcome.Ok, Outcome.Ok,        Outcome.Ok,        Outcome.Ok,        Outcome.Ok, Outcome.Ok,        Outcome.Forbidden]),
        ("/Applications/Create?clientId={client}", [Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Applications/Details/{application}", [Outcome.Ok, Outcome.NotFound, Outcome.Ok,   Outcome.NotFound,  Outcome.Ok, Outcome.Ok,        Outcome.Forbidden]),
        ("/Applications/AddDocument/{application}", [Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Applications/Decide/{application}", [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Applications/Letter/{decision}", [Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Ok,        Outcome.Forbidden]),
        ("/Applications/Notify/{decision}", [Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Applications/Contract/{application}", [Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Applications/Board",            [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Groups",                        [Outcome.Ok, Outcome.Ok,        Outcome.Ok,        Outcome.Ok,        Outcome.Ok, Outcome.Ok,        Outcome.Forbidden]),
        ("/Groups/Create",                 [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Assessments/Create/{case}", [Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Plans/Edit/{case}", [Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Contacts/{case}", [Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),
        ("/Contacts/Record/{case}", [Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Evaluations/Create/{case}", [Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Crisis/Flag/{case}", [Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Connections/Client/{client}", [Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),
        ("/Connections/Add/{client}", [Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Audit",                         [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Ok]),
        // issue 6: staff
        ("/Staff", [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Ok, Outcome.Ok]),
        ("/Staff/Edit", [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Ok]),
        ("/Staff/Positions", [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Ok, Outcome.Ok]),
        ("/Staff/Timesheets", [Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),
        ("/Staff/Timesheets/Sheet", [Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),
        ("/Staff/Workload", [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Ok, Outcome.Ok]),
        ("/Staff/Timesheets/Export?format=csv", [Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),

        // issue 6: attendance
        ("/Attendance", [Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),
        ("/Attendance/Appointments", [Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),
        ("/Attendance/Appointments/Create", [Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Attendance/Appointments/Create?clientId={client}", [Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Attendance/Appointments/Create?caseId={case}", [Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Attendance/Client/{client}", [Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),

        // issue 7: feedback
        ("/Feedback/Complaints", [Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),
        ("/Feedback/Complaints/Create", [Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Feedback/Surveys", [Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),
        ("/Feedback/Surveys/Edit", [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Feedback/Surveys/Results", [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),

        ("/Community", [Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),
        ("/Community/Client/{client}", [Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),
        ("/Community/Profile/{client}", [Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Community/Start/{case}", [Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden]),
        ("/Community/Support/{client}", [Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),
        ("/Community/Units", [Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),
        ("/Admin/CombinationRules", [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok]),

        ("/Compensation/Claims", [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),
        ("/Compensation/Procurement", [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Ok, Outcome.Forbidden]),
        ("/Compensation/UnitCosts", [Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok, Outcome.Ok, Outcome.Ok]),

    ];

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var (page, _) in Matrix)
        {
            data.Add(page);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_person_gets_what_the_scope_allows(string page)
    {
        await SetUpOrganisationAsync();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (userName, role) in RoleOf)
        {
            clients[userName] = await SignedInAsync(role, userName);
        }

        var clientId = await AddClientAsync("Ņina", "Žūriņa", await UserIdAsync(Worker), OldCode("161175", '1', "999"));
        var caseId = await AddCaseAsync(clientId, await UserIdAsync(Worker), "2026/0001", teamMemberId: await UserIdAsync(TeamSpecialist));
        var (applicationId, decisionId) = await ApplicationWithDecisionAsync(clientId, caseId, await UserIdAsync(Worker), await UserIdAsync(Manager));
        var outcomes = Matrix.Single(m => m.Page == page).Outcomes;
        var url = page.Replace("{client}", clientId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{case}", caseId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{application}", applicationId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{decision}", decisionId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var failures = new List<string>();
        var index = 0;
        foreach (var userName in RoleOf.Keys)
        {
            var expected = outcomes[index++];
            var response = await clients[userName].GetAsync(new Uri(url, UriKind.Relative));
            var actual = response.StatusCode switch
            {
                HttpStatusCode.OK => Outcome.Ok,
                HttpStatusCode.NotFound => Outcome.NotFound,
                HttpStatusCode.Forbidden => Outcome.Forbidden,
                HttpStatusCode.Redirect when response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal) => Outcome.Forbidden,
                _ => (Outcome)(-1),
            };
            if (actual != expected)
            {
                failures.Add($"{userName} ({RoleOf[userName]}): expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(failures.Count == 0, url + ":\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task Out_of_scope_clients_are_not_counted_listed_or_found_by_search()
    {
        await SetUpOrganisationAsync();
        var other = await SignedInAsync(Roles.SocialWorker, OtherWorker);
        await CreateUserAsync(Worker, Roles.SocialWorker);
        var clientId = await AddClientAsync("Ņina", "Žūriņa", await UserIdAsync(Worker), OldCode("161175", '1', "999"));
        await AddCaseAsync(clientId, await UserIdAsync(Worker), "2026/0001");

        foreach (var query in new[] { "/Clients", "/Clients?q=Zurina", "/Clients?q=161175-19997", "/Clients?q=2026/0001", "/" })
        {
            var html = await (await other.GetAsync(new Uri(query, UriKind.Relative))).Content.ReadAsStringAsync();
            Assert.DoesNotContain("Žūriņa", html, StringComparison.Ordinal);
            Assert.DoesNotContain("2026/0001", html.Replace("q=2026/0001", string.Empty, StringComparison.Ordinal).Replace("value=\"2026/0001\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    /// <summary>An application of the client, placed in the queue by the manager (so every application page has something to show).</summary>
    private async Task<(int ApplicationId, int DecisionId)> ApplicationWithDecisionAsync(int clientId, int caseId, string workerId, string managerId) =>
        await WithDbAsync(async db =>
        {
            var municipalityId = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Organisations.Select(o => o.MunicipalityId));
            var services = Domain.Catalogue.ServiceCatalogueSeed.Create(municipalityId);
            db.Services.AddRange(services);
            await db.SaveChangesAsync();
            var service = services.Single(x => x.Code == "6.1.3");
            var application = new Domain.Applications.ServiceApplication(OrganisationId, clientId, service.Id, "IES-2026/0001",
                new Domain.Applications.ApplicationDetails(Today, Domain.Applications.ApplicationChannel.InPerson, Domain.Applications.ApplicantKind.Client, null, null, caseId, workerId, null, null),
                [], new Domain.Cases.Actor(workerId, "Tests"), TestInfrastructure.AppFactory.DefaultNow);
            var decision = application.Decide(Domain.Applications.DecisionKind.Queue, Today, "MK noteikumi Nr. 138", null, 1, new Domain.Cases.Actor(managerId, "Tests"), TestInfrastructure.AppFactory.DefaultNow);
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return (application.Id, decision.Id);
        });
}
