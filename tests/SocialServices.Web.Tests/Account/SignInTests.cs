using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Account;

public sealed class SignInTests(WebFixture fixture) : WebTest(fixture)
{
    private static Dictionary<string, string> Credentials(string userName, string password) =>
        new() { ["Input.UserName"] = userName, ["Input.Password"] = password };

    [Fact]
    public async Task Correct_password_signs_in_and_lands_on_the_start_page_with_name_and_role()
    {
        await TestUsers.CreateAsync(Factory.Services, "ilze.test", "Ilze Bērziņa", Roles.ServiceManager);
        var client = NewClient();

        var response = await PostFormAsync(client, "/Account/Login", Credentials("ilze.test", TestUsers.Password));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var home = await GetDocumentAsync(client, "/");
        Assert.Contains("Labdien, Ilze Bērziņa!", home.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vadītājs", home.QuerySelector("#user-roles")!.TextContent, StringComparison.Ordinal);
        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.SignIn).ToListAsync());
        Assert.Single(audit);
        Assert.Equal("ilze.test", audit[0].ActorName);
    }

    [Fact]
    public async Task Wrong_password_shows_a_message_and_stays_signed_out()
    {
        await CreateUserAsync("janis.test", Roles.Auditor);
        var client = NewClient();

        var response = await PostFormAsync(client, "/Account/Login", Credentials("janis.test", "Nepareiza-parole-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains("Nepareizs lietotājvārds vai parole.", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.SignInFailed)));
    }

    [Fact]
    public async Task Empty_fields_get_messages_next_to_the_fields()
    {
        var client = NewClient();

        var response = await PostFormAsync(client, "/Account/Login", Credentials(string.Empty, string.Empty));

        var page = await ParseAsync(response);
        Assert.Equal("Ievadiet lietotājvārdu.", FieldError(page, "Input.UserName"));
        Assert.Equal("Ievadiet paroli.", FieldError(page, "Input.Password"));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes()
    {
        await CreateUserAsync("peteris.test", Roles.Specialist);
        var client = NewClient();
        for (var i = 0; i < 5; i++)
        {
            await PostFormAsync(client, "/Account/Login", Credentials("peteris.test", "Nepareiza-parole-" + i));
        }

        // Now even the right password is refused, with the lockout message.
        var locked = await ParseAsync(await PostFormAsync(client, "/Account/Login", Credentials("peteris.test", TestUsers.Password)));
        Assert.Contains("bloķēts uz 15 minūtēm", locked.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        // ASP.NET Core Identity reads the system clock for lockouts (not TimeProvider), so compare with it.
        var lockoutEnd = await WithDbAsync(db => db.Users.Where(u => u.UserName == "peteris.test").Select(u => u.LockoutEnd).SingleAsync());
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));

        // Once the fifteen minutes are over (moved back in the database), the right password works again.
        await WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "peteris.test");
            user.LockoutEnd = DateTimeOffset.UtcNow.AddSeconds(-1);
            return await db.SaveChangesAsync();
        });
        var after = await PostFormAsync(client, "/Account/Login", Credentials("peteris.test", TestUsers.Password));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in()
    {
        var user = await CreateUserAsync("deactivated.test", Roles.SocialWorker);
        await WithDbAsync(async db =>
        {
            var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
            stored.IsActive = false;
            return await db.SaveChangesAsync();
        });
        var client = NewClient();

        var response = await PostFormAsync(client, "/Account/Login", Credentials("deactivated.test", TestUsers.Password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nepareizs lietotājvārds vai parole.", (await ParseAsync(response)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        var client = await SignedInAsync(Roles.SocialWorker);

        var response = await PostFormAsync(client, "/Account/Logout", [], pageUrl: "/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("/Account/Login", home.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outside_return_url_is_not_followed()
    {
        await CreateUserAsync("return.test", Roles.Auditor);
        var client = NewClient();

        var response = await PostFormAsync(client, "/Account/Login?ReturnUrl=https%3A%2F%2Fevil.example%2F", Credentials("return.test", TestUsers.Password));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
