using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Audit;

public sealed class AuditChainTests(WebFixture fixture) : WebTest(fixture)
{
    [Fact]
    public async Task After_normal_activity_the_chain_is_intact_and_the_check_is_logged()
    {
        await CreateUserAsync("other.user", Roles.SocialWorker);
        await PostFormAsync(NewClient(), "/Account/Login", new() { ["Input.UserName"] = "other.user", ["Input.Password"] = "wrong-password-1" });
        var auditor = await SignedInAsync(Roles.Auditor, "janis.auditor");
        await GetDocumentAsync(auditor, "/Audit?action=account.");
        await auditor.GetAsync(new Uri("/Audit?handler=Csv", UriKind.Relative));

        var page = await VerifyAsync(auditor);

        var check = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.AuditChainVerify));
        var checkedEntries = await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Sequence < check.Sequence));
        Assert.True(checkedEntries >= 5, $"{checkedEntries} entries");
        var result = page.QuerySelector("#chain-result")!;
        Assert.Equal("true", result.GetAttribute("data-intact"));
        Assert.Contains("Žurnāla ķēde ir nebojāta", result.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Pārbaudīto ierakstu skaits: {checkedEntries}. Neviens nav mainīts vai dzēsts.", result.TextContent, StringComparison.Ordinal);
        Assert.Equal("janis.auditor", check.ActorName);
        Assert.Equal($"entries={checkedEntries}; intact", check.Details);

        // The result is shown once (post/redirect/get), not on every later visit.
        var again = await GetDocumentAsync(auditor, "/Audit");
        Assert.Null(again.QuerySelector("#chain-result"));
    }

    [Fact]
    public async Task A_row_changed_behind_the_applications_back_breaks_the_chain_at_that_row()
    {
        await WithDbAsync(async db =>
        {
            var at = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < 4; i++)
            {
                await AuditTestData.EntryAsync(db, at.AddMinutes(i), "ilze.vitola", AuditActions.ClientRead, 7);
            }

            return 0;
        });
        await using (var connection = new NpgsqlConnection(Fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var tamper = new NpgsqlCommand(
                "SET session_replication_role = replica; UPDATE audit_entries SET details = 'x' WHERE sequence = 2; SET session_replication_role = origin;",
                connection);
            Assert.Equal(1, await tamper.ExecuteNonQueryAsync());
        }

        var auditor = await SignedInAsync(Roles.Auditor, "janis.auditor");

        var page = await VerifyAsync(auditor);

        var result = page.QuerySelector("#chain-result")!;
        Assert.Equal("false", result.GetAttribute("data-intact"));
        Assert.Equal("2", result.GetAttribute("data-broken-at"));
        Assert.Equal("alert", result.GetAttribute("role"));
        Assert.Contains("Žurnāla ķēde ir bojāta", result.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ķēde pārtrūkst pie ieraksta Nr. 2", result.TextContent, StringComparison.Ordinal);
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.AuditChainVerify && a.Details!.EndsWith("broken at 2"))));
    }

    [Fact]
    public async Task Only_auditors_and_administrators_may_verify()
    {
        var worker = await SignedInAsync(Roles.ServiceManager, "vaditaja");
        var token = (await GetDocumentAsync(worker, "/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await worker.PostAsync(
            new Uri("/Audit?handler=Verify", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.AuditChainVerify)));
    }

    private static async Task<IHtmlDocument> VerifyAsync(HttpClient auditor)
    {
        var page = await GetDocumentAsync(auditor, "/Audit");
        var response = await PostPairsAsync(auditor, "/Audit", [], "Verify", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await GetDocumentAsync(auditor, response.Headers.Location!.OriginalString);
    }
}
