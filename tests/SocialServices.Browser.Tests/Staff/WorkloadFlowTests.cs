using SocialServices.Web.Identity;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SocialServices.Browser.Tests.Staff;

public sealed class WorkloadFlowTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Manager_opens_the_workload_from_the_board_and_updates_the_population_behind_the_staffing_norm()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, Roles.ServiceManager);
        await page.Locator("a[data-link=workload]").First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Workload.Title"));
        await Expect(page.Locator("#norm-status")).ToHaveAttributeAsync("data-met", "false"); // 52 100 inhabitants: 53 specialists needed
        await Expect(page.Locator("#workload tbody tr").First).ToBeVisibleAsync();
        await CheckAsync(page, "workload");

        await page.Locator("#Input_Population").FillAsync("");
        await page.Locator("#population-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.Population']")).ToHaveTextAsync(T(Lv, "Workload.PopulationRequired"));
        await CheckAsync(page, "workload-invalid");

        await page.Locator("#Input_Population").FillAsync("2000");
        await page.Locator("#population-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#norm-figures")).ToContainTextAsync("2");
        await Expect(page.Locator("#norm-status")).ToHaveAttributeAsync("data-met", "true");
    }

    [Fact]
    public async Task Administrator_reaches_the_delegation_contracts_from_the_navigation()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, Roles.Administrator);
        await page.Locator("#main-nav a[data-nav=contracts]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Contracts.Title"));
        await Expect(page.Locator("main")).ToContainTextAsync("JSLP-2025/37");
        await CheckAsync(page, "contracts");
    }
}
