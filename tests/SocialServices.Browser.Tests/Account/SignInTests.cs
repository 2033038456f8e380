using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SocialServices.Browser.Tests.Account;

public sealed partial class SignInTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    /// <summary>One demo user per role.</summary>
    public static TheoryData<string, string, string> OneDemoUserPerRole()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (userName, fullName, role) in DatabaseInitialiser.DemoUsers.DistinctBy(u => u.Role))
        {
            data.Add(userName, fullName, role);
        }

        return data.Count == Roles.All.Count
            ? data
            : throw new InvalidOperationException("The demo data has no user for some role: " + string.Join(", ", Roles.All.Except(DatabaseInitialiser.DemoUsers.Select(u => u.Role))));
    }

    [Theory]
    [MemberData(nameof(OneDemoUserPerRole))]
    public async Task Each_role_signs_in_sees_its_navigation_and_signs_out(string userName, string fullName, string role)
    {
        var page = await NewPageAsync(userName);

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(LoginUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Login.Title"));
        await CheckAsync(page, "sign-in");

        await page.Locator("#Input_UserName").FillAsync(userName);
        await page.Locator("#Input_Password").FillAsync(DatabaseInitialiser.DemoPassword);
        await page.Locator("main form button[type=submit]").ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Home.Greeting", fullName));
        await Expect(page).ToHaveURLAsync(Fixture.BaseAddress + "/");
        await Expect(page.Locator("#current-user")).ToHaveTextAsync(fullName);
        await Expect(page.Locator("#user-roles")).ToContainTextAsync(T(Lv, Roles.DisplayKey(role)));
        await Expect(page.Locator("section[data-role]")).ToHaveCountAsync(1);
        await Expect(page.Locator($"section[data-role={role}] h2")).ToHaveTextAsync(T(Lv, Roles.DisplayKey(role)));

        var nav = page.Locator("#main-nav");
        await Expect(nav).ToBeVisibleAsync();
        var seesUsers = role == Roles.Administrator;
        var seesAudit = role is Roles.Administrator or Roles.Auditor;
        await Expect(nav.Locator("a[data-nav=users]")).ToHaveCountAsync(seesUsers ? 1 : 0);
        await Expect(nav.Locator("a[data-nav=audit]")).ToHaveCountAsync(seesAudit ? 1 : 0);
        if (seesUsers)
        {
            await Expect(nav.Locator("a[data-nav=users]")).ToHaveTextAsync(T(Lv, "Nav.Users"));
        }

        if (seesAudit)
        {
            await Expect(nav.Locator("a[data-nav=audit]")).ToHaveTextAsync(T(Lv, "Nav.AuditLog"));
        }

        await CheckAsync(page, "start-page");

        await page.Locator("header form[action='/Account/Logout'] button").ClickAsync();
        await Expect(page).ToHaveURLAsync(LoginUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Login.Title"));
        await Expect(page.Locator("#main-nav")).ToHaveCountAsync(0);

        // Signed out for real: the start page asks to sign in again.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(LoginUrl());
    }

    [Fact]
    public async Task Wrong_password_shows_the_error_and_keeps_the_user_name()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        var user = DemoUser(Roles.SocialWorker);
        await page.Locator("#Input_UserName").FillAsync(user.UserName);
        await page.Locator("#Input_Password").FillAsync("Nepareiza-parole-1");
        await page.Locator("main form button[type=submit]").ClickAsync();

        await Expect(page.Locator("main .alert-danger")).ToHaveTextAsync(T(Lv, "Login.Failed"));
        await Expect(page).ToHaveURLAsync(LoginUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Login.Title"));
        await Expect(page.Locator("#Input_UserName")).ToHaveValueAsync(user.UserName);
        await Expect(page.Locator("#Input_Password")).ToHaveValueAsync(string.Empty);
        await Expect(page.Locator("#main-nav")).ToHaveCountAsync(0);
        await CheckAsync(page, "wrong-password");
    }

    [Fact]
    public async Task Empty_sign_in_form_shows_a_message_by_each_field()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("main form button[type=submit]").ClickAsync();

        await Expect(page.Locator("#username-error")).ToHaveTextAsync(T(Lv, "Login.UserNameRequired"));
        await Expect(page.Locator("#password-error")).ToHaveTextAsync(T(Lv, "Login.PasswordRequired"));
        await Expect(page.Locator("#Input_UserName")).ToHaveAttributeAsync("aria-describedby", "username-error");
        await CheckAsync(page, "empty-form");
    }

    private static Regex LoginUrl() => LoginUrlPattern();

    [GeneratedRegex("/Account/Login(\\?|$)")]
    private static partial Regex LoginUrlPattern();
}
