using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Clients;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Clients;

public sealed class EditAndArchiveTests(WebFixture fixture) : ClientTest(fixture)
{
    /// <summary>The edit form's fields as the page rendered them (what a browser would post back).</summary>
    private static List<KeyValuePair<string, string>> Posted(IHtmlDocument page, params (string Key, string Value)[] changes)
    {
        var form = page.QuerySelector("main form[method=post]")!;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input, select, textarea"))
        {
            var name = element.GetAttribute("name");
            if (name is null || name == "__RequestVerificationToken" || changes.Any(c => c.Key == name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                    {
                        fields.Add(new(name, box.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type == "hidden" && input.Value == "false":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }

        fields.AddRange(changes.Select(c => new KeyValuePair<string, string>(c.Key, c.Value)));
        return fields;
    }

    [Fact]
    public async Task An_edit_saves_the_changes_and_audits_the_changed_field_names_only()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var id = await AddClientAsync("Anna", "Kalniņa", await UserIdAsync("liga.worker"), OldCode("161175", '1', "999"));
        var edit = await GetDocumentAsync(worker, "/Clients/Edit/" + id);
        Assert.Equal("161175-19997", edit.QuerySelector("#Input_PersonalCode")!.GetAttribute("value"));

        var response = await PostPairsAsync(worker, "/Clients/Edit/" + id, Posted(edit, ("Input.Address", "Lielā iela 5, Jelgava"), ("Input.LastName", "Kalniņa-Ozola")), null, edit);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await WithDbAsync(db => db.Clients.SingleAsync(c => c.Id == id));
        Assert.Equal("Lielā iela 5, Jelgava", stored.Address);
        Assert.Equal("Kalniņa-Ozola", stored.LastName);
        Assert.Equal(new DateOnly(1975, 11, 16), stored.BirthDate);
        var entry = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ClientUpdate));
        Assert.Equal(id, entry.ClientId);
        Assert.Contains("Address", entry.Details, StringComparison.Ordinal);
        Assert.Contains("LastName", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("FirstName", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("Lielā", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("Ozola", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_concurrent_edit_shows_both_versions_keeps_the_typed_values_and_a_second_save_overwrites()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var id = await AddClientAsync("Anna", "Kalniņa", await UserIdAsync("liga.worker"), OldCode("161175", '1', "999"));
        var edit = await GetDocumentAsync(worker, "/Clients/Edit/" + id);

        // Someone else saves first.
        await WithDbAsync(async db =>
        {
            var client = await db.Clients.SingleAsync(c => c.Id == id);
            client.Update(new ClientDetails(client.PersonalCode is { } code ? PersonalCode.Parse(code, Today).Code : null, "Anna", "Kalniņa", null, Gender.Female, null,
                "Cita adrese 7", "+371 29999999", null, null, null, null, null, [], null));
            return await db.SaveChangesAsync();
        });

        var response = await PostPairsAsync(worker, "/Clients/Edit/" + id, Posted(edit, ("Input.Address", "Mana adrese 1")), null, edit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        var conflict = Text(page, "#conflict");
        Assert.Contains("Cita adrese 7", conflict, StringComparison.Ordinal);
        Assert.Contains("Mana adrese 1", conflict, StringComparison.Ordinal);
        Assert.Contains("+371 29999999", conflict, StringComparison.Ordinal);
        Assert.Equal("Mana adrese 1", page.QuerySelector("#Input_Address")!.GetAttribute("value"));
        Assert.Contains("cits lietotājs saglabāja", Text(page, ".validation-summary-errors"), StringComparison.Ordinal);
        Assert.Equal("Cita adrese 7", (await WithDbAsync(db => db.Clients.SingleAsync(c => c.Id == id))).Address);
        Assert.False(await WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.ClientUpdate)));

        var again = await PostPairsAsync(worker, "/Clients/Edit/" + id, Posted(page), null, page);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var stored = await WithDbAsync(db => db.Clients.SingleAsync(c => c.Id == id));
        Assert.Equal("Mana adrese 1", stored.Address);
        Assert.Null(stored.Phone);
    }

    [Fact]
    public async Task Changing_the_code_to_one_already_registered_is_refused()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var workerId = await UserIdAsync("liga.worker");
        var taken = OldCode("050580", '1', "123");
        var other = await AddClientAsync("Ilze", "Kļaviņa", workerId, taken);
        var id = await AddClientAsync("Anna", "Kalniņa", workerId, OldCode("161175", '1', "999"));
        var edit = await GetDocumentAsync(worker, "/Clients/Edit/" + id);

        var response = await PostPairsAsync(worker, "/Clients/Edit/" + id, Posted(edit, ("Input.PersonalCode", taken), ("Input.BirthDate", "1980-05-05")), null, edit);

        var page = await ParseAsync(response);
        Assert.Equal("Klients ar šo personas kodu jau ir reģistrēts.", FieldError(page, "Input.PersonalCode"));
        Assert.Equal("/Clients/Details/" + other, page.QuerySelector("#duplicate-link")!.GetAttribute("href"));
        Assert.Equal("161175-19997", (await WithDbAsync(db => db.Clients.SingleAsync(c => c.Id == id))).PersonalCode);
    }

    [Fact]
    public async Task Changing_the_code_re_validates_it()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var id = await AddClientAsync("Anna", "Kalniņa", await UserIdAsync("liga.worker"), OldCode("161175", '1', "999"));
        var edit = await GetDocumentAsync(worker, "/Clients/Edit/" + id);

        var response = await PostPairsAsync(worker, "/Clients/Edit/" + id, Posted(edit, ("Input.PersonalCode", "161175-19990")), null, edit);

        Assert.Contains("Kontrolcipars nesakrīt", FieldError(await ParseAsync(response), "Input.PersonalCode"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_archived_client_shows_a_banner_leaves_the_search_and_only_a_manager_restores_it()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var id = await AddClientAsync("Anna", "Kalniņa", await UserIdAsync("liga.worker"));
        var details = await GetDocumentAsync(worker, "/Clients/Details/" + id);

        var archive = await PostPairsAsync(worker, $"/Clients/Details/{id}",
            [new("Version", details.QuerySelector("#archive-form input[name=Version]")!.GetAttribute("value")!), new("ArchiveReason", "Pārcēlās uz ārzemēm")], "Archive", details);

        Assert.Equal(HttpStatusCode.Redirect, archive.StatusCode);
        var stored = await WithDbAsync(db => db.Clients.SingleAsync(c => c.Id == id));
        Assert.True(stored.IsArchived);
        Assert.Equal("Pārcēlās uz ārzemēm", stored.ArchiveReason);
        var archived = await GetDocumentAsync(worker, "/Clients/Details/" + id);
        Assert.Contains("Klients ir arhivēts.", Text(archived, "#archived-banner"), StringComparison.Ordinal);
        Assert.Contains("Pārcēlās uz ārzemēm", Text(archived, "#archived-banner"), StringComparison.Ordinal);
        Assert.Null(archived.QuerySelector("#edit-client"));
        Assert.Null(archived.QuerySelector("#restore-form"));
        Assert.Empty((await GetDocumentAsync(worker, "/Clients?q=Kalnina")).QuerySelectorAll("tr.client-row"));
        Assert.Single((await GetDocumentAsync(worker, "/Clients?q=Kalnina&archived=true")).QuerySelectorAll("tr.client-row"));

        // A worker cannot restore, even by posting the handler directly.
        var version = await WithDbAsync(db => db.Clients.Where(c => c.Id == id).Select(c => EF.Property<uint>(c, "Version")).SingleAsync());
        var refused = await PostPairsAsync(worker, $"/Clients/Details/{id}", [new("Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture))], "Restore", archived);
        AssertForbidden(refused);
        Assert.True((await WithDbAsync(db => db.Clients.SingleAsync(c => c.Id == id))).IsArchived);

        var manager = await SignedInAsync(Roles.ServiceManager, "vita.manager");
        var managerView = await GetDocumentAsync(manager, "/Clients/Details/" + id);
        var restore = await PostPairsAsync(manager, $"/Clients/Details/{id}",
            [new("Version", managerView.QuerySelector("#restore-form input[name=Version]")!.GetAttribute("value")!)], "Restore", managerView);

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.False((await WithDbAsync(db => db.Clients.SingleAsync(c => c.Id == id))).IsArchived);
        var actions = await WithDbAsync(db => db.AuditEntries.Where(a => a.ClientId == id).Select(a => new { a.Action, a.Reason }).ToListAsync());
        Assert.Contains(actions, a => a.Action == AuditActions.ClientArchive && a.Reason == "Pārcēlās uz ārzemēm");
        Assert.Contains(actions, a => a.Action == AuditActions.ClientRestore);
    }

    [Fact]
    public async Task Archiving_needs_a_reason_and_no_open_case()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var workerId = await UserIdAsync("liga.worker");
        var id = await AddClientAsync("Anna", "Kalniņa", workerId);
        await AddCaseAsync(id, workerId, "2026/0001");
        var details = await GetDocumentAsync(worker, "/Clients/Details/" + id);
        var version = details.QuerySelector("#archive-form input[name=Version]")!.GetAttribute("value")!;

        var noReason = await ParseAsync(await PostPairsAsync(worker, $"/Clients/Details/{id}", [new("Version", version), new("ArchiveReason", " ")], "Archive", details));
        Assert.Equal("Norādiet arhivēšanas iemeslu.", FieldError(noReason, "ArchiveReason"));

        var openCase = await ParseAsync(await PostPairsAsync(worker, $"/Clients/Details/{id}", [new("Version", version), new("ArchiveReason", "Beidzies")], "Archive", details));
        Assert.Contains("atvērta lieta", Text(openCase, ".validation-summary-errors"), StringComparison.Ordinal);
        Assert.False((await WithDbAsync(db => db.Clients.SingleAsync(c => c.Id == id))).IsArchived);
    }

    [Fact]
    public async Task Archiving_with_a_stale_version_is_refused()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var id = await AddClientAsync("Anna", "Kalniņa", await UserIdAsync("liga.worker"));
        var details = await GetDocumentAsync(worker, "/Clients/Details/" + id);
        var version = details.QuerySelector("#archive-form input[name=Version]")!.GetAttribute("value")!;
        await WithDbAsync(async db =>
        {
            var client = await db.Clients.SingleAsync(c => c.Id == id);
            client.RecordDataProcessingInformed(Today, "Cits");
            return await db.SaveChangesAsync();
        });

        var response = await PostPairsAsync(worker, $"/Clients/Details/{id}", [new("Version", version), new("ArchiveReason", "Beidzies")], "Archive", details);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("cits lietotājs mainīja", Text(await ParseAsync(response), ".validation-summary-errors"), StringComparison.Ordinal);
        Assert.False((await WithDbAsync(db => db.Clients.SingleAsync(c => c.Id == id))).IsArchived);
    }
}
