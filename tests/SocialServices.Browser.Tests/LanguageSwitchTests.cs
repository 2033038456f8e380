using Microsoft.Playwright;
using SocialServices.Web.Identity;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SocialServices.Browser.Tests;

/// <summary>The LV / EN switch in the header (Pages/Culture).</summary>
public sealed class LanguageSwitchTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task English_and_back_changes_the_text_and_lang_and_the_choice_persists()
    {
        Assert.NotEqual(T(Lv, "Login.Title"), T(En, "Login.Title"));
        Assert.NotEqual(T(Lv, "Users.Title"), T(En, "Users.Title"));
        var page = await NewPageAsync();
        var html = page.Locator("html");
        var h1 = page.Locator("h1");

        await page.GotoAsync("/Account/Login");
        await Expect(html).ToHaveAttributeAsync("lang", "lv");
        await Expect(h1).ToHaveTextAsync(T(Lv, "Login.Title"));
        await Expect(page.Locator("form.language-switch button[value=lv-LV]")).ToHaveAttributeAsync("aria-pressed", "true");
        await CheckAsync(page, "sign-in-lv");

        await page.Locator("form.language-switch button[value=en-GB]").ClickAsync();
        await Expect(h1).ToHaveTextAsync(T(En, "Login.Title"));
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("form.language-switch button[value=en-GB]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("label[for=Input_UserName]")).ToHaveTextAsync(T(En, "Login.UserName"));
        await CheckAsync(page, "sign-in-en");

        // The choice survives signing in and moving between pages.
        await SignInAsync(page, Roles.Administrator, culture: En);
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("#user-roles")).ToContainTextAsync(T(En, "Role.Administrator"));
        await CheckAsync(page, "start-page-en");

        await page.Locator("#main-nav a[data-nav=users]").ClickAsync();
        await Expect(h1).ToHaveTextAsync(T(En, "Users.Title"));
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await CheckAsync(page, "users-en");

        await page.Locator("#main-nav a[data-nav=audit]").ClickAsync();
        await Expect(h1).ToHaveTextAsync(T(En, "Audit.Title"));
        await CheckAsync(page, "audit-en");

        // Back to Latvian: the same page comes back in Latvian, and stays so.
        await page.Locator("form.language-switch button[value=lv-LV]").ClickAsync();
        await Expect(h1).ToHaveTextAsync(T(Lv, "Audit.Title"));
        await Expect(html).ToHaveAttributeAsync("lang", "lv");

        await page.Locator("#main-nav a[data-nav=users]").ClickAsync();
        await Expect(h1).ToHaveTextAsync(T(Lv, "Users.Title"));
        await Expect(html).ToHaveAttributeAsync("lang", "lv");
        await CheckAsync(page, "users-lv");
    }
}
