using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Clients;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Assessments;

/// <summary>
/// "Risk assessment due" on the start page at a fixed today: six months after the last completed risk-factor assessment
/// (due soon from 14 days before, overdue after), and families at risk with none some time after their case opened.
/// The worker sees the cases they are responsible for; the manager every case.
/// </summary>
public sealed class BoardTests(WebFixture fixture) : AssessmentTest(fixture)
{
    private static async Task<int> CompletedRiskAsync(Setup s)
    {
        var id = await StartAsync(s.Worker, s.CaseId, AssessmentKind.RiskFactors);
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(s.Worker, id, "complete", [("Input.Risk[0].Scores[0]", "2")])).StatusCode);
        return id;
    }

    [Fact]
    public async Task The_next_risk_assessment_shows_from_two_weeks_before_it_is_due_and_is_overdue_after()
    {
        var s = await SetUpAsync();
        var manager = await SignedInAsync(Roles.ServiceManager, "ilze.berzina");
        await CompletedRiskAsync(s); // completed 23.11.2026: next due 23.05.2027

        Assert.NotNull((await GetDocumentAsync(s.Worker, "/")).QuerySelector("#worker-risk-due-empty"));

        Factory.Clock.AdjustTime(new DateTimeOffset(2027, 5, 8, 9, 0, 0, TimeSpan.Zero)); // 15 days before
        var worker = await SignInAgainAsync(WorkerName);
        Assert.NotNull((await GetDocumentAsync(worker, "/")).QuerySelector("#worker-risk-due-empty"));

        Factory.Clock.AdjustTime(new DateTimeOffset(2027, 5, 9, 9, 0, 0, TimeSpan.Zero)); // 14 days before
        worker = await SignInAgainAsync(WorkerName);
        var board = await GetDocumentAsync(worker, "/");
        var row = board.QuerySelector($"#worker-risk-due-table tr[data-case='{s.CaseId}']");
        Assert.NotNull(row);
        Assert.Equal("23.05.2027", Text(row!.QuerySelector("[data-col=due]")));
        Assert.StartsWith("Drīz jāveic", Text(row.QuerySelector("[data-col=state]")), StringComparison.Ordinal);
        Assert.Contains("iepriekš: augsts", Text(row.QuerySelector("[data-col=state]")), StringComparison.Ordinal);
        Assert.Equal("Jāveic riska faktoru novērtējums (1)", Text(board.QuerySelector("#worker-risk-due h3")));

        Factory.Clock.AdjustTime(new DateTimeOffset(2027, 5, 24, 9, 0, 0, TimeSpan.Zero)); // the day after
        worker = await SignInAgainAsync(WorkerName);
        var managerAgain = await SignInAgainAsync("ilze.berzina");
        var overdue = (await GetDocumentAsync(worker, "/")).QuerySelector($"#worker-risk-due-table tr[data-case='{s.CaseId}']")!;
        Assert.StartsWith("Nokavēts", Text(overdue.QuerySelector("[data-col=state]")), StringComparison.Ordinal);
        Assert.Contains("table-danger", overdue.ClassName, StringComparison.Ordinal);
        var managerRow = (await GetDocumentAsync(managerAgain, "/")).QuerySelector($"#manager-risk-due-table tr[data-case='{s.CaseId}']");
        Assert.NotNull(managerRow);
        Assert.Contains("Tests " + WorkerName, Text(managerRow), StringComparison.Ordinal);
        _ = manager;
    }

    [Fact]
    public async Task A_new_risk_assessment_clears_the_board_and_a_worker_sees_only_their_own_cases()
    {
        var s = await SetUpAsync();
        var (_, otherId) = await UserAsync(Roles.SocialWorker, "marta.kalnina");
        var otherClient = await ClientAsync("Dace", "Krūmiņa", otherId);
        var otherCase = await CaseAsync(otherClient, otherId, "2026/0002", Today.AddDays(-250));
        await WithDbAsync(async db =>
        {
            // The other worker's risk assessment, completed seven months ago: overdue.
            var caseFile = await db.CaseFiles.SingleAsync(c => c.Id == otherCase);
            var content = RiskContent.Start([new RiskMember("Dace Krūmiņa", null, null)], [(1, "Atkarības")]);
            var by = new Domain.Cases.Actor(otherId, "Tests marta.kalnina");
            var risk = Assessment.Start(caseFile, AssessmentKind.RiskFactors, Today.AddDays(-215), new AssessmentContent(Risk: content), by, AppFactory.DefaultNow.AddDays(-215));
            risk.SaveDraft(Today.AddDays(-215), new AssessmentContent(Risk: content with { Rows = [new RiskRow(1, "Atkarības", [3])] }), [], caseFile, by, AppFactory.DefaultNow.AddDays(-215));
            risk.Complete(caseFile, null, Today.AddDays(-214), RiskThresholds.Default, 6, by, AppFactory.DefaultNow.AddDays(-214));
            db.Assessments.Add(risk);
            return await db.SaveChangesAsync();
        });
        var manager = await SignedInAsync(Roles.ServiceManager, "ilze.berzina");

        Assert.Null((await GetDocumentAsync(s.Worker, "/")).QuerySelector($"#worker-risk-due-table tr[data-case='{otherCase}']"));
        var managerBoard = await GetDocumentAsync(manager, "/");
        Assert.StartsWith("Nokavēts", Text(managerBoard.QuerySelector($"#manager-risk-due-table tr[data-case='{otherCase}'] [data-col=state]")), StringComparison.Ordinal);
        Assert.Contains("iepriekš: augsts", Text(managerBoard.QuerySelector($"#manager-risk-due-table tr[data-case='{otherCase}'] [data-col=state]")), StringComparison.Ordinal);

        var other = await SignInAgainAsync("marta.kalnina");
        var id = await StartAsync(other, otherCase, AssessmentKind.RiskFactors);
        Assert.NotNull((await GetDocumentAsync(manager, "/")).QuerySelector($"#manager-risk-due-table tr[data-case='{otherCase}']")); // a draft is not done yet
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(other, id, "complete", [("Input.Risk[0].Scores[0]", "1")])).StatusCode);
        Assert.NotNull((await GetDocumentAsync(manager, "/")).QuerySelector("#manager-risk-due-empty"));
    }

    [Fact]
    public async Task A_family_at_risk_without_any_risk_assessment_shows_a_first_one_due_thirty_days_after_opening()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, WorkerName);
        var atRisk = await ClientAsync("Agnese", "Kalēja", workerId);
        var other = await ClientAsync("Jānis", "Liepa", workerId);
        await WithDbAsync(async db =>
        {
            var client = await db.Clients.SingleAsync(c => c.Id == atRisk);
            client.Update(new ClientDetails(null, client.FirstName, client.LastName, client.BirthDate, client.Gender, null, null, null, null, "lv", null, null, null,
                [TargetGroup.FamilyWithChildrenAtRisk], null));
            return await db.SaveChangesAsync();
        });
        var soon = await CaseAsync(atRisk, workerId, "2026/0001", Today.AddDays(-20)); // first due 23.11 + 10 days: due soon
        var notYet = await CaseAsync(other, workerId, "2026/0002", Today.AddDays(-60)); // not a family at risk

        var board = await GetDocumentAsync(worker, "/");
        var row = board.QuerySelector($"#worker-risk-due-table tr[data-case='{soon}']");
        Assert.NotNull(row);
        Assert.Equal(Today.AddDays(10).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), Text(row!.QuerySelector("[data-col=due]")));
        Assert.Contains("riska ģimenei vēl nav neviena novērtējuma", Text(row.QuerySelector("[data-col=state]")), StringComparison.Ordinal);
        Assert.Null(board.QuerySelector($"#worker-risk-due-table tr[data-case='{notYet}']"));
    }
}
