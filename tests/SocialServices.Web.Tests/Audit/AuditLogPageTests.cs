using System.Net;
using AngleSharp.Html.Dom;
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

    [Fact]
    public async Task The_log_filters_by_client_case_and_action_prefix_and_shows_ids_and_reason()
    {
        var ids = await SeedTwoClientsAsync();
        var auditor = await SignedInAsync(Roles.Auditor, "janis.auditor");

        var byClient = Sequences(await GetDocumentAsync(auditor, $"/Audit?clientId={ids.First}"));
        var byCase = await GetDocumentAsync(auditor, $"/Audit?caseId={ids.FirstCase}");
        var byAction = Sequences(await GetDocumentAsync(auditor, "/Audit?action=client."));
        var byClientAndAction = Sequences(await GetDocumentAsync(auditor, $"/Audit?clientId={ids.First}&action=case.read"));

        Assert.Equal([4, 3, 1], byClient);
        var row = Assert.Single(byCase.QuerySelectorAll("#audit-table tbody tr"));
        Assert.Equal("3", row.GetAttribute("data-sequence"));
        Assert.Equal(ids.First.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("td[data-col=client]")!.TextContent.Trim());
        Assert.Equal(ids.FirstCase.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("td[data-col=case]")!.TextContent.Trim());
        Assert.Equal("Ārkārtas situācija: bērns nav atnācis uz skolu", row.QuerySelector("td[data-col=reason]")!.TextContent.Trim());
        Assert.Contains("Skatīja lietu", row.TextContent, StringComparison.Ordinal);
        Assert.Equal([4, 2, 1], byAction);
        Assert.Equal([3], byClientAndAction);
    }

    [Fact]
    public async Task The_log_filters_by_part_of_the_user_name_or_the_persons_name()
    {
        await CreateUserAsync("ilze.vitola", Roles.SocialWorker);
        await SeedTwoClientsAsync();
        var auditor = await SignedInAsync(Roles.Auditor, "janis.auditor");

        // TestUsers names the person "Tests <user name>"; the seeded entries are by ilze.vitola and karlis.ozolins.
        var byUserName = Sequences(await GetDocumentAsync(auditor, "/Audit?actor=VITOLA&to=2026-06-01"));
        var byFullName = Sequences(await GetDocumentAsync(auditor, "/Audit?actor=Tests%20ilze&to=2026-06-01"));
        var wildcard = Sequences(await GetDocumentAsync(auditor, "/Audit?actor=%25&to=2026-06-01"));

        Assert.Equal([3, 2, 1], byUserName);
        Assert.Equal([3, 2, 1], byFullName);
        Assert.Empty(wildcard);
    }

    [Fact]
    public async Task The_period_is_in_Latvian_days()
    {
        await WithDbAsync(async db =>
        {
            // 1 March 2026 23:30 and 2 March 00:30 in Riga (UTC+2): the same UTC day, different Latvian days.
            await AuditTestData.EntryAsync(db, new DateTimeOffset(2026, 3, 1, 21, 30, 0, TimeSpan.Zero), "ilze.vitola", AuditActions.ClientRead, 1);
            await AuditTestData.EntryAsync(db, new DateTimeOffset(2026, 3, 1, 22, 30, 0, TimeSpan.Zero), "ilze.vitola", AuditActions.ClientRead, 1);
            await AuditTestData.EntryAsync(db, new DateTimeOffset(2026, 3, 2, 21, 59, 59, TimeSpan.Zero), "ilze.vitola", AuditActions.ClientRead, 1);
            return await AuditTestData.EntryAsync(db, new DateTimeOffset(2026, 3, 2, 22, 0, 0, TimeSpan.Zero), "ilze.vitola", AuditActions.ClientRead, 1);
        });
        var auditor = await SignedInAsync(Roles.Auditor, "janis.auditor");

        var secondOfMarch = await GetDocumentAsync(auditor, "/Audit?from=2026-03-02&to=2026-03-02");
        var firstOfMarch = Sequences(await GetDocumentAsync(auditor, "/Audit?from=2026-03-01&to=2026-03-01"));
        var fromThird = Sequences(await GetDocumentAsync(auditor, "/Audit?from=2026-03-03&action=client."));

        Assert.Equal([3, 2], Sequences(secondOfMarch));
        Assert.Contains("02.03.2026 00:30:00", secondOfMarch.QuerySelector("tr[data-sequence='2']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([1], firstOfMarch);
        Assert.Equal([4], fromThird);
    }

    [Theory]
    [InlineData("clientId=abc", "ClientId", "Nederīga vērtība.")]
    [InlineData("caseId=-4", "CaseId", "Nederīga vērtība.")]
    [InlineData("from=2026-13-45", "From", "Nederīga vērtība.")]
    [InlineData("from=2026-03-02&to=2026-03-01", "To", "Beigu datums nevar būt pirms sākuma datuma.")]
    [InlineData("action=%3Cscript%3Ealert(1)%3C%2Fscript%3Eclient.read.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Action", "Ne vairāk kā 64 rakstzīmes.")]
    public async Task Invalid_filters_are_explained_next_to_the_field_never_a_500(string query, string field, string message)
    {
        var auditor = await SignedInAsync(Roles.Auditor, "janis.auditor");

        var page = await GetDocumentAsync(auditor, "/Audit?" + query);

        Assert.Equal(message, FieldError(page, field));
        Assert.Empty(page.QuerySelectorAll("#audit-table tbody tr"));
    }

    [Fact]
    public async Task An_over_long_user_filter_is_refused_and_the_csv_too()
    {
        var auditor = await SignedInAsync(Roles.Auditor, "janis.auditor");
        var actor = Uri.EscapeDataString(new string('ā', 300));

        var page = await GetDocumentAsync(auditor, "/Audit?actor=" + actor);
        var csv = await auditor.GetAsync(new Uri("/Audit?handler=Csv&actor=" + actor, UriKind.Relative));

        Assert.Equal("Ne vairāk kā 256 rakstzīmes.", FieldError(page, "Actor"));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("text/html", csv.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.AuditLogExport)));
    }

    private static List<int> Sequences(IHtmlDocument page) =>
        page.QuerySelectorAll("#audit-table tbody tr").Select(r => int.Parse(r.GetAttribute("data-sequence")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>Four entries about two clients, written in March 2026 (sequences 1-4), before anyone signs in.</summary>
    private async Task<(int First, int Second, int FirstCase)> SeedTwoClientsAsync() => await WithDbAsync(async db =>
    {
        var (organisationId, municipalityId) = await AuditTestData.OrganisationAsync(db);
        var registrar = (await CreateUserAsync("karlis.ozolins", Roles.SocialWorker)).Id;
        var first = await AuditTestData.ClientAsync(db, organisationId, municipalityId, "Žanete", "Ķēniņa", registrar);
        var second = await AuditTestData.ClientAsync(db, organisationId, municipalityId, "Gunārs", "Bērziņš", registrar);
        var firstCase = await AuditTestData.CaseAsync(db, organisationId, first.Id, 1, "Skolas ziņojums", registrar, registrar);
        var ilze = await db.Users.Where(u => u.UserName == "ilze.vitola").Select(u => u.Id).FirstOrDefaultAsync();
        var at = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        await AuditTestData.EntryAsync(db, at, "ilze.vitola", AuditActions.ClientRead, first.Id, actorId: ilze);
        await AuditTestData.EntryAsync(db, at.AddMinutes(1), "ilze.vitola", AuditActions.ClientUpdate, second.Id, actorId: ilze);
        await AuditTestData.EntryAsync(db, at.AddMinutes(2), "ilze.vitola", AuditActions.CaseRead, first.Id, firstCase.Id, "Ārkārtas situācija: bērns nav atnācis uz skolu", actorId: ilze);
        await AuditTestData.EntryAsync(db, at.AddMonths(4), "karlis.ozolins", AuditActions.ClientSearch, first.Id, details: "results=1", actorId: registrar);
        return (first.Id, second.Id, firstCase.Id);
    });
}
