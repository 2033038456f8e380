using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Auditing;
using SocialServices.Domain.Clients;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Clients;

public sealed class RegistrationTests(WebFixture fixture) : ClientTest(fixture)
{
    [Fact]
    public async Task A_client_with_an_old_format_code_is_registered_with_the_birth_date_from_the_code()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var code = OldCode("161175", '1', "999");

        var response = await RegisterAsync(worker, Form("Jānis", "Bērziņš", code.Replace("-", string.Empty, StringComparison.Ordinal), gender: "Male",
            extra: [("Input.MunicipalityId", Riga.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.Address", "Brīvības iela 1, Rīga"),
                ("Input.Phone", "+371 20000000"), ("Input.Email", "janis@example.lv"), ("Input.PreferredLanguage", "ru"), ("Input.DisabilityGroup", "II"),
                ("Input.DisabilityFrom", "2024-01-01"), ("Input.DisabilityTo", "2027-01-01"), ("Input.TargetGroups", "AdultWithMentalDisorder"),
                ("Input.TargetGroups", "PersonWithDisability"), ("Input.Notes", "Dzīvo viens."), ("Input.DataProcessingInformedOn", "2026-11-20")]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = IdFromRedirect(response);
        var workerId = await UserIdAsync("liga.worker");
        var stored = await WithDbAsync(db => db.Clients.SingleAsync(c => c.Id == id));
        Assert.Equal(code, stored.PersonalCode);
        Assert.Equal(new DateOnly(1975, 11, 16), stored.BirthDate);
        Assert.Equal(Gender.Male, stored.Gender);
        Assert.Equal("janis berzins", stored.SearchName);
        Assert.Equal(Riga, stored.MunicipalityId);
        Assert.Equal("ru", stored.PreferredLanguage);
        Assert.Equal(DisabilityGroup.II, stored.DisabilityGroup);
        Assert.Equal(new DateOnly(2027, 1, 1), stored.DisabilityTo);
        Assert.Equal([TargetGroup.AdultWithMentalDisorder, TargetGroup.PersonWithDisability], stored.TargetGroups);
        Assert.Equal(new DateOnly(2026, 11, 20), stored.DataProcessingInformedOn);
        Assert.Equal("Tests liga.worker", stored.DataProcessingInformedBy);
        Assert.Equal(workerId, stored.RegisteredById);
        var entry = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ClientCreate));
        Assert.Equal(id, entry.ClientId);
        Assert.Equal(workerId, entry.ActorId);

        // The worker sees the client before any case is opened.
        var details = await GetDocumentAsync(worker, "/Clients/Details/" + id);
        Assert.Equal("Jānis Bērziņš", Text(details, "h1").Trim());
        Assert.Contains("16.11.1975", Text(details, "#birth-date"), StringComparison.Ordinal);
        Assert.Contains("II grupa", Text(details, "#disability"), StringComparison.Ordinal);
        Assert.Contains("Persona ar invaliditāti", Text(details, "#target-groups"), StringComparison.Ordinal);
        Assert.Contains("20.11.2026, informēja Tests liga.worker", Text(details, "#informed"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_format_code_needs_birth_date_and_gender_by_hand_and_says_so()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker);

        var first = await RegisterAsync(worker, Form("Marta", "Ozola", "321234-56789", birthDate: null, gender: null));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var page = await ParseAsync(first);
        Assert.Contains("jaunā formāta", Text(page, "#new-format-note"), StringComparison.Ordinal);
        Assert.Contains("Ievadiet dzimšanas datumu", FieldError(page, "Input.BirthDate"), StringComparison.Ordinal);
        Assert.Equal("Norādiet dzimumu.", FieldError(page, "Input.Gender"));
        Assert.Equal(0, await WithDbAsync(db => db.Clients.CountAsync()));

        var second = await PostPairsAsync(worker, "/Clients/Create", Form("Marta", "Ozola", "321234-56789", birthDate: "2019-03-04", gender: "Female"), null, page);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var stored = await WithDbAsync(db => db.Clients.SingleAsync());
        Assert.Equal("321234-56789", stored.PersonalCode);
        Assert.Equal(new DateOnly(2019, 3, 4), stored.BirthDate);
        Assert.Equal(Gender.Female, stored.Gender);
    }

    [Theory]
    [InlineData("12345", "Personas kodā jābūt 11 cipariem.")]
    [InlineData("16117A-19997", "Personas kodā var būt tikai cipari un viena defise.")]
    [InlineData("1611-7519997", "Defise drīkst būt tikai pēc sestā cipara")]
    [InlineData("311175-19997", "Pirmie seši cipari nav derīgs datums")]
    [InlineData("161175-39997", "Septītajam ciparam (gadsimts) jābūt 0, 1 vai 2.")]
    [InlineData("010127-29990", "dzimšanas datums ir nākotnē")]
    [InlineData("161175-19990", "Kontrolcipars nesakrīt")]
    [InlineData("310275-19997", "Jaunā formāta kods sākas ar 32–39.")]
    public async Task Each_kind_of_code_mistake_has_its_own_message_at_the_field(string code, string message)
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker);

