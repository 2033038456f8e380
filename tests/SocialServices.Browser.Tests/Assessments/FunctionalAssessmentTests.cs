using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Cases;
using SocialServices.Web.Data;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SocialServices.Browser.Tests.Assessments;

/// <summary>
/// A worker completes a functional assessment ("zirneklis") of a client assessed twice before and sees the radar chart
/// with the earlier assessments overlaid.
/// </summary>
public sealed partial class FunctionalAssessmentTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task A_worker_completes_a_functional_assessment_and_sees_the_radar_chart_with_the_earlier_ones_overlaid()
    {
        // The demo's Edgars Rozenbergs has two completed functional assessments months apart; his worker assesses him again.
        int caseId;
        string userName;
        using (var scope = Fixture.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var found = await db.CaseFiles.AsNoTracking()
                .Where(c => c.Status == CaseStatus.Open && db.Clients.Any(k => k.Id == c.ClientId && k.FirstName == "Edgars" && k.LastName == "Rozenbergs"))
                .Select(c => new { c.Id, UserName = db.Users.Where(u => u.Id == c.ResponsibleWorkerId).Select(u => u.UserName).First() })
                .SingleAsync();
            (caseId, userName) = (found.Id, found.UserName!);
            Assert.Equal(2, await db.Assessments.CountAsync(a => a.CaseFileId == caseId && a.Kind == AssessmentKind.Functional && a.Status == AssessmentStatus.Completed));
        }

        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(DatabaseInitialiser.DemoPassword);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#user-roles")).ToBeVisibleAsync();

        await page.GotoAsync($"/Cases/Details/{caseId}");
        await page.Locator("a[data-action=new-assessment]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/Assessments/Create/{caseId}$"));
        await page.Locator("#kind-Functional").CheckAsync();
        await CheckAsync(page, "start-functional");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Assessments/Edit/\\d+$"));

        // Score every domain with the keyboard-friendly selects; one comment.
        var selects = page.Locator("select[name$='.Score']");
        var count = await selects.CountAsync();
        Assert.True(count >= 5, "the functional form lists its domains");
        for (var i = 0; i < count; i++)
        {
            await selects.Nth(i).SelectOptionAsync([(3 + (i % 3)).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        await page.Locator("input[name='Input.Scores[0].Comment']").FillAsync("Pašaprūpē patstāvīgs, atgādinājumi vairs nav vajadzīgi");
        await CheckAsync(page, "functional-filled");
        await page.Locator("#complete").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Assessments/Details/\\d+$"));

        // The radar: this assessment and the two earlier ones overlaid, the same figure the PDF draws.
        var radar = page.Locator("svg#radar");
        await Expect(radar).ToBeVisibleAsync();
        await Expect(radar.Locator("[data-series='0']")).ToHaveCountAsync(1);
        await Expect(radar.Locator("[data-series='1']")).ToHaveCountAsync(1);
        await Expect(radar.Locator("[data-series='2']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#functional-content figcaption")).ToHaveTextAsync(T(Lv, "Assessments.RadarOverlay", 2));
        await Expect(page.Locator("#score-table")).ToContainTextAsync("Pašaprūpē patstāvīgs");
        await CheckAsync(page, "functional-radar-overlay");

        await page.GotoAsync($"/Cases/Details/{caseId}");
        await Expect(page.Locator("#assessment-list tr[data-kind=Functional]")).ToHaveCountAsync(3);
    }
}
