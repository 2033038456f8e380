using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Community;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SocialServices.Browser.Tests.Community;

/// <summary>The community-based services and their compensation on the demo data: the day care centre's daily list, the client pages, the claims.</summary>
public sealed class CommunityFlowTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(AppFactory.DefaultNow.UtcDateTime);

    [Fact]
    public async Task A_social_worker_fills_the_day_care_centres_daily_list_for_the_demo_clients_and_finds_it_saved_when_reopened()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, Roles.SocialWorker);
        await page.Locator("#main-nav a[data-nav=community]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Community.Title"));
        await CheckAsync(page, "community");

        await page.Locator("#community-services tr[data-service=DAC] a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Community/Units\\?serviceId=\\d+&on=" + Iso(Today)));
        var rows = page.Locator("#units-table tbody tr");
        await Expect(rows).ToHaveCountAsync(3); // Artūrs Zvaigzne (compensation demo), Valters Krastiņš and Gatis Upenieks
        await Expect(page.Locator("#units-table tbody")).ToContainTextAsync("Krastiņš Valters");
        await Expect(page.Locator("#units-table tbody")).ToContainTextAsync("Upenieks Gatis");
        await CheckAsync(page, "daily-list");

        await page.Locator("#qty-0").FillAsync("1");
        await page.Locator("#qty-1").FillAsync("1");
        await page.Locator("#qty-2").FillAsync("0.5");
        await page.Locator("#note-2").FillAsync("Aizgāja pusdienlaikā pie ārsta");
        var url = page.Url;
        await page.Locator("#save-units").ClickAsync();
        await Expect(page.Locator("main > .alert-success[role=status]")).ToHaveTextAsync(T(Lv, "Community.UnitsSaved"));
        await CheckAsync(page, "daily-list-saved");

        // opened again: the list shows what was saved
        await page.GotoAsync(url);
        await Expect(page.Locator("#qty-0")).ToHaveValueAsync("1");
        await Expect(page.Locator("#qty-1")).ToHaveValueAsync("1");
        await Expect(page.Locator("#qty-2")).ToHaveValueAsync("0.5");
        await Expect(page.Locator("#note-2")).ToHaveValueAsync("Aizgāja pusdienlaikā pie ārsta");
        await CheckAsync(page, "daily-list-reopened");

        using var scope = Fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var saved = await db.DeliveredUnits.Where(u => u.On == Today && u.Source == UnitSource.Manual && u.WithdrawnAt == null).Select(u => u.Quantity).ToListAsync();
        Assert.Equal([0.5m, 1m, 1m], saved.Order());
    }

    [Fact]
    public async Task A_social_worker_walks_a_demo_clients_community_pages()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, Roles.SocialWorker);
        var clientId = await ClientIdAsync("Valters", "Krastiņš");
        await page.GotoAsync("/Community/Client/" + Id(clientId));
        await Expect(page.Locator("h1")).ToContainTextAsync("Valters Krastiņš");
        await Expect(page.Locator("#episode-table tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-met=true]")).ToHaveCountAsync(1);
        await CheckAsync(page, "client");

        await page.Locator("#edit-profile").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Community/Profile/" + Id(clientId)));
        await CheckAsync(page, "profile");

        await page.GotoAsync("/Community/Client/" + Id(clientId));
        await page.Locator("a[data-start-case]").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Community/Start/\\d+"));
        await CheckAsync(page, "start");

        await page.GotoAsync("/Community/Client/" + Id(clientId));
        await page.Locator("#support-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Community/Support/" + Id(clientId)));
        await Expect(page.Locator("section[data-assignment]")).ToContainTextAsync("Pēteris Kalniņš");
        await Expect(page.Locator("section[data-assignment] tr[data-meeting]").First).ToBeVisibleAsync();
        await CheckAsync(page, "support");

        // a meeting logged from the page
        await page.Locator("#Meeting_DurationMinutes").FillAsync("75");
        await page.Locator("#Meeting_Topic").FillAsync("Pieteikšanās pie zobārsta");
        await page.Locator("#Meeting_Decisions").FillAsync("Pats piezvanīja un pieteicās uz piektdienu");
        await page.Locator("#meeting-submit").ClickAsync();
        await Expect(page.Locator("main > .alert-success[role=status]")).ToHaveTextAsync(T(Lv, "Community.MeetingRecorded"));
        await Expect(page.Locator("section[data-assignment] tr[data-meeting]").First).ToContainTextAsync("Pieteikšanās pie zobārsta");
        await CheckAsync(page, "support-meeting");
    }

    [Fact]
    public async Task A_manager_walks_the_compensation_pages_and_downloads_the_submitted_claim()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, Roles.ServiceManager);
        await CheckAsync(page, "board");

        await page.Locator("#main-nav a[data-nav=compensation]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Claims.Title"));
        await Expect(page.Locator("#claims tbody tr")).ToHaveCountAsync(2);
        await CheckAsync(page, "claims");

        await page.Locator("#claims tr[data-status=Submitted] a").ClickAsync();
        await Expect(page.Locator("#claim-status")).ToHaveAttributeAsync("data-status", "Submitted");
        await Expect(page.Locator("#claim-rows tbody tr").First).ToBeVisibleAsync();
        await CheckAsync(page, "claim-submitted");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#claim-pdf").ClickAsync());
        var pdf = Path.Combine(Fixture.ScreenshotDirectory, "CommunityFlowTests-claim.pdf");
        await download.SaveAsAsync(pdf);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(pdf)).AsSpan(0, 4)));

        await page.Locator("nav[aria-label=breadcrumb] a").First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Claims.Title"));
        await page.Locator("#claims tr[data-status=Draft] a").ClickAsync();
        await Expect(page.Locator("#claim-status")).ToHaveAttributeAsync("data-status", "Draft");
        await Expect(page.Locator("#claim-rows")).ToContainTextAsync("Dienas aprūpes centrs");
        await CheckAsync(page, "claim-draft");

        await page.GotoAsync("/Compensation/UnitCosts");
        await Expect(page.Locator("#unit-costs")).ToBeVisibleAsync();
        await CheckAsync(page, "unit-costs");
        await page.GotoAsync("/Compensation/Procurement");
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await CheckAsync(page, "procurement");

        // the child's respite days on her community page (the manager sees every client)
        await page.GotoAsync("/Community/Client/" + Id(await ClientIdAsync("Emīlija", "Siliņa")));
        await Expect(page.Locator("#respite-days")).ToBeVisibleAsync();
        await CheckAsync(page, "child-client");
    }

    private async Task<int> ClientIdAsync(string firstName, string lastName)
    {
        using var scope = Fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Clients.Where(c => c.FirstName == firstName && c.LastName == lastName).Select(c => c.Id).SingleAsync();
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
