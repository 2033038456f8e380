using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialServices.Domain.Auditing;

namespace SocialServices.Web.Tests.Infrastructure;

public sealed class SecurityTests(WebFixture fixture) : WebTest(fixture)
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/health/live")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task Security_headers_are_on_every_response(string url)
    {
        var response = await NewClient().GetAsync(new Uri(url, UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style()
    {
        var page = await GetDocumentAsync(NewClient(), "/Account/Login");

        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), "inline <script> found"));
        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_rejected()
    {
        var client = NewClient();
        await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "anyone",
            ["Input.Password"] = "anything-at-all",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nepareizs pieprasījums", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.SignInFailed)));
    }

    [Fact]
    public async Task The_audit_log_refuses_update_and_delete_in_the_database()
    {
        await WithDbAsync(async db =>
        {
            db.AuditEntries.Add(new AuditEntry(DateTimeOffset.UtcNow, null, "test", "test.action", null, null, null));
            return await db.SaveChangesAsync();
        });

        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { "UPDATE audit_entries SET action = 'changed'", "DELETE FROM audit_entries", "TRUNCATE audit_entries" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
        }

        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "test.action")));
    }

    [Fact]
    public async Task The_auth_cookie_is_http_only_and_strict()
    {
        await CreateUserAsync("cookie.test", SocialServices.Web.Identity.Roles.Auditor);
        var client = NewClient();
        var page = await GetDocumentAsync(client, "/Account/Login");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "cookie.test",
            ["Input.Password"] = SocialServices.TestInfrastructure.TestUsers.Password,
            ["__RequestVerificationToken"] = token,
        }));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ss.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
