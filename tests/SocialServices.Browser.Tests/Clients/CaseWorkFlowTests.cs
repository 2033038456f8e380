using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SocialServices.Web.Identity;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SocialServices.Browser.Tests.Clients;

/// <summary>The social worker's main flow: register a client, open a case for them, find it on the board.</summary>
public sealed partial class CaseWorkFlowTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task A_worker_registers_a_client_with_a_new_format_code_opens_a_case_and_sees_it_on_the_board()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, Roles.SocialWorker);

        await page.Locator("#main-nav a[data-nav=clients]").ClickAsync();
        await CheckAsync(page, "clients-list");
        await page.Locator("#register-client").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Clients/Create$"));
        await CheckAsync(page, "register-empty");

        // A new-format code carries no birth date: the form says so and asks for birth date and gender.
        await page.Locator("#Input_PersonalCode").FillAsync("329876-54321");
        await page.Locator("#Input_FirstName").FillAsync("Līva");
        await page.Locator("#Input_LastName").FillAsync("Ķēniņa");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#new-format-note")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.BirthDate']")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#Input_FirstName")).ToHaveValueAsync("Līva");
        await CheckAsync(page, "register-new-format-note");

        await page.Locator("#Input_BirthDate").FillAsync("2018-03-14");
        await page.Locator("#gender-Female").CheckAsync();
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#client-name")).ToHaveTextAsync("Līva Ķēniņa");
        await Expect(page.Locator("#personal-code")).ToContainTextAsync("329876-54321");
        await Expect(page.Locator("#birth-date")).ToContainTextAsync("14.03.2018");
        await CheckAsync(page, "client-details");

        await page.Locator("#open-case").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/Open/\\d+$"));
        await page.Locator("#Input_Reason").FillAsync("Skolas ziņojums par bērna drošību; nepieciešams novērtējums");
        await page.Locator("#Input_ReferralSource").SelectOptionAsync(["School"]);
        await CheckAsync(page, "open-case");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/Details/\\d+$"));
        var heading = await page.Locator("h1").TextContentAsync();
        var number = CaseNumberPattern().Match(heading ?? string.Empty).Value;
        Assert.False(string.IsNullOrEmpty(number), "no case number in: " + heading);
        await CheckAsync(page, "case-details");

        await page.Locator("#main-nav a[href='/']").ClickAsync();
        var row = page.Locator("#my-open-cases tr", new() { HasText = number });
        await Expect(row).ToContainTextAsync("Līva Ķēniņa");
        await CheckAsync(page, "board-with-new-case");
    }

    [Fact]
    public async Task A_manager_sees_the_caseload_and_the_unassigned_case_of_the_demo_data()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, Roles.ServiceManager);

        await Expect(page.Locator("#caseload tr[data-worker]")).ToHaveCountAsync(3);
        await Expect(page.Locator("#unassigned tr[data-case]")).ToHaveCountAsync(1);
        await CheckAsync(page, "manager-board");

        await page.Locator("#unassigned tr[data-case] a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/Details/\\d+$"));
        await CheckAsync(page, "unassigned-case");
    }

    [GeneratedRegex(@"\d{4}/\d{4}")]
    private static partial Regex CaseNumberPattern();
}
