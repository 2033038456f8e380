using Microsoft.EntityFrameworkCore;
using SocialServices.Domain.Applications;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Catalogue;
using SocialServices.Domain.Groups;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Tests.Cases;

namespace SocialServices.Web.Tests.Applications;

/// <summary>Decision and board tests: the seeded catalogue, applications and groups made directly through the domain.</summary>
public abstract class DecisionTestBase(WebFixture fixture) : CaseTest(fixture)
{
    protected async Task SeedCatalogueAsync() =>
        await WithDbAsync(async db =>
        {
            var municipalityId = await db.Organisations.Select(o => o.MunicipalityId).FirstAsync();
            db.Services.AddRange(ServiceCatalogueSeed.Create(municipalityId));
            return await db.SaveChangesAsync();
        });

    protected async Task<int> ServiceIdAsync(string code) => await WithDbAsync(db => db.Services.Where(s => s.Code == code).Select(s => s.Id).SingleAsync());

    /// <summary>An application recorded directly; with <paramref name="complete"/> every required document arrives on the submission day.</summary>
    protected async Task<int> ApplicationAsync(int clientId, string serviceCode, DateOnly submitted, string workerId, string number, bool complete = true, int? caseId = null) =>
        await WithDbAsync(async db =>
        {
            var service = await db.Services.SingleAsync(s => s.Code == serviceCode);
            var by = new Actor(workerId, "Tests");
            var application = new ServiceApplication(OrganisationId, clientId, service.Id, number,
                new ApplicationDetails(submitted, ApplicationChannel.InPerson, ApplicantKind.Client, null, null, caseId, workerId, null, null),
                service.RequiredDocuments, by, AppFactory.DefaultNow);
            if (complete)
            {
                foreach (var document in service.RequiredDocuments)
                {
                    application.AddDocument(document, submitted, null, by, AppFactory.DefaultNow);
                }
            }

            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });

    protected async Task<int> GroupAsync(string programmeCode, string name, DateOnly startsOn, int capacity) =>
        await WithDbAsync(async db =>
        {
            var serviceId = await db.Services.Where(s => s.Code == programmeCode).Select(s => s.Id).SingleAsync();
            var group = new ProgrammeGroup(OrganisationId, serviceId, name, startsOn, null, capacity, "Lielā iela 1");
            db.ProgrammeGroups.Add(group);
            await db.SaveChangesAsync();
            return group.Id;
        });

    protected async Task<ServiceApplication> StoredApplicationAsync(int id) =>
        await WithDbAsync(db => db.Applications.AsNoTracking().Include(a => a.Decisions).Include(a => a.Documents).Include(a => a.Extensions).SingleAsync(a => a.Id == id));

    /// <summary>Opens the form, posts the fields with its token and, unless given, the version the form carries.</summary>
    protected static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, List<KeyValuePair<string, string>> fields)
    {
        var page = await GetDocumentAsync(client, url);
        var values = new List<KeyValuePair<string, string>>(fields);
        if (values.All(f => f.Key != "Input.Version") && page.QuerySelector("input[name='Input.Version']") is { } version)
        {
            values.Add(new("Input.Version", version.GetAttribute("value") ?? "0"));
        }

        return await PostPairsAsync(client, url, values, null, page);
    }

    protected static List<KeyValuePair<string, string>> Decision(DecisionKind kind, DateOnly on, string? reasons = null, params (string Key, string Value)[] more) =>
        Fields([("Input.Kind", kind.ToString()), ("Input.DecidedOn", on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("Input.Reasons", reasons ?? string.Empty), .. more]);
}
