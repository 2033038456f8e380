using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Audit;

public sealed class AuditLogPageTests(WebFixture fixture) : WebTest(fixture)
{
    [Fact]
    public async Task An_auditor_reads_the_log_newest_first_and_the_reading_is_itself_logged()
    {
        var auditor = await SignedInAsync(Roles.Auditor, "janis.auditor");

        var page = await GetDocumentAsync(auditor, "/Audit");

        var first = page.QuerySelector("#audit-table tbody tr")!;
        Assert.Contains(AuditActions.SignIn, first.TextContent, StringComparison.Ordinal);
        Assert.Contains("janis.auditor", first.TextContent, StringComparison.Ordinal);
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.AuditLogRead && a.ActorName == "janis.auditor")));
    }

    [Fact]
    public async Task The_log_filters_by_user_and_action()
    {
        await CreateUserAsync("other.user", Roles.SocialWorker);
        await PostFormAsync(NewClient(), "/Account/Login", new() { ["Input.UserName"] = "other.user", ["Input.Password"] = "wrong-password-1" });
        var auditor = await SignedInAsync(Roles.Auditor, "janis.auditor");

        var page = await GetDocumentAsync(auditor, "/Audit?actor=other.user&action=account.sign-in-failed");

        var rows = page.QuerySelectorAll("#audit-table tbody tr");
        Assert.Single(rows);
        Assert.Contains("other.user", rows[0].TextContent, StringComparison.Ordinal);
    }
}
