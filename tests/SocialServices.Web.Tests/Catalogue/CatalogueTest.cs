using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Organisations;
using SocialServices.Web.Data.Configurations;

namespace SocialServices.Web.Tests.Catalogue;

/// <summary>Helpers of the catalogue tests: the municipality and organisation, the seeded catalogue, the service form as a browser posts it.</summary>
public abstract class CatalogueTest(WebFixture fixture) : WebTest(fixture)
{
    protected int Jelgava { get; private set; }

    protected int Riga { get; private set; }

    /// <summary>Two municipalities and the organisation (in Jelgava); the seeded catalogue with residence in Jelgava when <paramref name="seed"/>.</summary>
    protected async Task SetUpAsync(bool seed = true)
    {
        (Jelgava, Riga) = await WithDbAsync(async db =>
        {
            var jelgava = new Municipality("Jelgavas valstspilsēta", "0090000");
            var riga = new Municipality("Rīgas valstspilsēta", "0010000");
            db.Municipalities.AddRange(jelgava, riga);
            await db.SaveChangesAsync();
            db.Organisations.Add(new Organisation("Jelgavas sociālais dienests", "40900000002", jelgava.Id));
            if (seed)
            {
                db.Services.AddRange(ServiceCatalogueSeed.Create(jelgava.Id));
            }

            await db.SaveChangesAsync();
            return (jelgava.Id, riga.Id);
        });
    }

    protected Task<int> ServiceIdAsync(string code) => WithDbAsync(db => db.Services.Where(s => s.Code == code).Select(s => s.Id).SingleAsync());

    protected Task<Service?> ServiceAsync(string code) => WithDbAsync(db => db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code));

    /// <summary>The stored rules of a service as JSON (rules are records with sets: compared by their stored form).</summary>
    protected async Task<string> StoredRulesAsync(string code) => EligibilityRulesJson.Serialize((await ServiceAsync(code))!.Rules);

    protected Task<List<(string Action, string? EntityId, string? Details)>> AuditAsync(string prefix) =>
        WithDbAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith(prefix)).OrderBy(a => a.Id)
            .Select(a => new ValueTuple<string, string?, string?>(a.Action, a.EntityId, a.Details)).ToListAsync());

    /// <summary>
    /// The service form's fields as the page rendered them (what a browser would post back), with <paramref name="changes"/>
    /// replacing every field of the same name (give a name twice to tick two check boxes; an empty value for a check box unticks it).
    /// </summary>
    protected static List<KeyValuePair<string, string>> Fields(IHtmlDocument page, params (string Key, string Value)[] changes)
    {
        var form = page.QuerySelector("#service-form") ?? throw new InvalidOperationException("No service form on the page.");
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
                case IHtmlInputElement { Type: "checkbox" } box:
                    if (box.IsChecked)
                    {
                        fields.Add(new(name, box.Value));
                    }

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

        fields.AddRange(changes.Where(c => c.Value.Length > 0 || !IsCheckBox(form, c.Key)).Select(c => new KeyValuePair<string, string>(c.Key, c.Value)));
        return fields;
    }

    /// <summary>Posts the form (optionally to a handler) and returns the page shown again (validation errors, conflict, added row).</summary>
    protected static async Task<IHtmlDocument> PostBackAsync(HttpClient client, string url, IHtmlDocument page, List<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var response = await PostPairsAsync(client, url, fields, handler, page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    /// <summary>Posts the form and expects the redirect to the service's details page; returns the service id.</summary>
    protected static async Task<int> PostAndRedirectAsync(HttpClient client, string url, IHtmlDocument page, List<KeyValuePair<string, string>> fields)
    {
        var response = await PostPairsAsync(client, url, fields, null, page);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var shown = await ParseAsync(response);
            var errors = string.Join(" | ", shown.QuerySelectorAll(".field-validation-error, .validation-summary-errors").Select(e => e.TextContent.Trim()));
            Assert.Fail($"Expected a redirect, got {response.StatusCode}: {errors}");
        }

        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/Catalogue/Details/", location, StringComparison.Ordinal);
        return int.Parse(location["/Catalogue/Details/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    protected static string Value(IHtmlDocument page, string name) => page.QuerySelector($"#service-form [name='{name}']") switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlSelectElement select => select.Value ?? string.Empty,
        IHtmlTextAreaElement area => area.Value,
        _ => throw new InvalidOperationException("No field " + name),
    };

    protected static int RuleRowCount(IHtmlDocument page) => page.QuerySelectorAll("#rules-editor .rule-row").Length;

    private static bool IsCheckBox(AngleSharp.Dom.IElement form, string name) =>
        form.QuerySelector($"input[type=checkbox][name='{name}']") is not null;
}
