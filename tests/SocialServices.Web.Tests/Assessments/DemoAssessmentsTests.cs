using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Assessments;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Data;

namespace SocialServices.Web.Tests.Assessments;

/// <summary>The demo assessments: a functional pair months apart (the overlay shows) and a family at risk whose next risk assessment is due.</summary>
public sealed class DemoAssessmentsTests(WebFixture fixture) : AssessmentTest(fixture)
{
    [Fact]
    public async Task The_demo_shows_an_overlay_and_a_risk_assessment_due_and_is_made_once()
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
            await DemoAssessments.SeedAsync(db, Factory.Clock, CancellationToken.None); // a second start changes nothing
            return 0;
        });

        var assessments = await WithDbAsync(db => db.Assessments.AsNoTracking().ToListAsync());
        Assert.Equal(6, assessments.Count);
        Assert.All(assessments, a => Assert.Equal(AssessmentStatus.Completed, a.Status));
        var functional = assessments.Where(a => a.Kind == AssessmentKind.Functional).OrderBy(a => a.AssessedOn).ToList();
        Assert.Equal(2, functional.Count);
        Assert.Equal(functional[0].CaseFileId, functional[1].CaseFileId);
        Assert.True(functional[1].AssessedOn.DayNumber - functional[0].AssessedOn.DayNumber > 120, "months apart");
        Assert.Contains(assessments, a => a.Kind == AssessmentKind.InitialSocialSituation && a.CaseFileId == functional[0].CaseFileId && a.Problems.Count == 3);

        var risk = Assert.Single(assessments, a => a.Kind == AssessmentKind.RiskFactors);
        Assert.Equal(4, risk.Content.Risk!.Members.Count);
        Assert.InRange(risk.NextDueOn!.Value.DayNumber - Today.DayNumber, 0, 14);
        Assert.Equal(RiskLevel.Medium, risk.RiskLevel);

        // Sandra Ozoliņa's board shows the family; the radar of the later functional assessment overlays the earlier one.
        var sandra = await SignInAgainAsync("sandra.ozolina");
        Assert.NotNull((await GetDocumentAsync(sandra, "/")).QuerySelector($"#worker-risk-due-table tr[data-case='{risk.CaseFileId}']"));
        var manager = await SignInAgainAsync("ilze.berzina");
        var page = await GetDocumentAsync(manager, $"/Assessments/Details/{functional[1].Id}");
        Assert.NotNull(page.QuerySelector("svg#radar [data-series='1']"));
        if (Environment.GetEnvironmentVariable("ASSESSMENT_HTML_DIR") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            await File.WriteAllTextAsync(Path.Combine(directory, "functional.html"), page.DocumentElement.OuterHtml);
            await File.WriteAllTextAsync(Path.Combine(directory, "risk.html"), (await GetDocumentAsync(manager, $"/Assessments/Details/{risk.Id}")).DocumentElement.OuterHtml);
            await File.WriteAllTextAsync(Path.Combine(directory, "case.html"), (await GetDocumentAsync(manager, $"/Cases/Details/{risk.CaseFileId}")).DocumentElement.OuterHtml);
            await File.WriteAllTextAsync(Path.Combine(directory, "board.html"), (await GetDocumentAsync(sandra, "/")).DocumentElement.OuterHtml);
            await File.WriteAllTextAsync(Path.Combine(directory, "edit-risk.html"), (await GetDocumentAsync(sandra, $"/Assessments/Create/{risk.CaseFileId}")).DocumentElement.OuterHtml);
            await File.WriteAllBytesAsync(Path.Combine(directory, "functional.pdf"), await (await manager.GetAsync(new Uri($"/Assessments/Export/{functional[1].Id}", UriKind.Relative))).Content.ReadAsByteArrayAsync());
        }
    }
}
