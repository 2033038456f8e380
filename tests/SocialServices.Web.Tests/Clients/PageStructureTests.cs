using AngleSharp.Html.Dom;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Clients;

/// <summary>Every client page has a title, one h1, unique ids and a label for every visible field (axe-core checks more in the browser).</summary>
public sealed class PageStructureTests(WebFixture fixture) : ClientTest(fixture)
{
    private static void AssertWellFormed(IHtmlDocument page, string url)
    {
        Assert.False(string.IsNullOrWhiteSpace(page.Title), url + ": no title");
        Assert.Single(page.QuerySelectorAll("h1"));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.True(ids.Count == ids.Distinct(StringComparer.Ordinal).Count(), url + ": duplicate ids " + string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key)));
        foreach (var field in page.QuerySelectorAll("main input:not([type=hidden]), main select, main textarea"))
        {
            var labelled = (field.Id is { } id && page.QuerySelector($"label[for='{id}']") is not null) || field.HasAttribute("aria-label");
            Assert.True(labelled, $"{url}: field {field.GetAttribute("name")} has no label");
        }
    }

    [Fact]
    public async Task The_client_pages_are_well_formed()
    {
        await SetUpOrganisationAsync();
        var manager = await SignedInAsync(Roles.ServiceManager, "vita.manager");
        var managerId = await UserIdAsync("vita.manager");
        var child = await AddClientAsync("Emīls", "Ozols", managerId);
        var mother = await AddClientAsync("Ilze", "Ozola", managerId, OldCode("050580", '1', "123"));
        await AddCaseAsync(child, managerId, "2026/0001", Domain.Cases.CaseStatus.Closed);
        await PostPairsAsync(manager, "/Clients/Relations/Add/" + child,
            [new("Input.Kind", "Parent"), new("Input.Mode", "client"), new("Input.ClientPersonalCode", OldCode("050580", '1', "123"))], null,
            await GetDocumentAsync(manager, "/Clients/Relations/Add/" + child));
        var relationId = await WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.ClientRelations.Select(r => r.Id)));

        foreach (var url in new[]
                 {
                     "/Clients", "/Clients?q=ozol", "/Clients/Create", $"/Clients/Details/{child}", $"/Clients/Details/{mother}", $"/Clients/Edit/{child}",
                     $"/Clients/Relations/Add/{child}", $"/Clients/Relations/End/{child}?relationId={relationId}",
                 })
        {
            AssertWellFormed(await GetDocumentAsync(manager, url), url);
        }

        // The registration form as re-displayed with every notice at once.
        var page = await ParseAsync(await RegisterAsync(manager, Form("Emils", "Ozols", code: null, birthDate: "1980-05-17")));
        Assert.NotNull(page.QuerySelector("#possible-matches"));
        AssertWellFormed(page, "/Clients/Create (matches)");
        var warning = await ParseAsync(await RegisterAsync(manager, Form(code: CheckDigitTenCode("020390", '1'))));
        Assert.NotNull(warning.QuerySelector("#check-digit-warning"));
        AssertWellFormed(warning, "/Clients/Create (check digit)");
    }
}
