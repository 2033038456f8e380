using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SocialServices.Web.Identity;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SocialServices.Browser.Tests.Audit;

public sealed partial class AuditLogTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public async Task Auditor_opens_the_access_log_and_sees_the_sign_in_but_not_the_user_pages()
    {
        var page = await NewPageAsync();
        var auditor = await SignInAsync(page, Roles.Auditor);

        await page.Locator("#main-nav a[data-nav=audit]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Audit.Title"));
        // The auditor's own sign-in is there (shown by its code or, where the app names actions, by name).
        var signIn = page.Locator("#audit-table tbody tr")
            .Filter(new LocatorFilterOptions { HasText = auditor.UserName })
            .Filter(new LocatorFilterOptions { HasText = TextOr(Lv, "AuditLog.Action.account.sign-in", "account.sign-in") });
        await Expect(signIn).ToHaveCountAsync(1);
        await CheckAsync(page, "audit-log");

        await page.GotoAsync("/Admin/Users");
        await Expect(page).ToHaveURLAsync(AccessDeniedUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Status.Forbidden.Title"));
        await Expect(page.Locator("#users-table")).ToHaveCountAsync(0);
        await CheckAsync(page, "access-denied");
    }

    private static Regex AccessDeniedUrl() => AccessDeniedUrlPattern();

    [GeneratedRegex("/Account/AccessDenied\\?ReturnUrl=%2FAdmin%2FUsers$")]
    private static partial Regex AccessDeniedUrlPattern();
}
