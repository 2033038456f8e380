using System.Net;
using System.Security.Claims;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Organisations;
using SocialServices.TestInfrastructure;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Cases;

/// <summary>Helpers of the case-file and board tests: an organisation, users, clients and cases made directly, form posts.</summary>
public abstract class CaseTest(WebFixture fixture) : WebTest(fixture)
{
    protected static readonly DateOnly Today = DateOnly.FromDateTime(AppFactory.DefaultNow.UtcDateTime);

    protected int OrganisationId { get; private set; }

    /// <summary>A municipality and the organisation (the database is emptied before each test).</summary>
    protected async Task SetUpOrganisationAsync()
    {
        OrganisationId = await WithDbAsync(async db =>
        {
            var municipality = new Municipality("Jelgavas valstspilsēta", "0090000");
            db.Municipalities.Add(municipality);
            await db.SaveChangesAsync();
            var organisation = new Organisation("Biedrība \"Atbalsts ģimenei\"", "40008000001", municipality.Id);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation.Id;
        });

        // The app caches the organisation's id; every test starts from an empty database.
        ((MemoryCache)Factory.Services.GetRequiredService<IMemoryCache>()).Clear();
    }

    protected async Task<string> UserIdAsync(string userName) =>
        await WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>Signs in a new user and returns the client and the user's id.</summary>
    protected async Task<(HttpClient Client, string Id)> UserAsync(string role, string userName)
    {
        var client = await SignedInAsync(role, userName);
        return (client, await UserIdAsync(userName));
    }

    /// <summary>Signs an existing user in again (after the clock moved past the sign-in cookie's lifetime).</summary>
    protected async Task<HttpClient> SignInAgainAsync(string userName)
    {
        var client = NewClient();
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    protected async Task<int> ClientAsync(string firstName, string lastName, string registeredById) =>
        await WithDbAsync(async db =>
        {
            var client = new Client(OrganisationId, new ClientDetails(null, firstName, lastName, new DateOnly(1985, 4, 12), Gender.Female, null, null, null, null, "lv", null, null, null, [], null), registeredById, AppFactory.DefaultNow);
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            return client.Id;
        });

    /// <summary>A case made directly (the number given), with a responsible worker and team members.</summary>
    protected async Task<int> CaseAsync(int clientId, string? workerId, string number, DateOnly? openedOn = null, params string[] team) =>
        await WithDbAsync(async db =>
        {
            var actor = new Actor(workerId ?? "system", "Tests");
            var caseFile = new CaseFile(OrganisationId, clientId, number, openedOn ?? Today.AddDays(-10), "Ģimenei nepieciešams atbalsts", ReferralSource.School, workerId, actor, AppFactory.DefaultNow.AddDays(-10));
            foreach (var member in team)
            {
                caseFile.AddTeamMember(member, null, actor, AppFactory.DefaultNow.AddDays(-10));
            }

            db.CaseFiles.Add(caseFile);
            await db.SaveChangesAsync();
            return caseFile.Id;
        });

    protected async Task<CaseFile> StoredCaseAsync(int id) =>
        await WithDbAsync(db => db.CaseFiles.AsNoTracking().Include(c => c.Team).Include(c => c.Assignments).Include(c => c.Events).SingleAsync(c => c.Id == id));

    protected static ClaimsPrincipal Principal(string userId, string userName, params string[] roles) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, userId),
                new Claim(ClaimTypes.Name, userName),
                new Claim(AppClaimsPrincipalFactory.FullNameClaim, "Tests " + userName),
                .. roles.Select(r => new Claim(ClaimTypes.Role, r)),
            ],
            "Test"));

    protected static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url) =>
        (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode;

    /// <summary>Opens the form page and posts the fields with its token.</summary>
    protected static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null) =>
        await PostPairsAsync(client, url, fields, handler, await GetDocumentAsync(client, url));

    protected static string Version(IHtmlDocument page) =>
        page.QuerySelector("input[name='Input.Version']")?.GetAttribute("value") ?? throw new InvalidOperationException("No version on the form.");

    protected static void AssertAccessDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    protected static int IdFromLocation(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Contains("/Cases/Details/", location, StringComparison.Ordinal);
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    protected static List<KeyValuePair<string, string>> Fields(params (string Key, string Value)[] pairs) =>
        pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)).ToList();
}
