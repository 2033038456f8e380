using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Assessments;
using SocialServices.Domain.Clients;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Assessments;
using SocialServices.Web.Identity;
using SocialServices.Web.Tests.Cases;

namespace SocialServices.Web.Tests.Assessments;

/// <summary>Helpers of the assessment tests: a worker with a client and an open case, and the forms posted as a browser would.</summary>
public abstract class AssessmentTest(WebFixture fixture) : CaseTest(fixture)
{
    protected const string WorkerName = "sandra.ozolina";

    protected static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected sealed record Setup(HttpClient Worker, string WorkerId, int ClientId, int CaseId);

    /// <summary>An organisation, the instruments' lists, a signed-in worker and a client with an open case opened ten days ago.</summary>
    protected async Task<Setup> SetUpAsync(string clientFirst = "Agnese", string clientLast = "Kalēja")
    {
        await SetUpOrganisationAsync();
        await WithDbAsync(async db =>
        {
            await AssessmentInstruments.EnsureSeededAsync(db, CancellationToken.None);
            return 0;
        });
        var (worker, workerId) = await UserAsync(Roles.SocialWorker, WorkerName);
        var clientId = await ClientAsync(clientFirst, clientLast, workerId);
        var caseId = await CaseAsync(clientId, workerId, "2026/0001");
        return new Setup(worker, workerId, clientId, caseId);
    }

    /// <summary>Starts an assessment through the form; returns the new draft's id.</summary>
    protected static async Task<int> StartAsync(HttpClient client, int caseId, AssessmentKind kind, DateOnly? on = null)
    {
        var response = await PostAsync(client, $"/Assessments/Create/{caseId}", Fields(("Input.Kind", kind.ToString()), ("Input.AssessedOn", Iso(on ?? Today))));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Contains("/Assessments/Edit/", location, StringComparison.Ordinal);
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>Every field of the page's assessment form as a browser would send it (without the buttons).</summary>
    protected static List<KeyValuePair<string, string>> FormValues(IHtmlDocument page, string formSelector = "#assessment-form")
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException("No form " + formSelector);
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "submit" or "button":
                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    values.Add(new(name, (select.SelectedOptions.Length > 0 ? select.SelectedOptions[0].Value : null) ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
            }
        }

        return values.Where(v => v.Key != "__RequestVerificationToken").ToList();
    }

    /// <summary>Opens the edit page, changes the given fields, and posts with the given step ("save", "complete") or rows action.</summary>
    protected static async Task<HttpResponseMessage> EditAsync(HttpClient client, int id, string? step, IEnumerable<(string Key, string Value)> changes, string? rows = null, IHtmlDocument? page = null)
    {
        page ??= await GetDocumentAsync(client, $"/Assessments/Edit/{id}");
        var values = FormValues(page);
        foreach (var (key, value) in changes)
        {
            var index = values.FindIndex(v => v.Key == key);
            if (index >= 0)
            {
                values[index] = new(key, value);
            }
            else
            {
                values.Add(new(key, value));
            }
        }

        if (step is not null)
        {
            values.Add(new("step", step));
        }

        if (rows is not null)
        {
            values.Add(new("rows", rows));
        }

        return await PostPairsAsync(client, $"/Assessments/Edit/{id}", values, null, page);
    }

    protected async Task<Assessment> StoredAsync(int id) => await WithDbAsync(db => db.Assessments.AsNoTracking().SingleAsync(a => a.Id == id));

    protected async Task<List<Domain.Auditing.AuditEntry>> AuditAsync(string action) =>
        await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == action).OrderBy(a => a.Id).ToListAsync());

    protected async Task AddHouseholdAsync(int clientId) =>
        await WithDbAsync(async db =>
        {
            var client = await db.Clients.Include(c => c.Relations).SingleAsync(c => c.Id == clientId);
            client.AddRelation(RelationKind.Child, false, true, null, new RelatedPerson("Toms", "Kalējs", new DateOnly(2019, 5, 2), null), null, AppFactory.DefaultNow);
            client.AddRelation(RelationKind.SpousePartner, false, true, null, new RelatedPerson("Kristaps", "Kalējs", new DateOnly(1987, 11, 23), null), null, AppFactory.DefaultNow);
            client.AddRelation(RelationKind.Sibling, false, false, null, new RelatedPerson("Laura", "Liepa", null, null), "Dzīvo Rīgā", AppFactory.DefaultNow);
            return await db.SaveChangesAsync();
        });

    protected static string Text(IElement? element) => element?.TextContent.Trim() ?? string.Empty;
}
