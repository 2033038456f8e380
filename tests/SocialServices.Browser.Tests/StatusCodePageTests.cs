using Microsoft.Playwright;
using SocialServices.Web.Identity;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SocialServices.Browser.Tests;

/// <summary>The page shown for 404 and other status codes (Pages/StatusCode).</summary>
public sealed class StatusCodePageTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Unknown_address_shows_the_not_found_page()
    {
        var page = await NewPageAsync();
        var user = await SignInAsync(page, Roles.SocialWorker);

        var response = await page.GotoAsync("/nav-tadas-lapas");
        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Status.NotFound.Title"));
        await Expect(page.Locator("#main-nav")).ToBeVisibleAsync();
        await CheckAsync(page, "not-found");

        await page.Locator("main a[href='/']").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Home.Greeting", user.FullName));
    }
}
