using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Evaluations;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Evaluations;

/// <summary>The close page and the closing rule: closing needs an evaluation of the plan in force that decides to close, and no open crisis.</summary>
public sealed class ClosingTests(WebFixture fixture) : CaseWorkTest(fixture)
{
    private static readonly DateOnly Opened = new(2026, 9, 1);

    private static async Task<HttpResponseMessage> CloseAsync(HttpClient client, int id, IHtmlDocument? page = null)
    {
        page ??= await GetDocumentAsync(client, $"/Cases/Close/{id}");
        var version = page.QuerySelector("input[name='Input.Version']")?.GetAttribute("value") ?? "0";
        return await PostPairsAsync(client, $"/Cases/Close/{id}",
            Fields(("Input.Version", version), ("Input.ClosedOn", "2026-11-23"), ("Input.Reason", "Mērķi sasniegti"), ("Input.Summary", "Ģimene tiek galā pati")), null, page);
    }

    private static string? Refusal(IHtmlDocument page) => page.QuerySelector("#closing-refused")?.GetAttribute("data-refusal");

    [Fact]
    public async Task Closing_is_refused_without_an_evaluation_and_allowed_after_one_that_decides_to_close()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001", Opened);
        await PlanAsync(id, new DateOnly(2026, 9, 10), "Bērns regulāri apmeklē skolu");
        var goals = await GoalsAsync(id);

        var form = await GetDocumentAsync(worker, $"/Cases/Close/{id}");
        Assert.Equal("NoEvaluation", Refusal(form));
        Assert.Contains("izvērtējuma vēl nav", form.QuerySelector("#closing-refused")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Evaluations/Create/{id}", form.QuerySelector("#closing-create-evaluation")!.GetAttribute("href"));
        Assert.Null(form.QuerySelector("#Input_Summary"));

        // Posting anyway (an old form, a crafted post) changes nothing.
        var refused = await CloseAsync(worker, id, form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("NoEvaluation", Refusal(await ParseAsync(refused)));
        Assert.Equal(CaseStatus.Open, (await StoredCaseAsync(id)).Status);

        // The evaluation decides to close: saving it leads to the close form, which now closes.
        var evaluationForm = await GetDocumentAsync(worker, $"/Evaluations/Create/{id}");
        var saved = await PostPairsAsync(worker, $"/Evaluations/Create/{id}", Fields(
            ("Input.Version", Version(evaluationForm)), ("Input.PlanRevisionId", evaluationForm.QuerySelector("input[name='Input.PlanRevisionId']")!.GetAttribute("value")!),
            ("Input.EvaluatedOn", "2026-11-23"), ("Input.Goals[0].GoalKey", goals[0].Key.ToString()), ("Input.Goals[0].Achievement", "Achieved"),
            ("Input.SituationChanges", "Bērns apmeklē skolu katru dienu"), ("Input.Cooperation", "Active"), ("Input.Motivation", "High"),
            ("Input.OverallResult", "Progress"), ("Input.Decision", "CloseCase"), ("Input.Justification", "Mērķis sasniegts, atbalsts vairs nav vajadzīgs")), null, evaluationForm);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Cases/Close/{id}", saved.Headers.Location!.OriginalString);

        var allowed = await GetDocumentAsync(worker, $"/Cases/Close/{id}");
        Assert.Null(allowed.QuerySelector("#closing-refused"));
        Assert.Contains("Tagad lietu var slēgt", allowed.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var closed = await CloseAsync(worker, id, allowed);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(CaseStatus.Closed, (await StoredCaseAsync(id)).Status);
    }

    [Fact]
    public async Task An_evaluation_older_than_the_latest_plan_revision_or_deciding_otherwise_does_not_close()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001", Opened);
        await PlanAsync(id, new DateOnly(2026, 9, 10), "Bērns regulāri apmeklē skolu");

        await EvaluationAsync(id, EvaluationDecision.RevisePlan);
        var revise = await GetDocumentAsync(worker, $"/Cases/Close/{id}");
        Assert.Equal("LatestEvaluationDoesNotClose", Refusal(revise));
        Assert.Contains("(23.11.2026) pieņemts lēmums „Pārskatīt plānu”", revise.QuerySelector("#closing-refused")!.TextContent, StringComparison.Ordinal);

        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await ReviseAsync(id, new DateOnly(2026, 11, 23), "Bērns regulāri apmeklē skolu", "Māte atrod darbu");
        Assert.Equal("PlanRevisedSinceEvaluation", Refusal(await GetDocumentAsync(worker, $"/Cases/Close/{id}")));

        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await EvaluationAsync(id, EvaluationDecision.CloseCase);
        Assert.Null(Refusal(await GetDocumentAsync(worker, $"/Cases/Close/{id}")));
        Assert.Equal(HttpStatusCode.Redirect, (await CloseAsync(worker, id)).StatusCode);
    }

    [Fact]
    public async Task A_case_without_a_plan_closes_after_an_evaluation_and_a_reopened_case_needs_a_new_one()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001", Opened);
        Assert.Equal("NoEvaluation", Refusal(await GetDocumentAsync(worker, $"/Cases/Close/{id}")));

        await EvaluationAsync(id, EvaluationDecision.CloseCase);
        Assert.Equal(HttpStatusCode.Redirect, (await CloseAsync(worker, id)).StatusCode);

        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await PostAsync(worker, $"/Cases/Reopen/{id}", Fields(("Input.Version", Version(await GetDocumentAsync(worker, $"/Cases/Reopen/{id}"))), ("Input.Reason", "Jauna krīze ģimenē")));
        Assert.Equal(CaseStatus.Open, (await StoredCaseAsync(id)).Status);
        Assert.Equal("ReopenedSinceEvaluation", Refusal(await GetDocumentAsync(worker, $"/Cases/Close/{id}")));
    }

    [Fact]
    public async Task An_unresolved_crisis_refuses_closing_and_links_to_resolving_it()
    {
        await SetUpOrganisationAsync();
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, "ilze.ozola");
        var id = await CaseAsync(await ClientAsync("Jānis", "Bērziņš", workerId), workerId, "2026/0001", Opened);
        await EvaluationAsync(id, EvaluationDecision.CloseCase);
        await WithDbAsync(async db =>
        {
            var caseFile = await db.CaseFiles.SingleAsync(c => c.Id == id);
            caseFile.FlagCrisis("Bērns atstāts viens", "Nogādāts drošībā", [], new Actor(workerId, "Tests"), Factory.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        var form = await GetDocumentAsync(worker, $"/Cases/Close/{id}");
        Assert.Equal("CrisisActive", Refusal(form));
        Assert.Equal($"/Crisis/Resolve/{id}", form.QuerySelector("#closing-resolve-crisis")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await CloseAsync(worker, id, form)).StatusCode);
        Assert.Equal(CaseStatus.Open, (await StoredCaseAsync(id)).Status);
    }
}
