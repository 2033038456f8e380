using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Clients;

public sealed class RelationTests(WebFixture fixture) : ClientTest(fixture)
{
    private static async Task<HttpResponseMessage> AddRelationAsync(HttpClient client, int id, params (string Key, string Value)[] fields) =>
        await PostPairsAsync(client, "/Clients/Relations/Add/" + id, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)), null,
            await GetDocumentAsync(client, "/Clients/Relations/Add/" + id));

    [Fact]
    public async Task An_existing_client_and_a_plain_person_are_linked_and_shown_as_the_household()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var workerId = await UserIdAsync("liga.worker");
        var child = await AddClientAsync("Emīls", "Ozols", workerId, birthDate: new DateOnly(2015, 4, 10));
        var motherCode = OldCode("050580", '1', "123");
        var mother = await AddClientAsync("Ilze", "Ozola", workerId, motherCode);

        var first = await AddRelationAsync(worker, child, ("Input.Kind", "Parent"), ("Input.IsLegalRepresentative", "true"), ("Input.LivesInHousehold", "true"),
            ("Input.Mode", "client"), ("Input.ClientPersonalCode", motherCode.Replace("-", string.Empty, StringComparison.Ordinal)));
        var second = await AddRelationAsync(worker, child, ("Input.Kind", "Sibling"), ("Input.LivesInHousehold", "true"), ("Input.Mode", "person"),
            ("Input.PersonFirstName", "Laura"), ("Input.PersonLastName", "Ozola"), ("Input.PersonBirthDate", "2012-12-01"), ("Input.Notes", "Mācās Jelgavā"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var details = await GetDocumentAsync(worker, "/Clients/Details/" + child);
        var rows = details.QuerySelectorAll("#relations tr.relation").ToList();
        Assert.Equal(2, rows.Count);
        var parent = rows.Single(r => r.TextContent.Contains("Ilze Ozola", StringComparison.Ordinal));
        Assert.Contains("Vecāks", parent.TextContent, StringComparison.Ordinal);
        Assert.NotNull(parent.QuerySelector(".legal-representative"));
        Assert.NotNull(parent.QuerySelector(".lives-in-household"));
        Assert.Equal("/Clients/Details/" + mother, parent.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("05.05.1980", parent.TextContent, StringComparison.Ordinal);
        var sibling = rows.Single(r => r.TextContent.Contains("Laura Ozola", StringComparison.Ordinal));
        Assert.Contains("Brālis vai māsa", sibling.TextContent, StringComparison.Ordinal);
        Assert.Contains("01.12.2012", sibling.TextContent, StringComparison.Ordinal);
        Assert.Contains("(13 g.)", sibling.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mācās Jelgavā", sibling.TextContent, StringComparison.Ordinal);
        Assert.Null(sibling.QuerySelector(".legal-representative"));

        // The mother's page says whose representative she is.
        var motherPage = await GetDocumentAsync(worker, "/Clients/Details/" + mother);
        Assert.Contains("Emīls Ozols", Text(motherPage, "#related-to"), StringComparison.Ordinal);

        var audit = await WithDbAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ClientRelationAdd).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal(child, a.ClientId));
        Assert.All(audit, a => Assert.DoesNotContain("Laura", a.Details, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ending_a_relation_keeps_it_below_as_ended_with_the_reason()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var child = await AddClientAsync("Emīls", "Ozols", await UserIdAsync("liga.worker"), birthDate: new DateOnly(2015, 4, 10));
        await AddRelationAsync(worker, child, ("Input.Kind", "FosterParent"), ("Input.Mode", "person"), ("Input.PersonFirstName", "Rasma"), ("Input.PersonLastName", "Liepa"));
        var relationId = await WithDbAsync(db => db.ClientRelations.Select(r => r.Id).SingleAsync());
        var endUrl = $"/Clients/Relations/End/{child}?relationId={relationId}";
        var endPage = await GetDocumentAsync(worker, endUrl);
        Assert.Contains("Rasma Liepa", Text(endPage, "#relation-summary"), StringComparison.Ordinal);

        var noReason = await PostPairsAsync(worker, endUrl, [new("Input.Reason", string.Empty)], null, endPage);
        Assert.Equal("Norādiet iemeslu.", FieldError(await ParseAsync(noReason), "Input.Reason"));

        var ended = await PostPairsAsync(worker, endUrl, [new("Input.Reason", "Bērns atgriezās ģimenē")], null, endPage);

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var details = await GetDocumentAsync(worker, "/Clients/Details/" + child);
        Assert.Empty(details.QuerySelectorAll("#relations tr.relation"));
        Assert.Contains("Rasma Liepa", Text(details, "#ended-relations"), StringComparison.Ordinal);
        Assert.Contains("Bērns atgriezās ģimenē", Text(details, "#ended-relations"), StringComparison.Ordinal);
        var entry = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ClientRelationEnd));
        Assert.Equal(child, entry.ClientId);
        Assert.Equal("Bērns atgriezās ģimenē", entry.Reason);

        // An ended relation cannot be ended again.
        var again = await worker.GetAsync(new Uri(endUrl, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task A_client_outside_the_scope_cannot_be_linked_and_is_reported_as_not_found()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var other = await CreateUserAsync("other.worker", Roles.SocialWorker);
        var child = await AddClientAsync("Emīls", "Ozols", await UserIdAsync("liga.worker"));
        var hiddenCode = OldCode("050580", '1', "123");
        await AddClientAsync("Slepena", "Persona", other.Id, hiddenCode);

        var hidden = await ParseAsync(await AddRelationAsync(worker, child, ("Input.Kind", "Parent"), ("Input.Mode", "client"), ("Input.ClientPersonalCode", hiddenCode)));
        var unknown = await ParseAsync(await AddRelationAsync(worker, child, ("Input.Kind", "Parent"), ("Input.Mode", "client"), ("Input.ClientPersonalCode", OldCode("060680", '1', "123"))));

        Assert.Contains("Starp jūsu klientiem nav klienta", FieldError(hidden, "Input.ClientPersonalCode"), StringComparison.Ordinal);
        Assert.Equal(FieldError(unknown, "Input.ClientPersonalCode"), FieldError(hidden, "Input.ClientPersonalCode"));
        Assert.Equal(0, await WithDbAsync(db => db.ClientRelations.CountAsync()));
    }

    [Fact]
    public async Task A_related_person_needs_a_name_and_a_valid_code_if_one_is_given()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var child = await AddClientAsync("Emīls", "Ozols", await UserIdAsync("liga.worker"));

        var page = await ParseAsync(await AddRelationAsync(worker, child, ("Input.Mode", "person"), ("Input.PersonFirstName", string.Empty),
            ("Input.PersonLastName", "Liepa"), ("Input.PersonPersonalCode", "12345")));

        Assert.Equal("Izvēlieties saistības veidu.", FieldError(page, "Input.Kind"));
        Assert.Equal("Ievadiet vārdu.", FieldError(page, "Input.PersonFirstName"));
        Assert.Equal("Personas kodā jābūt 11 cipariem.", FieldError(page, "Input.PersonPersonalCode"));

        var withCode = await AddRelationAsync(worker, child, ("Input.Kind", "Guardian"), ("Input.Mode", "person"), ("Input.PersonFirstName", "Rasma"),
            ("Input.PersonLastName", "Liepa"), ("Input.PersonPersonalCode", OldCode("120348", '1', "555")));
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        var person = await WithDbAsync(db => db.ClientRelations.AsNoTracking().Select(r => r.Person).SingleAsync());
        Assert.Equal(new DateOnly(1948, 3, 12), person!.BirthDate);
        Assert.Equal(OldCode("120348", '1', "555"), person.PersonalCode);
    }

    [Fact]
    public async Task A_client_cannot_be_their_own_relative()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var code = OldCode("050580", '1', "123");
        var id = await AddClientAsync("Ilze", "Ozola", await UserIdAsync("liga.worker"), code);

        var page = await ParseAsync(await AddRelationAsync(worker, id, ("Input.Kind", "Parent"), ("Input.Mode", "client"), ("Input.ClientPersonalCode", code)));

        Assert.Equal("Klientu nevar saistīt pašu ar sevi.", FieldError(page, "Input.ClientPersonalCode"));
    }
}
