using System.Net;
using Microsoft.EntityFrameworkCore;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Clients;

public sealed class HostileInputTests(WebFixture fixture) : ClientTest(fixture)
{
    [Fact]
    public async Task A_script_in_a_name_is_stored_as_typed_and_shown_escaped()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker);

        var response = await RegisterAsync(worker, Form("<script>alert(1)</script>", "O'Brien; DROP TABLE clients;--", code: null, birthDate: "1990-01-01"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = IdFromRedirect(response);
        var stored = await WithDbAsync(db => db.Clients.SingleAsync());
        Assert.Equal("<script>alert(1)</script>", stored.FirstName);
        Assert.Equal("O'Brien; DROP TABLE clients;--", stored.LastName);
        var html = await (await worker.GetAsync(new Uri("/Clients/Details/" + id, UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        var list = await (await worker.GetAsync(new Uri("/Clients", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", list, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_of_ten_thousand_characters_is_refused_with_a_message()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker);

        var response = await RegisterAsync(worker, Form(code: null, birthDate: "1990-01-01", extra: [("Input.Notes", new string('ā', 10_000)), ("Input.Address", new string('x', 301))]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("Teksts ir par garu: ne vairāk kā 4000 rakstzīmes.", FieldError(page, "Input.Notes"));
        Assert.Equal("Ne vairāk kā 300 rakstzīmes.", FieldError(page, "Input.Address"));
        Assert.Equal(0, await WithDbAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task A_NUL_character_is_refused_by_the_framework_before_the_page_and_nothing_is_stored()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker);

        var response = await RegisterAsync(worker, Form("Anna\u0000", code: null, birthDate: "1990-01-01"));

        // ASP.NET Core's form reader refuses NUL with 400 Bad Request (PostgreSQL could not store it either).
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await WithDbAsync(db => db.Clients.CountAsync()));
    }

    [Theory]
    [InlineData("An\u0007na")]
    [InlineData("Anna\u001B[31m")]
    [InlineData("Anna\r\nKalniņa")]
    [InlineData("\u202Eanna")]
    public async Task Control_characters_in_a_name_are_refused(string firstName)
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker);

        var response = await RegisterAsync(worker, Form(firstName, code: null, birthDate: "1990-01-01"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Teksts satur neatļautas vadības rakstzīmes.", FieldError(await ParseAsync(response), "Input.FirstName"));
        Assert.Equal(0, await WithDbAsync(db => db.Clients.CountAsync()));
    }

    [Theory]
    [InlineData("Input.BirthDate", "not-a-date")]
    [InlineData("Input.BirthDate", "2026-02-30")]
    [InlineData("Input.DisabilityFrom", "99999-01-01")]
    [InlineData("Input.DataProcessingInformedOn", "'; DELETE FROM clients;")]
    [InlineData("Input.Gender", "Robot")]
    [InlineData("Input.MunicipalityId", "abc")]
    [InlineData("Input.TargetGroups", "42")]
    public async Task Invalid_values_are_refused_with_a_message_never_a_500(string field, string value)
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker);
        var form = Form(code: null, birthDate: field == "Input.BirthDate" ? null : "1990-01-01", gender: field == "Input.Gender" ? null : "Female", extra: [(field, value)]);

        var response = await RegisterAsync(worker, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        var message = FieldError(page, field) ?? FieldError(page, field + "[0]");
        Assert.False(string.IsNullOrEmpty(message), "No message at " + field);
        Assert.Equal(0, await WithDbAsync(db => db.Clients.CountAsync()));
    }

    [Fact]
    public async Task A_municipality_that_does_not_exist_is_refused_without_a_500()
    {
        await SetUpOrganisationAsync();
        var worker = await SignedInAsync(Roles.SocialWorker);

        var response = await RegisterAsync(worker, Form(code: null, birthDate: "1990-01-01", extra: [("Input.MunicipalityId", "987654")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Nederīga vērtība.", FieldError(await ParseAsync(response), "Input.MunicipalityId"));
    }

    [Fact]
    public async Task Unknown_ids_in_urls_are_not_found()
    {
        await SetUpOrganisationAsync();
        var manager = await SignedInAsync(Roles.ServiceManager);

        foreach (var url in new[] { "/Clients/Details/0", "/Clients/Details/abc", "/Clients/Edit/-5", "/Clients/Relations/Add/99999999999", "/Clients/Relations/End/1?relationId=x" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        }
    }
}
