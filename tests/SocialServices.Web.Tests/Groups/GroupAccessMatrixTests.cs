using System.Globalization;
using System.Net;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Groups;

/// <summary>
/// Every group page for every person: a manager, the group's leader (a specialist), another specialist, a social worker
/// who registered the member, an auditor and an administrator. Allowed (200), forbidden (access denied) or not found (404:
/// a member outside the user's scope looks like a missing one). Kept beside <see cref="AccessMatrixTests"/> because the
/// group pages need a group, a session and a member that the shared matrix does not make.
/// </summary>
public sealed class GroupAccessMatrixTests(WebFixture fixture) : GroupTestBase(fixture)
{
    private const string Manager = "manager";
    private const string Leader = "leader";
    private const string OtherSpecialist = "other.specialist";
    private const string Worker = "worker";
    private const string Auditor = "auditor";
    private const string Admin = "admin";

    private static readonly Dictionary<string, string> RoleOf = new()
    {
        [Manager] = Roles.ServiceManager,
        [Leader] = Roles.Specialist,
        [OtherSpecialist] = Roles.Specialist,
        [Worker] = Roles.SocialWorker,
        [Auditor] = Roles.Auditor,
        [Admin] = Roles.Administrator,
    };

    private const AccessMatrixTests.Outcome Ok = AccessMatrixTests.Outcome.Ok;
    private const AccessMatrixTests.Outcome No = AccessMatrixTests.Outcome.Forbidden;
    private const AccessMatrixTests.Outcome Missing = AccessMatrixTests.Outcome.NotFound;

    private static readonly (string Page, AccessMatrixTests.Outcome[] Outcomes)[] Matrix =
    [
        //                                           manager leader other.spec worker   auditor admin
        ("/Groups",                                  [Ok,     Ok,    Ok,        Ok,      Ok,     No]),
        ("/Groups/Details/{group}",                  [Ok,     Ok,    Ok,        Ok,      Ok,     No]),
        ("/Groups/Create",                           [Ok,     No,    No,        No,      No,     No]),
        ("/Groups/Edit/{group}",                     [Ok,     No,    No,        No,      No,     No]),
        ("/Groups/AddSession/{group}",               [Ok,     Ok,    No,        No,      No,     No]),
        ("/Groups/Session/{session}",                [Ok,     Ok,    No,        No,      No,     No]),
        ("/Groups/Leave/{enrolment}",                [Ok,     Ok,    Missing,   No,      No,     No]),
        ("/Groups/Export/{group}?format=pdf",        [Ok,     Ok,    Ok,        Ok,      Ok,     No]),
        ("/Groups/Export/{group}?format=csv",        [Ok,     Ok,    Ok,        Ok,      Ok,     No]),
        ("/Groups/Evaluations/{group}",              [Ok,     Ok,    No,        No,      Ok,     No]),
        ("/Groups/Evaluate/{enrolment}",             [Ok,     Ok,    Missing,   Missing, No,     No]),
        ("/Groups/EvaluationsPdf/{group}",           [Ok,     No,    No,        No,      Ok,     No]),
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
    public async Task Each_person_gets_what_their_part_in_the_group_allows(string page)
    {
        await SetUpOrganisationAsync();
        await SeedCatalogueAsync();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (userName, role) in RoleOf)
        {
            clients[userName] = await SignedInAsync(role, userName);
        }

        var (groupId, sessions) = await GroupWithSessionsAsync("6.1.3", "Esam ģimene", Today.AddDays(-14), 2, 10, await UserIdAsync(Leader));
        var clientId = await ClientAsync("Ņina", "Žūriņa", await UserIdAsync(Worker));
        var enrolmentId = await EnrolAsync(clientId, groupId, Today.AddDays(-20));
        var url = page.Replace("{group}", groupId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{session}", sessions[1].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{enrolment}", enrolmentId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var failures = new List<string>();
        var outcomes = Matrix.Single(m => m.Page == page).Outcomes;
        var index = 0;
        foreach (var userName in RoleOf.Keys)
        {
            var expected = outcomes[index++];
            var response = await clients[userName].GetAsync(new Uri(url, UriKind.Relative));
            var actual = response.StatusCode switch
            {
                HttpStatusCode.OK => Ok,
                HttpStatusCode.NotFound => Missing,
                HttpStatusCode.Forbidden => No,
                HttpStatusCode.Redirect when response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal) => No,
                _ => (AccessMatrixTests.Outcome)(-1),
            };
            if (actual != expected)
            {
                failures.Add($"{userName} ({RoleOf[userName]}): expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(failures.Count == 0, url + ":\n" + string.Join("\n", failures));
    }
}
