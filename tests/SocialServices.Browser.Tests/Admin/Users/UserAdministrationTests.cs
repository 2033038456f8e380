using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SocialServices.Web.Identity;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SocialServices.Browser.Tests.Admin.Users;

public sealed partial class UserAdministrationTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string NewPassword = "Jauna-Parole-2026x";

    [Fact]
    public async Task Administrator_creates_a_user_and_finds_it_in_the_list()
    {
        var page = await NewPageAsync();
        var admin = await SignInAsync(page, Roles.Administrator);

        await page.Locator("#main-nav a[data-nav=users]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Users.Title"));
        await Expect(page.Locator($"#users-table tr[data-user='{admin.UserName}']")).ToContainTextAsync(admin.FullName);
        await CheckAsync(page, "users-list");

        await page.Locator("main a[href='/Admin/Users/Create']").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Users.Create"));
        await CheckAsync(page, "create-empty");

        await page.Locator("#Input_UserName").FillAsync("laura.kalnina");
        await page.Locator("#Input_FullName").FillAsync("Laura Kalniņa");
        await page.Locator("#Input_Email").FillAsync("laura.kalnina@example.lv");
        await page.Locator("#role-SocialWorker").CheckAsync();
        await page.Locator("#role-Specialist").CheckAsync();
        await page.Locator("#Input_Password").FillAsync(NewPassword);
        await page.Locator("#Input_ConfirmPassword").FillAsync(NewPassword);
        await page.Locator("main form button[type=submit]").ClickAsync();

        await Expect(page.Locator("main .alert-success")).ToHaveTextAsync(T(Lv, "Users.Created", "laura.kalnina"));
        await Expect(page).ToHaveURLAsync(EditUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Users.EditTitle", "laura.kalnina"));
        await Expect(page.Locator("#Input_FullName")).ToHaveValueAsync("Laura Kalniņa");
        await Expect(page.Locator("#role-SocialWorker")).ToBeCheckedAsync();
        await Expect(page.Locator("#role-Specialist")).ToBeCheckedAsync();
        await Expect(page.Locator("#role-Administrator")).Not.ToBeCheckedAsync();
        await CheckAsync(page, "edit-after-create");

        await page.Locator("main a[href^='/Admin/Users/ResetPassword/']").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Users.ResetPasswordTitle", "laura.kalnina"));
        await CheckAsync(page, "reset-password");

        await page.Locator("#main-nav a[data-nav=users]").ClickAsync();
        var row = page.Locator("#users-table tr[data-user='laura.kalnina']");
        await Expect(row).ToContainTextAsync("Laura Kalniņa");
        await Expect(row).ToContainTextAsync("laura.kalnina@example.lv");
        await Expect(row).ToContainTextAsync(T(Lv, Roles.DisplayKey(Roles.SocialWorker)));
        await Expect(row).ToContainTextAsync(T(Lv, Roles.DisplayKey(Roles.Specialist)));
        await Expect(row).ToContainTextAsync(T(Lv, "Users.Active"));
        await CheckAsync(page, "users-list-with-new-user");
    }

    [Fact]
    public async Task Creating_a_user_without_a_full_name_shows_the_message_by_the_field_and_keeps_the_input()
    {
        var page = await NewPageAsync();
        var admin = await SignInAsync(page, Roles.Administrator);
        await page.GotoAsync("/Admin/Users/Create");

        await page.Locator("#Input_UserName").FillAsync("maris.ozols");
        await page.Locator("#role-Auditor").CheckAsync();
        await page.Locator("#Input_Password").FillAsync(NewPassword);
        await page.Locator("#Input_ConfirmPassword").FillAsync(NewPassword);
        await page.Locator("main form button[type=submit]").ClickAsync();

        // The message sits in the full name's own form group, right under the field.
        var fullNameGroup = page.Locator("main form div.mb-3").Filter(new LocatorFilterOptions { Has = page.Locator("#Input_FullName") });
        await Expect(fullNameGroup.Locator("[data-valmsg-for='Input.FullName']")).ToHaveTextAsync(T(Lv, "Users.FullNameRequired"));
        await Expect(page.Locator("#Input_FullName")).ToHaveClassAsync(InvalidField());
        await Expect(page.Locator("h1")).ToHaveTextAsync(T(Lv, "Users.Create"));
        await Expect(page.Locator("#Input_UserName")).ToHaveValueAsync("maris.ozols");
        await Expect(page.Locator("#role-Auditor")).ToBeCheckedAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.UserName']")).ToBeEmptyAsync();
        await CheckAsync(page, "create-with-errors");

        await page.GotoAsync("/Admin/Users");
        await Expect(page.Locator($"#users-table tr[data-user='{admin.UserName}']")).ToBeVisibleAsync();
        await Expect(page.Locator("#users-table tr[data-user='maris.ozols']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Administrator_downloads_the_user_list_as_pdf()
    {
        var page = await NewPageAsync();
        await SignInAsync(page, Roles.Administrator);
        await page.GotoAsync("/Admin/Users");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("main a[href='/Admin/Users/Export']").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 1000, $"The PDF has only {bytes.Length} bytes.");
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
    }

    private static Regex EditUrl() => EditUrlPattern();

    private static Regex InvalidField() => InvalidFieldPattern();

    [GeneratedRegex("/Admin/Users/Edit/[^/?]+$")]
    private static partial Regex EditUrlPattern();

    [GeneratedRegex("\\binput-validation-error\\b")]
    private static partial Regex InvalidFieldPattern();
}
