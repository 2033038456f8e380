using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialServices.Benchmarks;
using SocialServices.Domain.Cases;
using SocialServices.Web.Data;
using SocialServices.Web.Identity;

namespace SocialServices.Web.Tests.Scale;

/// <summary>
/// The volume generator at a tiny scale (issue 9): what it writes with binary COPY loads in the app — a generated worker
/// signs in with the generated password and opens a generated client's page and case file, an auditor the annual report.
/// </summary>
public sealed class GeneratedDataTests(WebFixture fixture) : WebTest(fixture)
{
    [Fact]
    public async Task Generated_data_loads_in_the_app()
    {
        var data = await new Generator(Factory.Services, Fixture.ConnectionString, 40, 7, TextWriter.Null).RunAsync(CancellationToken.None);

        var counts = await WithDbAsync(async db => (Clients: await db.Clients.CountAsync(), Cases: await db.CaseFiles.CountAsync(), Attendance: await db.AttendanceRecords.CountAsync()));
        Assert.Equal(40, counts.Clients);
        Assert.InRange(counts.Cases, 10, 40);
        Assert.True(counts.Attendance > 100, "groups with held sessions have registers");

        var target = await WithDbAsync(db => db.CaseFiles.AsNoTracking().Where(c => c.Status == CaseStatus.Open && c.ResponsibleWorkerId != null).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.ClientId, Worker = db.Users.Where(u => u.Id == c.ResponsibleWorkerId).Select(u => u.UserName).First(), Client = db.Clients.Where(x => x.Id == c.ClientId).Select(x => x.FirstName + " " + x.LastName).First() })
            .FirstAsync());
        var worker = await SignInAsGeneratedAsync(target.Worker!);
        var clientPage = await GetDocumentAsync(worker, "/Clients/Details/" + target.ClientId);
        Assert.Contains(target.Client, clientPage.Body!.TextContent, StringComparison.Ordinal);
        var casePage = await GetDocumentAsync(worker, "/Cases/Details/" + target.Id);
        Assert.Contains(target.Client, casePage.Body!.TextContent, StringComparison.Ordinal);

        var auditor = await SignInAsGeneratedAsync(data.UsersByRole[Roles.Auditor][0]);
        var report = await auditor.GetAsync(new Uri("/Reports/Annual/" + data.ReportId, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_data()
    {
        await new Generator(Factory.Services, Fixture.ConnectionString, 12, 3, TextWriter.Null).RunAsync(CancellationToken.None);
        var first = await WithDbAsync(db => db.Clients.OrderBy(c => c.Id).Select(c => c.PersonalCode + " " + c.FirstName + " " + c.LastName).ToListAsync());
        await InitializeAsync();
        await new Generator(Factory.Services, Fixture.ConnectionString, 12, 3, TextWriter.Null).RunAsync(CancellationToken.None);
        var second = await WithDbAsync(db => db.Clients.OrderBy(c => c.Id).Select(c => c.PersonalCode + " " + c.FirstName + " " + c.LastName).ToListAsync());
        Assert.Equal(first, second);
        Assert.All(first, c => Assert.Matches(@"^\d{6}-\d{5} \S+ \S+$", c));
    }

    private async Task<HttpClient> SignInAsGeneratedAsync(string userName)
    {
        var client = NewClient();
        var response = await PostFormAsync(client, "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = GeneratedData.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
