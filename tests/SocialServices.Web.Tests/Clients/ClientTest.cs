using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Domain.Cases;
using SocialServices.Domain.Clients;
using SocialServices.Domain.Organisations;
using SocialServices.TestInfrastructure;

namespace SocialServices.Web.Tests.Clients;

/// <summary>Helpers of the client-registry tests: an organisation, clients and cases made directly, valid codes, the form.</summary>
public abstract class ClientTest(WebFixture fixture) : WebTest(fixture)
{
    private static readonly int[] Weights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    protected static DateOnly Today => DateOnly.FromDateTime(AppFactory.DefaultNow.UtcDateTime);

    protected int OrganisationId { get; private set; }

    protected int Riga { get; private set; }

    protected int Jelgava { get; private set; }

    /// <summary>Two municipalities and the organisation (the database is emptied before each test).</summary>
    protected async Task SetUpOrganisationAsync()
    {
        (Riga, Jelgava, OrganisationId) = await WithDbAsync(async db =>
        {
            var riga = new Municipality("Rīga", "0010000");
            var jelgava = new Municipality("Jelgava", "0090000");
            db.Municipalities.AddRange(riga, jelgava);
            await db.SaveChangesAsync();
            var organisation = new Organisation("Biedrība \"Atbalsts\"", "40008000001", riga.Id);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return (riga.Id, jelgava.Id, organisation.Id);
        });

        // The organisation id is cached by the app; a test database starts from scratch.
        ((MemoryCache)Factory.Services.GetRequiredService<IMemoryCache>()).Clear();
    }

    protected async Task<string> UserIdAsync(string userName) => await WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>An old-format code with the right check digit: <paramref name="birth"/> (DDMMYY), century digit, serial of three digits.</summary>
    protected static string OldCode(string birth, char century, string serial)
    {
        var first = birth + century + serial;
        var check = CheckDigit(first);
        if (check == 10)
        {
            throw new ArgumentException("This serial gives check digit 10; pick another.", nameof(serial));
        }

        return birth + "-" + century + serial + check.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>An old-format code whose check digit computes to 10 and is written as 0.</summary>
    protected static string CheckDigitTenCode(string birth, char century)
    {
        for (var serial = 0; serial < 1000; serial++)
        {
            var s = serial.ToString("000", CultureInfo.InvariantCulture);
            if (CheckDigit(birth + century + s) == 10)
            {
                return birth + "-" + century + s + "0";
            }
        }

        throw new InvalidOperationException("No serial gives 10.");
    }

    protected static int CheckDigit(string firstTen)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += Weights[i] * (firstTen[i] - '0');
        }

        return (1101 - sum) % 11;
    }

    /// <summary>Adds a client straight to the database, registered by the given user.</summary>
    protected async Task<int> AddClientAsync(string firstName, string lastName, string registeredById, string? code = null, DateOnly? birthDate = null,
        int? municipalityId = null, Gender gender = Gender.Female, bool archived = false)
    {
        return await WithDbAsync(async db =>
        {
            var parsed = code is null ? null : PersonalCode.Parse(code, Today).Code ?? throw new ArgumentException("Invalid code " + code);
            var client = new Client(OrganisationId, new ClientDetails(parsed, firstName, lastName, birthDate ?? (parsed is null ? new DateOnly(1980, 5, 17) : null), gender,
                municipalityId, null, null, null, null, null, null, null, [], null), registeredById, AppFactory.DefaultNow);
            if (archived)
            {
                client.Archive("Pārcēlies", AppFactory.DefaultNow);
            }

            db.Clients.Add(client);
            await db.SaveChangesAsync();
            return client.Id;
        });
    }

    /// <summary>Opens a case straight in the database (the case pages are another area's).</summary>
    protected async Task<int> AddCaseAsync(int clientId, string? workerId, string number, CaseStatus status = CaseStatus.Open, string? teamMemberId = null)
    {
        return await WithDbAsync(async db =>
        {
            var by = new Actor(workerId ?? "system", "Tests");
            var caseFile = new CaseFile(OrganisationId, clientId, number, new DateOnly(2026, 1, 15), "Ģimenes krīze", ReferralSource.School, workerId, by, AppFactory.DefaultNow);
            if (teamMemberId is not null)
            {
                caseFile.AddTeamMember(teamMemberId, "psihologs", by, AppFactory.DefaultNow);
            }

            if (status == CaseStatus.Closed)
            {
                caseFile.Close(new DateOnly(2026, 6, 1), "Mērķi sasniegti", "Situācija stabila.", null, by, AppFactory.DefaultNow);
            }

            db.CaseFiles.Add(caseFile);
            await db.SaveChangesAsync();
            return caseFile.Id;
        });
    }

    protected static List<KeyValuePair<string, string>> Form(string firstName = "Anna", string lastName = "Kalniņa", string? code = null, string? birthDate = null,
        string? gender = "Female", params (string Key, string Value)[] extra)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("Input.FirstName", firstName),
            new("Input.LastName", lastName),
        };
        if (code is null)
        {
            form.Add(new("Input.NoPersonalCode", "true"));
        }
        else
        {
            form.Add(new("Input.PersonalCode", code));
        }

        if (birthDate is not null)
        {
            form.Add(new("Input.BirthDate", birthDate));
        }

        if (gender is not null)
        {
            form.Add(new("Input.Gender", gender));
        }

        form.AddRange(extra.Select(e => new KeyValuePair<string, string>(e.Key, e.Value)));
        return form;
    }

    protected static async Task<HttpResponseMessage> RegisterAsync(HttpClient client, List<KeyValuePair<string, string>> form) =>
        await PostPairsAsync(client, "/Clients/Create", form, null, await GetDocumentAsync(client, "/Clients/Create"));

    protected static int IdFromRedirect(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? throw new InvalidOperationException("No redirect: " + response.StatusCode);
        return int.Parse(location[(location.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
    }

    /// <summary>Forbidden, as the cookie scheme says it: a redirect to the access-denied page.</summary>
    protected static void AssertForbidden(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }

    protected static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent ?? string.Empty;
}
