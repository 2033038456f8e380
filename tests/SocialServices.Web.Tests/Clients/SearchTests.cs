using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Clients;

public sealed class SearchTests(WebFixture fixture) : ClientTest(fixture)
{
    private static List<string> Names(IHtmlDocument page) =>
        page.QuerySelectorAll("#clients-table tr.client-row td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    private async Task<(HttpClient Manager, string ManagerId)> ManagerAsync()
    {
        var manager = await SignedInAsync(Roles.ServiceManager, "vita.manager");
        return (manager, await UserIdAsync("vita.manager"));
    }

    [Fact]
    public async Task Names_are_found_without_diacritics_and_in_any_case()
    {
        await SetUpOrganisationAsync();
        var (manager, id) = await ManagerAsync();
        await AddClientAsync("Jānis", "Bērziņš", id);
        await AddClientAsync("Ilze", "Bērziņa", id);
        await AddClientAsync("Anna", "Kalniņa", id);

        Assert.Equal(["Bērziņš, Jānis"], Names(await GetDocumentAsync(manager, "/Clients?q=Berzins")));
        Assert.Equal(["Bērziņa, Ilze"], Names(await GetDocumentAsync(manager, "/Clients?q=berzina")));
        Assert.Equal(["Bērziņa, Ilze", "Bērziņš, Jānis"], Names(await GetDocumentAsync(manager, "/Clients?q=BĒRZIŅ")));
        Assert.Equal(["Bērziņš, Jānis"], Names(await GetDocumentAsync(manager, "/Clients?q=berzins%20janis")));
        Assert.Empty(Names(await GetDocumentAsync(manager, "/Clients?q=100%25")));
    }

    [Fact]
    public async Task A_personal_code_is_found_with_or_without_the_hyphen_and_only_exactly()
    {
        await SetUpOrganisationAsync();
        var (manager, id) = await ManagerAsync();
        var code = OldCode("161175", '1', "999");
        await AddClientAsync("Jānis", "Bērziņš", id, code);
        await AddClientAsync("Ilze", "Bērziņa", id, OldCode("050580", '1', "123"));

        Assert.Equal(["Bērziņš, Jānis"], Names(await GetDocumentAsync(manager, "/Clients?q=" + code)));
        Assert.Equal(["Bērziņš, Jānis"], Names(await GetDocumentAsync(manager, "/Clients?q=" + code.Replace("-", string.Empty, StringComparison.Ordinal))));
        var page = await GetDocumentAsync(manager, "/Clients?q=" + code);
        Assert.Contains("161175-*****", page.QuerySelector("tr.client-row")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(code, page.QuerySelector("#clients-table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_number_finds_the_client_of_that_case()
    {
        await SetUpOrganisationAsync();
        var (manager, id) = await ManagerAsync();
        var client = await AddClientAsync("Jānis", "Bērziņš", id);
        var other = await AddClientAsync("Ilze", "Bērziņa", id);
        await AddCaseAsync(client, id, "2026/0153");
        await AddCaseAsync(other, id, "2026/0154");

        Assert.Equal(["Bērziņš, Jānis"], Names(await GetDocumentAsync(manager, "/Clients?q=2026/153")));
        var row = (await GetDocumentAsync(manager, "/Clients?q=2026/0153")).QuerySelector("tr.client-row")!;
        Assert.Equal("1", row.QuerySelectorAll("td")[4].TextContent.Trim());
    }

    [Fact]
    public async Task The_municipality_filter_narrows_the_list()
    {
        await SetUpOrganisationAsync();
        var (manager, id) = await ManagerAsync();
        await AddClientAsync("Jānis", "Bērziņš", id, municipalityId: Riga);
        await AddClientAsync("Ilze", "Bērziņa", id, municipalityId: Jelgava);

        var page = await GetDocumentAsync(manager, $"/Clients?q=berzin&municipality={Jelgava}");

        Assert.Equal(["Bērziņa, Ilze"], Names(page));
        Assert.Contains("Jelgava", page.QuerySelector("tr.client-row")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Bērziņš, Jānis"], Names(await GetDocumentAsync(manager, $"/Clients?municipality={Riga}")));
    }

    [Fact]
    public async Task Results_are_in_Latvian_alphabetical_order_and_paged_by_25()
    {
        await SetUpOrganisationAsync();
        var (manager, id) = await ManagerAsync();
        await WithDbAsync(async db =>
        {
            for (var i = 0; i < 28; i++)
            {
                db.Clients.Add(new Domain.Clients.Client(OrganisationId, new Domain.Clients.ClientDetails(null, "Vārds" + i.ToString("00", CultureInfo.InvariantCulture), "Zariņš",
                    new DateOnly(1990, 1, 1), Domain.Clients.Gender.Male, null, null, null, null, null, null, null, null, [], null), id, Factory.Clock.GetUtcNow()));
            }

            return await db.SaveChangesAsync();
        });
        await AddClientAsync("Ēriks", "Ābele", id);
        await AddClientAsync("Andris", "Bērziņš", id);
        await AddClientAsync("Anna", "Abele", id);

        var first = await GetDocumentAsync(manager, "/Clients");
        var names = Names(first);
        Assert.Equal(25, names.Count);
        Assert.Equal(["Abele, Anna", "Ābele, Ēriks", "Bērziņš, Andris", "Zariņš, Vārds00"], names.Take(4));
        Assert.Contains("31", Text(first, "#result-count"), StringComparison.Ordinal);
        var next = first.QuerySelector("#pages a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("p=2", next, StringComparison.Ordinal);

        var second = await GetDocumentAsync(manager, next);
        Assert.Equal(6, Names(second).Count);
        Assert.Equal("Zariņš, Vārds27", Names(second)[^1]);
        Assert.Equal(6, Names(await GetDocumentAsync(manager, "/Clients?p=999")).Count);

        // Listing without a search still shows client data: each page shown is logged as a list.
        var listed = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ClientSearch).Select(a => a.Details!).ToListAsync());
        Assert.Equal(3, listed.Count);
        Assert.All(listed, d => Assert.StartsWith("kind=list; results=31", d, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Archived_clients_are_left_out_unless_asked_for()
    {
        await SetUpOrganisationAsync();
        var (manager, id) = await ManagerAsync();
        await AddClientAsync("Jānis", "Bērziņš", id);
        await AddClientAsync("Ilze", "Bērziņa", id, archived: true);

        Assert.Equal(["Bērziņš, Jānis"], Names(await GetDocumentAsync(manager, "/Clients?q=berzin")));
        var all = await GetDocumentAsync(manager, "/Clients?q=berzin&archived=true");
        Assert.Equal(["Bērziņa, Ilze", "Bērziņš, Jānis"], Names(all));
        Assert.Contains("arhivēts", all.QuerySelector("tr.client-row")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_with_results_is_audited_by_kind_and_count_without_the_words_searched()
    {
        await SetUpOrganisationAsync();
        var (manager, id) = await ManagerAsync();
        await AddClientAsync("Jānis", "Bērziņš", id);
        await AddClientAsync("Ilze", "Bērziņa", id);

        await GetDocumentAsync(manager, "/Clients?q=berzin");
        await GetDocumentAsync(manager, "/Clients?q=nobody");

        var entry = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ClientSearch));
        Assert.Equal("kind=name; results=2; page=1", entry.Details);
        Assert.Equal("vita.manager", entry.ActorName);
    }

    [Fact]
    public async Task Hostile_search_text_is_harmless()
    {
        await SetUpOrganisationAsync();
        var (manager, id) = await ManagerAsync();
        await AddClientAsync("Jānis", "Bērziņš", id);

        foreach (var query in new[] { "'; DROP TABLE clients; --", "%_%", "<script>alert(1)</script>", new string('x', 5000), "\\" })
        {
            var page = await GetDocumentAsync(manager, "/Clients?q=" + Uri.EscapeDataString(query));
            Assert.Empty(Names(page));
        }

        Assert.Equal(1, await WithDbAsync(db => db.Clients.CountAsync()));
    }
}
