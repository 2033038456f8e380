using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Assessments;

/// <summary>
/// Every assessment page for every role: out of scope is 404 (like a missing one), read-only roles read but change
/// nothing (403), the administrator sees no client data but keeps the instruments' lists.
/// </summary>
public sealed class AccessTests(WebFixture fixture) : AssessmentTest(fixture)
{
    public enum Outcome
    {
        Ok,
        Forbidden,
        NotFound,
    }

    private static readonly (string Page, Outcome Worker, Outcome OtherWorker, Outcome TeamSpecialist, Outcome Manager, Outcome Auditor, Outcome Admin)[] Matrix =
    [
        ("/Assessments/Create/{case}", Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden),
        ("/Assessments/Details/{completed}", Outcome.Ok, Outcome.NotFound, Outcome.Ok, Outcome.Ok, Outcome.Ok, Outcome.Forbidden),
        ("/Assessments/Edit/{draft}", Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden),
        ("/Assessments/Correct/{completed}", Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Ok, Outcome.Forbidden, Outcome.Forbidden),
        ("/Assessments/Export/{completed}", Outcome.Ok, Outcome.NotFound, Outcome.Forbidden, Outcome.Ok, Outcome.Ok, Outcome.Forbidden),
        ("/Admin/Assessments/Domains", Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok),
        ("/Admin/Assessments/RiskItems", Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Forbidden, Outcome.Ok),
    ];

    [Fact]
    public async Task Each_person_gets_what_the_scope_and_the_role_allow()
    {
        var s = await SetUpAsync();
        var people = new Dictionary<string, HttpClient> { ["worker"] = s.Worker };
        foreach (var (name, role) in new[] { ("other.worker", Roles.SocialWorker), ("team.specialist", Roles.Specialist), ("manager", Roles.ServiceManager), ("auditor", Roles.Auditor), ("admin", Roles.Administrator) })
        {
            people[name] = await SignedInAsync(role, name);
        }

        await WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.Include(c => c.Team).SingleAsync(c => c.Id == s.CaseId);
            caseFile.AddTeamMember(await db.Users.Where(u => u.UserName == "team.specialist").Select(u => u.Id).SingleAsync(), "Psihologs", new Domain.Cases.Actor(s.WorkerId, "Tests"), TestInfrastructure.AppFactory.DefaultNow);
            return await db.SaveChangesAsync();
        });
        var completed = await StartAsync(s.Worker, s.CaseId, AssessmentKind.InitialSocialSituation);
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(s.Worker, completed, "complete", [("Input.Social", "Apraksts"), ("Input.Conclusion", "Secinājumi")])).StatusCode);
        var draft = await StartAsync(s.Worker, s.CaseId, AssessmentKind.Functional);

        var failures = new List<string>();
        foreach (var row in Matrix)
        {
            var url = row.Page.Replace("{case}", s.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{completed}", completed.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{draft}", draft.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            var expected = new[] { row.Worker, row.OtherWorker, row.TeamSpecialist, row.Manager, row.Auditor, row.Admin };
            var names = new[] { "worker", "other.worker", "team.specialist", "manager", "auditor", "admin" };
            for (var i = 0; i < names.Length; i++)
            {
                var response = await people[names[i]].GetAsync(new Uri(url, UriKind.Relative));
                var actual = response.StatusCode switch
                {
                    HttpStatusCode.OK => Outcome.Ok,
                    HttpStatusCode.NotFound => Outcome.NotFound,
                    HttpStatusCode.Forbidden => Outcome.Forbidden,
                    HttpStatusCode.Redirect when response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal) => Outcome.Forbidden,
                    _ => (Outcome)(-1),
                };
                if (actual != expected[i])
                {
                    failures.Add($"{url} {names[i]}: expected {expected[i]}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // A missing assessment looks exactly like one out of scope.
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(s.Worker, "/Assessments/Details/999999"));
        // The case page shows another worker nothing (404 there too) and the auditor the list without the button.
        var auditorCase = await GetDocumentAsync(people["auditor"], $"/Cases/Details/{s.CaseId}");
        Assert.Equal(2, auditorCase.QuerySelectorAll("#assessment-list tbody tr").Length);
        Assert.Null(auditorCase.QuerySelector("[data-action='new-assessment']"));
    }

    [Fact]
    public async Task An_auditor_reads_and_exports_but_a_post_is_refused_and_nothing_changes()
    {
        var s = await SetUpAsync();
        var auditor = await SignedInAsync(Roles.Auditor, "janis.liepins");
        var id = await StartAsync(s.Worker, s.CaseId, AssessmentKind.InitialSocialSituation);
        var workerPage = await GetDocumentAsync(s.Worker, $"/Assessments/Edit/{id}");
        var details = await GetDocumentAsync(auditor, $"/Assessments/Details/{id}");
        Assert.Null(details.QuerySelector("[data-action='edit']"));
        Assert.NotNull(details.QuerySelector("[data-action='pdf']"));

        // The auditor posts with a token of their own session: the policy refuses before anything runs.
        var values = FormValues(workerPage).Select(v => v.Key == "Input.Social" ? new KeyValuePair<string, string>(v.Key, "Auditors raksta") : v).Append(new("step", "save"));
        AssertAccessDenied(await PostPairsAsync(auditor, $"/Assessments/Edit/{id}", values, null, details));
        AssertAccessDenied(await PostPairsAsync(auditor, $"/Assessments/Create/{s.CaseId}", Fields(("Input.Kind", "Functional"), ("Input.AssessedOn", Iso(Today))), null, details));
        AssertAccessDenied(await PostPairsAsync(auditor, $"/Assessments/Correct/{id}", Fields(("Input.Reason", "x")), null, details));
        Assert.Null((await StoredAsync(id)).Content.Initial!.Social);
        Assert.Equal(1, await WithDbAsync(db => db.Assessments.CountAsync()));

        var reads = await AuditAsync(AuditActions.AssessmentRead);
        Assert.Contains(reads, r => r.ActorName == "janis.liepins" && r.ClientId == s.ClientId && r.CaseFileId == s.CaseId);
    }

    [Fact]
    public async Task Another_worker_cannot_post_to_an_assessment_outside_their_scope()
    {
        var s = await SetUpAsync();
        var other = await SignedInAsync(Roles.SocialWorker, "marta.kalnina");
        var id = await StartAsync(s.Worker, s.CaseId, AssessmentKind.InitialSocialSituation);
        var ownPage = await GetDocumentAsync(other, "/Clients");

        var response = await PostPairsAsync(other, $"/Assessments/Edit/{id}", Fields(("Input.Social", "Sveša roka"), ("step", "save")), null, ownPage);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostPairsAsync(other, $"/Assessments/Create/{s.CaseId}", Fields(("Input.Kind", "Functional"), ("Input.AssessedOn", Iso(Today))), null, ownPage)).StatusCode);
        Assert.Null((await StoredAsync(id)).Content.Initial!.Social);
    }
}
