using Microsoft.Playwright;
using SocialServices.Web.Identity;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SocialServices.Browser.Tests.Groups;

/// <summary>Issue 6's groups: a schedule generated from a pattern, a session cancelled with a reason, an end-of-group evaluation.</summary>
public sealed class GroupFlowTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task A_manager_creates_a_group_with_its_schedule_cancels_a_session_and_a_leader_evaluates_a_finished_groups_member()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, Roles.ServiceManager);
        await Expect(page.Locator("#groups-board-manager")).ToBeVisibleAsync();
        await page.Locator("#main-nav a[data-nav=groups]").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = T(Lv, "Groups.Create") }).ClickAsync();
        await page.Locator("#Input_ServiceId").SelectOptionAsync(new SelectOptionValue { Label = "6.1.4 Ceļvedis audzinot pusaudzi" });
        await page.Locator("#Input_Name").FillAsync("Ceļvedis — ziemas grupa");
        await page.Locator("label:has-text('Pēteris Kalniņš')").ClickAsync();
        await page.Locator("#Input_Room").FillAsync("2. stāva zāle");
        await page.Locator("#Input_StartsOn").FillAsync("2026-12-22");
        await page.Locator("#Input_Sessions").FillAsync("4");
        await page.Locator("#weekday-2").CheckAsync();
        await page.Locator("#weekday-4").CheckAsync();
        await page.Locator("#Input_SkipDates").FillAsync("29.12.2026");
        await CheckAsync(page, "group-create");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ceļvedis — ziemas grupa");
        await Expect(page.Locator("#sessions tbody tr")).ToHaveCountAsync(4);
        await Expect(page.Locator("#sessions tbody tr").Nth(1)).ToContainTextAsync("05.01.2027");
        await CheckAsync(page, "group-details");

        await page.Locator("#sessions a[data-link=edit-session]").First.ClickAsync();
        await CheckAsync(page, "group-session");
        await page.Locator("#Cancel_Reason").FillAsync("Telpā remonts; dalībnieki informēti");
        await page.Locator("#cancel-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#sessions tbody tr").First.Locator("del").First).ToBeVisibleAsync();
        await Expect(page.Locator("#sessions tbody tr").First).ToContainTextAsync("Telpā remonts; dalībnieki informēti");
        await page.Locator("button:has-text('" + T(Lv, "Nav.SignOut") + "')").First.ClickAsync();

        // Pēteris leads the demo's finished spring group: his board points to the evaluations still to write.
        await SignInAsync(page, Roles.Specialist);
        await page.Locator("#groups-board-specialist [data-list=awaiting] a").First.ClickAsync();
        await CheckAsync(page, "group-evaluations");
        // the demo has two members evaluated already; write the one still missing
        await page.Locator("#evaluations tr:has([data-col=missing]) a[data-link=evaluate]").First.ClickAsync();
        await page.Locator("#Input_Results").FillAsync("Apguva mierīgas saziņas paņēmienus; mazāk konfliktu ar bērnu.");
        await page.Locator("#Input_Recommendations").FillAsync("Turpināt individuālas psihologa konsultācijas.");
        await CheckAsync(page, "group-evaluate");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#evaluations")).ToContainTextAsync("Apguva mierīgas saziņas paņēmienus");
    }
}