        var response = await RegisterAsync(worker, Form(code: code, birthDate: "1975-11-16"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains(message, FieldError(page, "Input.PersonalCode"), StringComparison.Ordinal);
        Assert.Equal(code, page.QuerySelector("#Input_PersonalCode")!.GetAttribute("value"));
        Assert.Equal(0, await WithDbAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task Code_messages_are_in_English_when_the_user_chose_English()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker);
        var page = await GetDocumentAsync(worker, "/Clients/Create?culture=en-GB&ui-culture=en-GB");

        var response = await PostPairsAsync(worker, "/Clients/Create?culture=en-GB&ui-culture=en-GB", Form(code: "161175-19990", birthDate: "1975-11-16"), null, page);

        var result = await ParseAsync(response);
        Assert.Contains("The check digit does not match", FieldError(result, "Input.PersonalCode"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_code_must_be_declared_as_no_code()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker);
        var form = Form(code: string.Empty, birthDate: "1990-01-01");

        var page = await ParseAsync(await RegisterAsync(worker, form));

        Assert.Contains("atzīmējiet, ka personai tā nav", FieldError(page, "Input.PersonalCode"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_digit_of_ten_written_as_zero_is_accepted_only_after_confirmation()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker);
        var code = CheckDigitTenCode("020390", '1');

        var first = await RegisterAsync(worker, Form("Pēteris", "Liepa", code, gender: "Male"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var page = await ParseAsync(first);
        Assert.Contains("kontrolcipars pēc formulas ir 10", Text(page, "#check-digit-warning"), StringComparison.Ordinal);
        Assert.Equal("Apstipriniet, ka kods ir pārbaudīts.", FieldError(page, "Input.ConfirmCheckDigit"));
        Assert.Equal(0, await WithDbAsync(db => db.Clients.CountAsync()));

        var second = await PostPairsAsync(worker, "/Clients/Create", Form("Pēteris", "Liepa", code, gender: "Male", extra: [("Input.ConfirmCheckDigit", "true")]), null, page);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var stored = await WithDbAsync(db => db.Clients.SingleAsync());
        Assert.Equal(code, stored.PersonalCode);
        Assert.Equal(new DateOnly(1990, 3, 2), stored.BirthDate);
    }

    [Fact]
    public async Task A_typed_birth_date_that_differs_from_the_code_is_replaced_by_the_codes_and_said_so()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker);
        var code = OldCode("161175", '1', "999");

        var first = await RegisterAsync(worker, Form(code: code, birthDate: "1975-11-17"));

        var page = await ParseAsync(first);
        Assert.Contains("17.11.1975", FieldError(page, "Input.BirthDate"), StringComparison.Ordinal);
        Assert.Contains("16.11.1975", FieldError(page, "Input.BirthDate"), StringComparison.Ordinal);
        Assert.Equal("1975-11-16", page.QuerySelector("#Input_BirthDate")!.GetAttribute("value"));
        Assert.Equal(0, await WithDbAsync(db => db.Clients.CountAsync()));

        var second = await PostPairsAsync(worker, "/Clients/Create", Form(code: code, birthDate: "1975-11-16"), null, page);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
    }

    [Fact]
    public async Task A_code_registered_before_is_refused_with_a_link_to_the_client_in_scope()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var code = OldCode("050580", '1', "123");
        var existing = await AddClientAsync("Ilze", "Kļaviņa", await UserIdAsync("liga.worker"), code);

        var response = await RegisterAsync(worker, Form("Ilze", "Kļaviņa", code.Replace("-", string.Empty, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("Klients ar šo personas kodu jau ir reģistrēts.", FieldError(page, "Input.PersonalCode"));
        Assert.Equal("/Clients/Details/" + existing, page.QuerySelector("#duplicate-link")!.GetAttribute("href"));
        Assert.Equal(1, await WithDbAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task A_code_registered_by_someone_else_is_refused_without_revealing_the_person()
    {
        await SetUpOrganisationAsync();
        var other = await CreateUserAsync("other.worker", Roles.SocialWorker);
        var code = OldCode("050580", '1', "123");
        await AddClientAsync("Slepena", "Persona", other.Id, code);
        var worker = await SignedInAsync(Roles.SocialWorker);

        var response = await RegisterAsync(worker, Form("Ilze", "Kļaviņa", code));

        var html = await response.Content.ReadAsStringAsync();
        var page = await ParseAsync(response);
        Assert.Contains("nav starp jūsu klientiem", FieldError(page, "Input.PersonalCode"), StringComparison.Ordinal);
        Assert.Contains("vadītāja", Text(page, "#duplicate-client"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#duplicate-link"));
        Assert.DoesNotContain("Slepena", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_code_possible_matches_are_listed_and_a_confirmation_is_needed()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker, "liga.worker");
        var other = await CreateUserAsync("other.worker", Roles.SocialWorker);
        var mine = await AddClientAsync("Jānis", "Bērziņš", await UserIdAsync("liga.worker"), birthDate: new DateOnly(1970, 1, 1));
        await AddClientAsync("Pēteris", "Berziņš", other.Id, birthDate: new DateOnly(1985, 6, 6));
        await AddClientAsync("Jānis", "Ozols", other.Id, birthDate: new DateOnly(1985, 6, 6));

        var first = await RegisterAsync(worker, Form("Janis", "Berzins", code: null, birthDate: "1985-06-06", gender: "Male"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var page = await ParseAsync(first);
        var matches = page.QuerySelectorAll("#possible-matches li.possible-match").Select(li => li.TextContent.Trim()).ToList();
        // Same folded name (in scope: shown by name), and same last name with the same birth date (out of scope: no name).
        Assert.Equal(2, matches.Count);
        Assert.Contains(matches, m => m.Contains("Jānis Bērziņš", StringComparison.Ordinal));
        Assert.Contains(matches, m => m.Contains("nav starp jūsu klientiem", StringComparison.Ordinal));
        Assert.DoesNotContain("Pēteris", page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("/Clients/Details/" + mine, page.QuerySelector("#possible-matches a")!.GetAttribute("href"));
        Assert.Contains("apstipriniet, ka tā ir cita persona", FieldError(page, "Input.ConfirmDifferentPerson"), StringComparison.Ordinal);
        Assert.Equal(3, await WithDbAsync(db => db.Clients.CountAsync()));

        var second = await PostPairsAsync(worker, "/Clients/Create",
            Form("Janis", "Berzins", code: null, birthDate: "1985-06-06", gender: "Male", extra: [("Input.ConfirmDifferentPerson", "true")]), null, page);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var stored = await WithDbAsync(db => db.Clients.SingleAsync(c => c.Id == IdFromRedirect(second)));
        Assert.Null(stored.PersonalCode);
        Assert.Equal("Berzins", stored.LastName);
    }

    [Fact]
    public async Task Without_a_code_and_without_matches_the_client_is_saved_at_once()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker);

        var response = await RegisterAsync(worker, Form("John", "Smith", code: null, birthDate: "1960-02-29", gender: "Male"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new DateOnly(1960, 2, 29), (await WithDbAsync(db => db.Clients.SingleAsync())).BirthDate);
    }

    [Fact]
    public async Task Bad_field_values_are_shown_at_their_fields()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker);

        var response = await RegisterAsync(worker, Form(string.Empty, string.Empty, code: null, birthDate: "2027-01-01",
            extra: [("Input.Email", "not-an-address"), ("Input.Phone", "call me"), ("Input.DisabilityGroup", "I"), ("Input.DisabilityFrom", "2026-01-01"),
                ("Input.DisabilityTo", "2025-01-01"), ("Input.PreferredLanguage", "xx")]));

        var page = await ParseAsync(response);
        Assert.Equal("Ievadiet vārdu.", FieldError(page, "Input.FirstName"));
        Assert.Equal("Ievadiet uzvārdu.", FieldError(page, "Input.LastName"));
        Assert.Contains("nākotnē", FieldError(page, "Input.BirthDate"), StringComparison.Ordinal);
        Assert.Equal("E-pasta adrese nav derīga.", FieldError(page, "Input.Email"));
        Assert.Contains("tikai cipari", FieldError(page, "Input.Phone"), StringComparison.Ordinal);
        Assert.Contains("nevar būt pirms sākuma", FieldError(page, "Input.DisabilityTo"), StringComparison.Ordinal);
        Assert.Equal("Nederīga vērtība.", FieldError(page, "Input.PreferredLanguage"));
        Assert.Equal("call me", page.QuerySelector("#Input_Phone")!.GetAttribute("value"));
        Assert.Equal(0, await WithDbAsync(db => db.Clients.CountAsync()));
    }
}
