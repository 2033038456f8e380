using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Evaluations;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Data;

namespace SocialServices.Web.Tests.Evaluations;

/// <summary>The demo holds one case that went round the whole cycle: assessment → plan → delivery → evaluation → closure.</summary>
public sealed class DemoCycleTests(WebFixture fixture) : Assessments.AssessmentTest(fixture)
{
    [Fact]
    public async Task The_demo_case_shows_the_whole_cycle_in_its_timeline_in_order()
    {
        await SetUpOrganisationAsync();
        foreach (var (userName, _, role) in DatabaseInitialiser.DemoUsers)
        {
            await CreateUserAsync(userName, role);
        }

        await WithDbAsync(async db =>
        {
            await DemoData.SeedAsync(db, Factory.Clock, CancellationToken.None);
            await DemoAssessments.SeedAsync(db, Factory.Clock, CancellationToken.None);
            await DemoCycle.SeedAsync(db, Factory.Clock, CancellationToken.None);
            await DemoCycle.SeedAsync(db, Factory.Clock, CancellationToken.None); // a second start changes nothing
            return 0;
        });

        var caseFile = await WithDbAsync(db => db.CaseFiles.AsNoTracking().Include(c => c.Events)
            .SingleAsync(c => db.Clients.Any(k => k.Id == c.ClientId && k.FirstName == DemoCycle.FirstName && k.LastName == DemoCycle.LastName)));
        Assert.Equal(CaseStatus.Closed, caseFile.Status);
        var evaluation = await WithDbAsync(db => db.Evaluations.AsNoTracking().SingleAsync(e => e.CaseFileId == caseFile.Id));
        Assert.Equal(EvaluationDecision.CloseCase, evaluation.Decision);
        Assert.Equal(OverallResult.Progress, evaluation.OverallResult);

        // The timeline as the responsible worker sees it (newest first): closure, evaluation, contacts, plan, assessments.
        var marta = await SignInAgainAsync("marta.kalnina");
        var page = await GetDocumentAsync(marta, $"/Cases/Details/{caseFile.Id}");
        var kinds = page.QuerySelectorAll("#timeline li[data-kind]").Select(li => li.GetAttribute("data-kind")!).Reverse().ToList();
        int First(CaseEventKind kind) => kinds.IndexOf(kind.ToString());
        int Last(CaseEventKind kind) => kinds.LastIndexOf(kind.ToString());
        Assert.All(new[] { CaseEventKind.AssessmentCompleted, CaseEventKind.PlanRevised, CaseEventKind.PlanAgreed, CaseEventKind.ContactRecorded, CaseEventKind.EvaluationRecorded, CaseEventKind.Closed },
            k => Assert.True(First(k) >= 0, k + " is in the timeline"));
        Assert.True(Last(CaseEventKind.AssessmentCompleted) < First(CaseEventKind.PlanRevised));
        Assert.True(Last(CaseEventKind.PlanAgreed) < First(CaseEventKind.ContactRecorded));
        Assert.True(Last(CaseEventKind.ContactRecorded) < First(CaseEventKind.EvaluationRecorded));
        Assert.True(First(CaseEventKind.EvaluationRecorded) < First(CaseEventKind.Closed));
        Assert.Equal(5, kinds.Count(k => k == nameof(CaseEventKind.ContactRecorded)));
    }
}
