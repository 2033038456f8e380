using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Clients;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Tests.Cases;

namespace SocialServices.Web.Tests.Applications;

/// <summary>Helpers of the application tests: the organisation with the seeded catalogue, clients with the facts eligibility reads, and the forms.</summary>
public abstract class ApplicationTest(WebFixture fixture) : CaseTest(fixture)
{
    /// <summary>Programme 6.1.5's one required document (seed).</summary>
    protected const string CorrectionStatement = "Izziņa par iekļaušanu uzvedības sociālās korekcijas programmā";

    /// <summary>The municipality the seeded services are for.</summary>
    protected int MunicipalityId { get; private set; }

    /// <summary>The organisation, its municipality and the catalogue seeded for that municipality.</summary>
    protected async Task SeedAsync()
    {
        await SetUpOrganisationAsync();
        MunicipalityId = await WithDbAsync(async db =>
        {
            var municipality = await db.Municipalities.SingleAsync();
            db.Services.AddRange(ServiceCatalogueSeed.Create(municipality.Id));
            await db.SaveChangesAsync();
            return municipality.Id;
        });
    }

    protected async Task<int> ServiceIdAsync(string code) => await WithDbAsync(db => db.Services.Where(s => s.Code == code).Select(s => s.Id).SingleAsync());

    /// <summary>A client made directly, with the facts eligibility reads (birth date, target groups, residence).</summary>
    protected async Task<int> PersonAsync(string firstName, string lastName, string registeredById, DateOnly? birthDate, IReadOnlyList<TargetGroup>? targetGroups = null, bool inMunicipality = true) =>
        await WithDbAsync(async db =>
        {
            var client = new Client(OrganisationId, new ClientDetails(null, firstName, lastName, birthDate, Gender.Female, inMunicipality ? MunicipalityId : null, null, null, null, "lv",
                null, null, null, targetGroups ?? [], null), registeredById, AppFactory.DefaultNow);
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            return client.Id;
        });

    protected async Task RelateAsync(int clientId, RelationKind kind, int? relatedClientId, RelatedPerson? person = null, bool legalRepresentative = false) =>
        await WithDbAsync(async db =>
        {
            var client = await db.Clients.Include(c => c.Relations).SingleAsync(c => c.Id == clientId);
            client.AddRelation(kind, legalRepresentative, true, relatedClientId, person, null, AppFactory.DefaultNow);
            return await db.SaveChangesAsync();
        });

    protected static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The create form's fields: the service, submitted today in person by the client, the given worker; documents ticked by name with their dates.</summary>
    protected static List<KeyValuePair<string, string>> ApplicationFields(int serviceId, string? workerId, DateOnly? submittedOn = null, int? caseFileId = null,
        IReadOnlyList<(string Name, DateOnly? ReceivedOn)>? received = null, params (string Key, string Value)[] extra)
    {
        var fields = Fields(
            ("Input.ServiceId", serviceId.ToString(CultureInfo.InvariantCulture)),
            ("Input.SubmittedOn", Iso(submittedOn ?? Today)),
            ("Input.Channel", nameof(ApplicationChannel.InPerson)),
            ("Input.ApplicantKind", nameof(ApplicantKind.Client)));
        if (workerId is not null)
        {
            fields.Add(new("Input.ResponsibleWorkerId", workerId));
        }

        if (caseFileId is { } caseId)
        {
            fields.Add(new("Input.CaseFileId", caseId.ToString(CultureInfo.InvariantCulture)));
        }

        var i = 0;
        foreach (var (name, on) in received ?? [])
        {
            fields.Add(new($"Input.Documents[{i}].Name", name));
            fields.Add(new($"Input.Documents[{i}].Received", "true"));
            if (on is { } date)
            {
                fields.Add(new($"Input.Documents[{i}].ReceivedOn", Iso(date)));
            }

            i++;
        }

        // An extra field replaces the default of the same name.
        fields.RemoveAll(f => extra.Any(e => e.Key == f.Key));
        fields.AddRange(extra.Select(e => new KeyValuePair<string, string>(e.Key, e.Value)));
        return fields;
    }

    /// <summary>Opens the form for the service and posts the fields.</summary>
    protected static async Task<HttpResponseMessage> RecordAsync(HttpClient client, int clientId, int serviceId, List<KeyValuePair<string, string>> fields)
    {
        var page = await GetDocumentAsync(client, $"/Applications/Create?clientId={clientId}&serviceId={serviceId}");
        return await PostPairsAsync(client, $"/Applications/Create?clientId={clientId}", fields, null, page);
    }

    /// <summary>Records an application through the form and returns its id.</summary>
    protected async Task<int> RecordedAsync(HttpClient client, int clientId, string serviceCode, string? workerId, DateOnly? submittedOn = null, int? caseFileId = null,
        IReadOnlyList<(string Name, DateOnly? ReceivedOn)>? received = null, params (string Key, string Value)[] extra)
    {
        var serviceId = await ServiceIdAsync(serviceCode);
        var response = await RecordAsync(client, clientId, serviceId, ApplicationFields(serviceId, workerId, submittedOn, caseFileId, received, extra));
        return ApplicationIdFrom(response);
    }

    protected static int ApplicationIdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Contains("/Applications/Details/", location, StringComparison.Ordinal);
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }

    protected async Task<ServiceApplication> StoredApplicationAsync(int id) =>
        await WithDbAsync(db => db.Applications.AsNoTracking().Include(a => a.Documents).Include(a => a.Extensions).Include(a => a.Decisions).AsSplitQuery().SingleAsync(a => a.Id == id));

    /// <summary>Posts a multipart form (with a file) with the token of the opened page.</summary>
    protected static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, (string FileName, byte[] Content)? file)
    {
        var page = await GetDocumentAsync(client, url);
        var token = page.QuerySelectorAll("main form input[name=__RequestVerificationToken]").Select(i => ((IHtmlInputElement)i).Value).Last();
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        if (file is { } f)
        {
            var bytes = new ByteArrayContent(f.Content);
            bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, "Upload", f.FileName);
        }

        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    protected static string? Error(IHtmlDocument page, string field) => FieldError(page, field);
}
