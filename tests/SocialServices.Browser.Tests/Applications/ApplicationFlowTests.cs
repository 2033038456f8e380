using Microsoft.Playwright;
using SocialServices.Web.Identity;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SocialServices.Browser.Tests.Applications;

/// <summary>Issue 4's main flow: a missing document, the deadline on the manager's board, a grant, the group's enrolment.</summary>
public sealed class ApplicationFlowTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task A_worker_records_an_application_with_a_missing_document_and_the_manager_grants_it_into_a_group()
    {
        var page = await NewPageAsync();

        // The manager starts a group of programme 6.1.1 that has not begun yet; the demo board already shows deadlines.
        await SignInAsync(page, Roles.ServiceManager);
        await Expect(page.Locator("#manager-deadlines tr[data-state=Overdue]").First).ToBeVisibleAsync();
        await Expect(page.Locator("#manager-deadlines tr[data-state=DueSoon]").First).ToBeVisibleAsync();
        await CheckAsync(page, "manager-start-page");
        await page.Locator("#main-nav a[data-nav=groups]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Groups/?$"));
        await CheckAsync(page, "groups");
        await page.GetByRole(AriaRole.Link, new() { Name = T(Lv, "Groups.Create") }).ClickAsync();
        await page.Locator("#Input_ServiceId").SelectOptionAsync(new SelectOptionValue { Label = "6.1.1 Vecāku loma bērnu audzināšanā" });
        await page.Locator("#Input_Name").FillAsync("Vecāku loma — ziemas grupa");
        await page.Locator("#Input_StartsOn").FillAsync("2027-01-12");
        await page.Locator("#Input_Capacity").FillAsync("8");
        await page.Locator("#Input_Location").FillAsync("Lielā iela 1, Jelgava");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Vecāku loma — ziemas grupa");
        await Expect(page.Locator("#members-empty")).ToBeVisibleAsync();
        var groupUrl = page.Url;
        await page.Locator("button:has-text('" + T(Lv, "Nav.SignOut") + "')").First.ClickAsync();

        // The social worker records the application; the court's document has not come yet.
        await SignInAsync(page, Roles.SocialWorker);
        await page.Locator("#main-nav a[data-nav=clients]").ClickAsync();
        await page.Locator("#q").FillAsync("Ziediņš");
        await page.Locator("#client-search button[type=submit]").ClickAsync();
        await page.Locator("#clients-table a", new() { HasTextString = "Ziediņš" }).First.ClickAsync();
        await page.Locator("#new-application").ClickAsync();
        await page.Locator("#serviceId").SelectOptionAsync(new SelectOptionValue { Label = "6.1.1 Vecāku loma bērnu audzināšanā" });
        await page.Locator("#choose-service button[type=submit]").ClickAsync();
        await Expect(page.Locator("#chosen-service")).ToContainTextAsync("Vecāku loma bērnu audzināšanā");
        await page.Locator("#Input_Channel").SelectOptionAsync(["InPerson"]);
        await page.Locator("#Input_CustodyRightsAtRisk").SelectOptionAsync(["true"]);
        await CheckAsync(page, "application-form");
        await page.Locator("#application-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#missing-documents")).ToContainTextAsync("Bāriņtiesas lēmums");
        await Expect(page.Locator("#deadline-not-started")).ToBeVisibleAsync();
        await Expect(page.Locator("#eligibility")).ToBeVisibleAsync();
        var number = (await page.Locator("#application-number").TextContentAsync())!.Trim();
        await CheckAsync(page, "application-missing-document");

        // The document arrives: the one-month deadline starts.
        await page.Locator("#add-document").ClickAsync();
        await page.Locator("#Input_MissingName").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Input_ReceivedOn").FillAsync("2026-11-23");
        await page.Locator("#document-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#current-deadline")).ToHaveTextAsync("23.12.2026");
        await CheckAsync(page, "application-complete");
        await page.Locator("button:has-text('" + T(Lv, "Nav.SignOut") + "')").First.ClickAsync();

        // The manager sees it on the board with its deadline, and grants it.
        await SignInAsync(page, Roles.ServiceManager);
        await page.Locator("#main-nav a[data-nav=deadlines]").ClickAsync();
        var row = page.Locator("#deadline-board tr", new() { HasTextString = number });
        await Expect(row).ToContainTextAsync("23.12.2026");
        await Expect(row).ToContainTextAsync("Ziediņš");
        await CheckAsync(page, "deadline-board");
        await row.Locator("a", new() { HasTextString = number }).ClickAsync();
        await page.Locator("#decide").ClickAsync();
        await Expect(page.Locator("#grant-preview")).ToContainTextAsync("Vecāku loma — ziemas grupa");
        await page.Locator("#kind-Grant").CheckAsync();
        await CheckAsync(page, "decide");
        await page.Locator("#decision-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#application-status")).ToHaveTextAsync(T(Lv, "Applications.Status.Granted"));
        await CheckAsync(page, "granted");

        // The client is in the group's enrolment, and the board no longer lists the application.
        await page.GotoAsync(groupUrl);
        await Expect(page.Locator("#members")).ToContainTextAsync("Ziediņš Normunds");
        await CheckAsync(page, "group-members");
        await page.Locator("#main-nav a[data-nav=deadlines]").ClickAsync();
        await Expect(page.Locator("#deadline-board tr", new() { HasTextString = number })).ToHaveCountAsync(0);
    }
}
